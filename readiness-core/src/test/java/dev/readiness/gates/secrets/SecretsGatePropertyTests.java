package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Outcome;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.io.StringReader;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SecretsGatePropertyTests {

    private final SecretsGate gate = new SecretsGate();

    @Provide
    Arbitrary<String> anything() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(300),
                Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMaxLength(50),
                Arbitraries.strings().withCharRange('\uD800', '\uDFFF').ofMaxLength(50),
                Arbitraries.strings().withChars("${}<>[]xX*#?%-_. /\\=+").ofMaxLength(80),
                Arbitraries.strings().withCharRange('\u00a0', '\u2fff').ofMaxLength(60),
                Arbitraries.just("${".repeat(50_000)),
                Arbitraries.just("x".repeat(1_000_000)),
                Arbitraries.just("a1".repeat(500_000)),
                Arbitraries.just(""));
    }

    @Provide
    Arbitrary<String> keys() {
        return Arbitraries.oneOf(anything(), Arbitraries.of("JWT_SECRET", "AES_SECRET_KEY", "DB_PASSWORD",
                "HEALTH_TOKEN", "AES256_KEY", "readiness.secrets.catalog", "readiness.secrets.extra-keys"));
    }

    @Property(tries = 300)
    void checkWhenKeysAndValuesAreAnythingShouldReturnFindingsAndNeverThrow(@ForAll("keys") String key,
            @ForAll("anything") String value, @ForAll("anything") String other) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(key, value);
        settings.put("JWT_REFRESH_SECRET", other);
        settings.put("AES_ALGORITHM", other);

        Outcome outcome = gate.check(GateContext.of(Stage.PRODUCTION, Settings.of(settings)));

        assertThat(outcome).isNotNull();
        for (Finding finding : outcome.findings()) {
            assertThat(finding.code()).startsWith("secrets.");
        }
    }

    @Property(tries = 1000)
    void checkWhenSigningSecretIs32RandomBytesShouldSayGoInEveryEncoding(@ForAll long seed) {
        byte[] bytes = new byte[32];
        new java.util.Random(seed).nextBytes(bytes);
        for (String value : new String[] {Base64.getEncoder().encodeToString(bytes),
                Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), HexFormat.of().formatHex(bytes)}) {
            Outcome outcome = gate.check(GateContext.of(Stage.PRODUCTION,
                    Settings.of(Map.of("JWT_SECRET", value))));
            Outcome aes = gate.check(GateContext.of(Stage.PRODUCTION, Settings.of(Map.of("AES_SECRET_KEY", value))));

            assertThat(outcome.findings()).as("a 32-byte random signing secret").isEmpty();
            assertThat(aes.findings()).as("a 32-byte random AES key").isEmpty();
        }
    }

    @Property(tries = 200)
    void parseWhenCatalogIsAnythingShouldReturnOrThrowCatalogException(@ForAll("anything") String text) {
        try {
            assertThat(PublishedDefaults.parse(new StringReader(text), "x.tsv")).isNotNull();
        } catch (PublishedDefaults.CatalogException e) {
            assertThat(e.getMessage()).startsWith("x.tsv");
        }
    }
}
