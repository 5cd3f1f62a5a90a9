package dev.readiness.gates.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Outcome;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

class TenantConfigurationTests {

    @Provide
    Arbitrary<String> hostile() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(200),
                Arbitraries.strings().withChars('\u0000', '\u001f', ',', ' ', '.', '\ud800', '\udc00', '\ufffe')
                        .ofMaxLength(100),
                Arbitraries.strings().withCharRange('\u0100', '\u3000').ofMaxLength(100),
                Arbitraries.just(""),
                Arbitraries.just(",,,"),
                Arbitraries.just("x".repeat(1_000_000)),
                Arbitraries.just("organizationId,".repeat(50_000)));
    }

    @Property(tries = 200)
    void readShouldNeverThrowAndKeepOnlyNonBlankTrimmedNames(@ForAll("hostile") String attributes,
            @ForAll("hostile") String globalTypes) {
        TenantConfiguration configuration = TenantConfiguration.read(Settings.of(Map.of(
                "readiness.tenant.attributes", attributes, "readiness.tenant.global-types", globalTypes)),
                List.of(), List.of());
        assertThat(configuration.attributes().keySet()).allSatisfy(name -> {
            assertThat(name).isNotBlank();
            assertThat(name).isEqualTo(name.strip());
            assertThat(name).doesNotContain(",");
        });
        assertThat(configuration.globalTypes().keySet()).allSatisfy(name -> assertThat(name).isNotBlank());
    }

    @Property(tries = 200)
    void gateShouldJudgeHostileNamesWithoutThrowing(@ForAll("hostile") String attributes,
            @ForAll("hostile") String typeName, @ForAll @Size(max = 5) List<@net.jqwik.api.constraints.StringLength(
                    max = 40) String> attributePaths) {
        PersistentType.Builder type = PersistentType.builder(typeName.isBlank() ? "X" : typeName);
        for (String path : attributePaths) {
            try {
                type.attribute(path);
            } catch (IllegalArgumentException rejected) {
                assertThat(rejected).hasMessageContaining("path must be");
            }
        }
        Outcome outcome = new TenantGate().check(GateContext.of(Stage.PRODUCTION, Settings.of(Map.of(
                "readiness.tenant.attributes", attributes)), Clock.systemUTC(),
                Map.of(PersistentTypes.class, PersistentTypes.of(type.build()))));
        assertThat(outcome.findings()).extracting(Finding::code).allMatch(code -> code.startsWith("tenant."));
        assertThat(outcome.findings()).allSatisfy(finding -> {
            assertThat(finding.subject().length()).isLessThanOrEqualTo(1_000);
            assertThat(finding.message() + finding.remediation()).doesNotContainPattern("[\\p{Cntrl}&&[^\\n]]");
            assertThat(finding.message().length()).isLessThan(10_000);
        });
    }

    @Property(tries = 50)
    void indexedAttributesShouldBeReadInIndexOrder(@ForAll @Size(min = 1, max = 12) List<@net.jqwik.api.constraints.AlphaChars
            @net.jqwik.api.constraints.StringLength(min = 1, max = 10) String> names) {
        java.util.Map<String, String> settings = new java.util.LinkedHashMap<>();
        for (int i = names.size() - 1; i >= 0; i--) {
            settings.put("readiness.tenant.attributes[" + i + "]", names.get(i));
        }
        TenantConfiguration configuration = TenantConfiguration.read(Settings.of(settings), List.of(), List.of());
        assertThat(List.copyOf(configuration.attributes().keySet())).containsExactlyElementsOf(
                names.stream().distinct().toList());
    }
}
