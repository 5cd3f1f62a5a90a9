package dev.readiness.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Severity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedFindingsTests {

    private static Finding finding(Severity severity, int i) {
        return Finding.of(severity, "acme.item", "K" + i).build();
    }

    @Test
    void findingsUpToTheLimitShouldStayInTheOrderFound() {
        BoundedFindings bounded = BoundedFindings.forGate("acme");
        List<Finding> added = new ArrayList<>();
        for (int i = 0; i < BoundedFindings.MAX_PER_GATE; i++) {
            Finding finding = finding(i % 3 == 0 ? Severity.NO_GO : Severity.INFO, i);
            added.add(finding);
            bounded.add(finding);
        }

        assertThat(bounded.findings()).isEqualTo(added);
        assertThat(bounded.total()).isEqualTo(BoundedFindings.MAX_PER_GATE);
    }

    @Test
    void beyondTheLimitTheMostSevereShouldBeKeptInOrderAndTheRestCountedInTheNotice() {
        BoundedFindings bounded = BoundedFindings.forGate("acme");
        for (int i = 0; i < 50_000; i++) {
            bounded.add(finding(i % 10 == 9 ? Severity.NO_GO : i % 10 == 8 ? Severity.WARN : Severity.INFO, i));
        }

        List<Finding> findings = bounded.findings();

        assertThat(findings).hasSize(BoundedFindings.MAX_PER_GATE + 1);
        assertThat(findings.subList(0, 5000)).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.NO_GO));
        assertThat(findings.subList(5000, 10_000)).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARN));
        assertThat(findings.get(0).subject()).isEqualTo("K9");
        assertThat(findings.get(1).subject()).isEqualTo("K19");
        assertThat(findings.get(10_000).code()).isEqualTo(BoundedFindings.TRUNCATED);
        assertThat(findings.get(10_000).severity()).isEqualTo(Severity.WARN);
        assertThat(findings.get(10_000).message()).contains("50000 findings").contains("10000 most severe");
    }

    @Test
    void cappingWhatAGateAlreadyCappedShouldKeepItsNotice() {
        BoundedFindings bounded = BoundedFindings.forGate("acme");
        for (int i = 0; i < 20_000; i++) {
            bounded.add(finding(Severity.NO_GO, i));
        }
        List<Finding> once = bounded.findings();

        List<Finding> twice = BoundedFindings.capped("acme", once, BoundedFindings.MAX_PER_GATE);

        assertThat(twice).isSameAs(once);
        assertThat(twice.get(twice.size() - 1).message()).contains("20000 findings");
    }

    @Test
    void cappingShouldKeepTheMostSevereOfAListThatIsTooLong() {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            findings.add(finding(i < 20 ? Severity.INFO : Severity.NO_GO, i));
        }

        List<Finding> capped = BoundedFindings.capped("acme", findings, 10);

        assertThat(capped).hasSize(11);
        assertThat(capped.subList(0, 10)).extracting(Finding::subject)
                .containsExactly("K20", "K21", "K22", "K23", "K24", "K25", "K26", "K27", "K28", "K29");
        assertThat(capped.get(10).message()).contains("30 findings").contains("10 most severe");
    }
}
