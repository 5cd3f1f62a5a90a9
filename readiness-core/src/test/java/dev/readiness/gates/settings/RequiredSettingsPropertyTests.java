package dev.readiness.gates.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RequiredSettingsPropertyTests {

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(100),
                Arbitraries.strings().withChars("${}<>%[]*x, ._-").withCharRange('a', 'z').ofMaxLength(30),
                Arbitraries.strings().withCharRange('\ud800', '\udfff').ofMaxLength(6),
                Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMaxLength(6));
    }

    @Provide
    Arbitrary<Stage> stages() {
        return Arbitraries.of(Stage.class);
    }

    @Property(tries = 1000)
    void placeholdersNeverThrow(@ForAll("anyText") String value) {
        boolean unresolved = Placeholders.isUnresolved(value);

        assertThat(unresolved).isEqualTo(Placeholders.isUnresolved(value));
    }

    @Property(tries = 500)
    void gateNeverThrowsAndReportsEachDeclaredKeyAtMostOnce(@ForAll("anyText") String declared,
            @ForAll("anyText") String value, @ForAll("stages") Stage stage) {
        Settings settings = Settings.of(Map.of("readiness.settings.required", declared + ",api.key", "API_KEY", value,
                "other", declared));

        List<Finding> findings = new RequiredSettingsGate(List.of(declared))
                .check(GateContext.of(stage, settings)).findings();

        assertThat(findings).extracting(Finding::subject).doesNotHaveDuplicates();
        assertThat(findings).allSatisfy(finding -> assertThat(finding.code()).startsWith("settings."));
    }

    @Example
    void gateHandlesHugeValuesWithoutEchoingThem() {
        Settings settings = Settings.of(Map.of("readiness.settings.required", "api.key,blank.key,real.key",
                "API_KEY", "${" + "Qz7W".repeat(250_000) + "}", "BLANK_KEY", " ".repeat(1_000_000),
                "REAL_KEY", "Zk3p".repeat(250_000)));

        List<Finding> findings = new RequiredSettingsGate().check(GateContext.of(Stage.PRODUCTION, settings))
                .findings();

        assertThat(findings).extracting(Finding::code).containsExactly("settings.blank");
        assertThat(findings.get(0).message()).doesNotContain("Qz7W").doesNotContain("Zk3p");
    }
}
