package dev.readiness.gates.secrets;

import static dev.readiness.gates.secrets.GateRuns.findingsIn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Forty-fifth pass, published secrets. Two kinds of evidence that a literal secret is a committed sample's:
 * <ul>
 *   <li>the exact shape of the {@code SECRET_KEY} Django's {@code startproject} prints into the settings module it
 *       writes (50 characters of lower-case letters, digits and {@code !@#$%^&*(-_=+)}), a file committed with the
 *       code; values of other alphabets, with capitals or of another length stay clean;</li>
 *   <li>a template's comment that describes the format of the value to put there ({@code # 64-character hex
 *       string}, {@code # random string of 32 characters}, {@code # please provide a string of exactly 24 chars});
 *       a bare length limit ({@code # at least 12 characters}) or a comment about what the value does stays
 *       clean;</li>
 *   <li>a file that serves the application's own site from the loopback host ({@code APP_URL=http://localhost:8080},
 *       {@code SERVER_URL}, a product's {@code LEAN_APP_URL}) is a developer's or a sample's setup: the secrets it makes
 *       for itself (passwords, signing and encryption keys) are the setup's, a NO-GO as other sample evidence makes
 *       them; a provider's key beside it, a site on a real host, or an API's loopback address say nothing.</li>
 * </ul>
 * The first two are {@code secrets.likely-published} WARNs; every finding names the key and holds no four characters
 * of the value. The values below are made up in the shapes the rules read.
 */
class FortyFifthPassPublishedTests {

    /** Drawn from Django's key alphabet. */
    private static final String DJANGO_KEY = "fjf#oiyqf2+bar#=eqz-jl3s=zy7ff2io5r!l5i%a8863zn14c";
    /** Lower-case letters, digits and symbols Django never draws ({@code . , [ ] ~}). */
    private static final String WIDER_ALPHABET = ",c2t&]db~a^2qe%0lx.0av70v%t60[g]hfllvsb93.^%9[n~#n";
    /** 64 hex digits, as Garage's template asks for its RPC secret. */
    private static final String HEX_64 = "5be1c07a93d2f4e86a0b71c9d3e2f5a48c6b0d7e1f9a2c3b4d5e6f708192a3b4";
    private static final String MIXED_32 = "Qm7vXe2RkT9pLw4ZsN8yHc3BdF6jGa1U";

    private static void namesOnlyTheKey(Finding finding, String value) {
        assertThat(finding.code()).isEqualTo("secrets.likely-published");
        assertThat(finding.severity()).isEqualTo(Severity.WARN);
        for (int i = 0; i + 4 <= value.length(); i += 4) {
            assertThat(finding.message()).doesNotContain(value.substring(i, i + 4));
            assertThat(finding.remediation()).doesNotContain(value.substring(i, i + 4));
        }
    }

    @Test
    void aDjangoStartprojectKeyInASettingsModuleIsLikelyPublished() {
        assertThat(findingsIn("shopfront-settings.properties", "SECRET_KEY", "SECRET_KEY=" + DJANGO_KEY,
                "DEBUG=false", "ROOT_URLCONF=shopfront.urls")).singleElement().satisfies(finding -> {
                    namesOnlyTheKey(finding, DJANGO_KEY);
                    assertThat(finding.message()).contains("startproject");
                });
    }

    @Test
    void aDjangoShapedKeyFromTheEnvironmentIsNoCommittedFile() {
        Settings settings = Settings.of(java.util.Map.of("DJANGO_SECRET_KEY", DJANGO_KEY));
        assertThat(new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings()).isEmpty();
    }

    @Test
    void djangoShapeIsTheExactAlphabetAndLength() {
        assertThat(GeneratedConfigSecrets.isDjangoStartprojectKey(DJANGO_KEY)).isTrue();
        assertThat(GeneratedConfigSecrets.isDjangoStartprojectKey(WIDER_ALPHABET)).isFalse();
        assertThat(GeneratedConfigSecrets.isDjangoStartprojectKey(DJANGO_KEY.substring(1))).isFalse();
        assertThat(GeneratedConfigSecrets.isDjangoStartprojectKey(DJANGO_KEY + "q")).isFalse();
        assertThat(GeneratedConfigSecrets.isDjangoStartprojectKey("Fjf#oiyqf2+bar#=eqz-jl3s=zy7ff2io5r!l5i%a8863zn14c"))
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // a slug: only the symbols identifiers hold
        "k3x9-p2q7_w8e4-r5t6_y1u0-i9o8_p7a6-s5d4_f3g2-h1j0x",
        // a stand-in sentence of underscores
        "replace_me_with_a_long_random_django_secret_key_ok",
        // two symbols of the alphabet only
        "k3x9p2q7w8e4r5t6y1u0i9o8p7a6s5d4f3g2h1j0zz=xcvbnm!"})
    void fiftyCharactersOfTheAlphabetWithoutItsSymbolsAreNoDjangoKey(String value) {
        assertThat(value).hasSize(50);
        assertThat(GeneratedConfigSecrets.isDjangoStartprojectKey(value)).isFalse();
    }

    @Test
    void aSecretOfAWiderAlphabetStaysClean() {
        assertThat(findingsIn("shopfront-settings.properties", "SECRET_KEY", "SECRET_KEY=" + WIDER_ALPHABET,
                "DEBUG=false")).isEmpty();
    }

    @Test
    void aLiteralUnderAFormatDescribingCommentIsLikelyPublished() {
        assertThat(findingsIn("garage.properties", "rpc_secret", "rpc_bind_addr=[::]:3901", "# 64-character hex string",
                "rpc_secret=" + HEX_64)).singleElement().satisfies(finding -> namesOnlyTheKey(finding, HEX_64));
    }

    @Test
    void aDotenvCommentAfterTheValueDescribesItToo() {
        assertThat(findingsIn("chatbot.env", "ENCRYPTION_SECRET", "NEXTAUTH_URL=https://bot.example.org",
                "ENCRYPTION_SECRET=\"" + MIXED_32 + "\" # random string of 32 characters")).singleElement()
                .satisfies(finding -> namesOnlyTheKey(finding, MIXED_32));
    }

    @ParameterizedTest
    @ValueSource(strings = {"# random string of 32 characters", "# please provide a string of exactly 32 chars",
        "# Must be a 32 character random string", "# a hex string of 32 digits"})
    void eachFormatDescriptionMarksATemplatesCopy(String comment) {
        assertThat(findingsIn("roundcube-config.properties", "des_key", "product_name=Webmail", comment,
                "des_key=" + MIXED_32)).singleElement().satisfies(finding -> namesOnlyTheKey(finding, MIXED_32));
    }

    @ParameterizedTest
    @ValueSource(strings = {"# at least 12 characters", "# Must be a string of 32 chars",
        "# The key used to encrypt the session cookie", "# 32 characters"})
    void aLengthLimitOrAPurposeStaysClean(String comment) {
        assertThat(findingsIn("roundcube-config.properties", "des_key", "product_name=Webmail", comment,
                "des_key=" + MIXED_32)).isEmpty();
    }

    private static final String PASSWORD_40 = "Lw3Tq8Zp1Vx6Rk9Nb2Hs5Jd7Fm4Gc0Yt8Ae3Uo6P";

    @Test
    void aSelfMadeSecretBesideALoopbackSiteIsANoGo() {
        assertThat(findingsIn("wiki.env", "DB_PASSWORD", "APP_URL=http://localhost:8080", "DB_USER=wiki",
                "DB_PASSWORD=" + PASSWORD_40)).singleElement().satisfies(finding -> {
                    assertThat(finding.code()).isEqualTo("secrets.likely-published");
                    assertThat(finding.severity()).isEqualTo(Severity.NO_GO);
                    assertThat(finding.message()).contains("APP_URL");
                    for (int i = 0; i + 4 <= PASSWORD_40.length(); i += 4) {
                        assertThat(finding.message()).doesNotContain(PASSWORD_40.substring(i, i + 4));
                    }
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"SERVER_URL=http://127.0.0.1:3000", "NOTES_APP_URL=http://localhost",
        "NEXT_PUBLIC_APP_URL=http://localhost:3000", "HUB_PUBLIC_BASE_URL=http://localhost:8000"})
    void eachNameOfTheOwnSiteCounts(String site) {
        assertThat(findingsIn("wiki.env", "DB_PASSWORD", site, "DB_PASSWORD=" + PASSWORD_40))
                .extracting(Finding::severity).containsExactly(Severity.NO_GO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"APP_URL=https://wiki.example.org", "API_URL=http://localhost:3001",
        "PAYMENTS_API_URL=http://localhost:3001", "REDIS_URL=http://localhost:6379",
        "OLLAMA_BASE_URL=http://localhost:11434", "SEARCH_SERVER_URL=http://127.0.0.1:7700"})
    void aRealSiteOrAnotherServicesLoopbackAddressSaysNothing(String address) {
        assertThat(findingsIn("wiki.env", "DB_PASSWORD", address, "DB_PASSWORD=" + PASSWORD_40)).isEmpty();
    }

    @Test
    void aProvidersKeyBesideALoopbackSiteStaysClean() {
        assertThat(findingsIn("shop.env", "MAILER_API_KEY", "PUBLIC_APP_URL=http://localhost:3000",
                "MAILER_API_KEY=" + PASSWORD_40)).isEmpty();
    }
}
