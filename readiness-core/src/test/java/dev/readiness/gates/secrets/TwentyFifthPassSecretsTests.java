package dev.readiness.gates.secrets;

import static dev.readiness.gates.secrets.GateRuns.codesIn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Origin;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.Base64;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Rules of the twenty-fifth pass (secrets): profiles named for the platform they deploy to, shell-style references,
 * empty defaults of the application's own keys, templates that say what replaces them, HTTP Basic credentials and
 * private keys left out of a service-account file. Each rule with a catch and a tempting neighbour; every value is
 * synthetic.
 */
class TwentyFifthPassSecretsTests {

    private static final String KEY = "Xk9qT2vLmR7pZ4wN8cB3yH6jD1fG5sKaQeW0uVbE3rYt8iOp";

    @Test
    void aLiteralSecretInAProfileNamedForItsPlatformShouldBeNoGo() {
        for (String file : List.of("application-aws.properties", "application-k8s.properties",
                "application-kubernetes.properties", "application-gcp.properties", "application-azure.properties")) {
            assertThat(severitiesIn(file, "jwt.secret=" + KEY, "jwt.secret")).as(file).containsExactly("NO_GO");
        }
    }

    @Test
    void aLiteralSecretInAPlatformProfileForDevelopmentOrAnotherProfileShouldStayAWarning() {
        assertThat(BaseProfileFiles.isProductionProfile(Origin.file("application-k8s-local.properties", 1)))
                .isFalse();
        assertThat(BaseProfileFiles.isProductionProfile(Origin.file("application-aws.properties", 1))).isTrue();
        assertThat(severitiesIn("application-kubernetes-minikube.properties", "jwt.secret=" + KEY, "jwt.secret"))
                .containsExactly("WARN");
        assertThat(severitiesIn("application-payment.properties", "jwt.secret=" + KEY, "jwt.secret"))
                .containsExactly("WARN");
        assertThat(severitiesIn("application-aws.properties", "jwt.secret=${JWT_SECRET}", "jwt.secret")).isEmpty();
    }

    @Test
    void aShellStyleReferenceUnderASecretKeyShouldNotBeJudged() {
        assertThat(codesIn("application-kubernetes.properties", "db.user=$DB_USERNAME|db.password=$DB_PASSWORD",
                "db.password")).isEmpty();
        assertThat(codesIn("application.properties", "webapi.key=$WEBAPI_KEY", "webapi.key")).isEmpty();
    }

    @Property(tries = 200)
    void aSecretWrittenAfterADollarSignShouldStillBeJudgedNotReadAsAShellReference(
            @ForAll("capitalTokens") String token) {
        // session 26: `db.password=$G7K3M9P2Q4R8S5T6W2X3` (a generated password of capitals and digits that starts
        // with $) read as a reference to a variable, so the literal secret of a production profile file was GO
        assertThat(codesIn("application-prod.properties", "db.password=$" + token, "db.password"))
                .as("a repeat such as G2G2… is a placeholder, any other a packaged secret")
                .containsAnyOf("secrets.packaged", "secrets.placeholder");
    }

    @Provide
    Arbitrary<String> capitalTokens() {
        Arbitrary<Character> letters = Arbitraries.of('G', 'H', 'J', 'K', 'M', 'N', 'P', 'Q', 'R', 'S', 'T', 'V', 'W',
                'X', 'Y', 'Z');
        Arbitrary<Character> digits = Arbitraries.chars().range('2', '9');
        return Arbitraries.integers().between(10, 20).flatMap(pairs -> letters.list().ofSize(pairs)
                .flatMap(ls -> digits.list().ofSize(pairs).map(ds -> {
                    StringBuilder token = new StringBuilder();
                    for (int i = 0; i < pairs; i++) {
                        token.append(ls.get(i)).append(ds.get(i));
                    }
                    return token.toString();
                })));
    }

    @Test
    void aLongVariableNameOfWordsShouldStillBeAShellReference() {
        for (String name : List.of("SPRING_DATASOURCE_PASSWORD_V2", "AWS_SECRET_ACCESS_KEY", "OAUTH2_CLIENT_SECRET",
                "K8S_TOKEN", "PAYMENT_GATEWAY_WEBHOOK_SIGNING_SECRET_2024")) {
            assertThat(codesIn("application-prod.properties", "db.password=$" + name, "db.password")).as(name)
                    .isEmpty();
        }
    }

    @Test
    void aDollarValueThatIsNoVariableNameShouldStillBeJudged() {
        assertThat(codesIn("application-prod.properties", "db.password=$secret", "db.password")).isNotEmpty();
        assertThat(codesIn("application-prod.properties", "db.password=$", "db.password")).isNotEmpty();
        assertThat(codesIn("application-prod.properties", "db.password=$DB-PASS", "db.password")).isNotEmpty();
    }

    @Test
    void anEmptyDefaultOfTheApplicationsOwnSigningOrEncryptionKeyShouldBeBlank() {
        assertThat(deferredCodes("app.jwt.secret", "${APP_JWT_SECRET:}")).containsExactly("secrets.blank");
        assertThat(deferredCodes("app.jwt.signing-key", "${jwt-signing-key:}")).containsExactly("secrets.blank");
        assertThat(deferredCodes("app.encryption.master-key", "${MASTER_KEY:}")).containsExactly("secrets.blank");
    }

    @Test
    void anEmptyDefaultOfAnotherServicesKeyOrABareReferenceShouldStayUnjudged() {
        assertThat(deferredCodes("claude.api.key", "${CLAUDE_API_KEY:}")).isEmpty();
        assertThat(deferredCodes("spring.mail.password", "${MAIL_PASSWORD:}")).isEmpty();
        assertThat(deferredCodes("app.jwt.secret", "${APP_JWT_SECRET}")).isEmpty();
        assertThat(deferredCodes("app.jwt.secret", "${APP_JWT_SECRET:fallback}")).isEmpty();
    }

    @Test
    void aTemplateThatSaysWhatReplacesItShouldBeAPlaceholderUnderAnyKeyWhenItNamesASecret() {
        assertThat(codesIn(".env", "FLW_HASH=replace-with-your-webhook-secret", "FLW_HASH"))
                .containsExactly("secrets.placeholder");
        assertThat(codesIn(".env", "CORTEX_DAEMON=replace_with_secure_token", "CORTEX_DAEMON"))
                .containsExactly("secrets.placeholder");
    }

    @Test
    void aTemplateThatSaysWhatReplacesANonSecretShouldStayClean() {
        assertThat(codesIn(".env", "VITE_SOVRN_PUB_ID=replace-with-sovrn-publisher-id", "VITE_SOVRN_PUB_ID"))
                .isEmpty();
        assertThat(codesIn(".env", "REVIEWER=replace-with-your-name", "REVIEWER")).isEmpty();
        assertThat(codesIn(".env", "ON_CONFLICT=replace", "ON_CONFLICT")).isEmpty();
    }

    @Test
    void basicCredentialsWithAWeakPasswordShouldBeReported() {
        assertThat(codesIn("application.properties", "nexus.admin.auth=Basic " + basic("admin:admin123"),
                "nexus.admin.auth")).isNotEmpty();
        assertThat(codesIn("application.properties", "proxy.header=basic " + basic("deploy:password"),
                "proxy.header")).isNotEmpty();
    }

    @Test
    void basicCredentialsWithAStrongPasswordOrNoCredentialsShouldStayClean() {
        assertThat(codesIn("application.properties", "nexus.admin.auth=Basic " + basic("admin:" + KEY),
                "nexus.admin.auth")).isEmpty();
        assertThat(codesIn("application.properties", "auth.scheme=Basic realm", "auth.scheme")).isEmpty();
        assertThat(codesIn("application.properties", "auth.header=Basic " + basic("just-a-token-text"),
                "auth.header")).isEmpty();
    }

    @Property
    void basicCredentialsShouldYieldThePasswordThatWasEncoded(@ForAll("users") String user,
            @ForAll("passwords") String password) {
        assertThat(BasicCredentials.password("Basic " + basic(user + ":" + password))).contains(password);
    }

    @Provide
    Arbitrary<String> users() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12);
    }

    @Provide
    Arbitrary<String> passwords() {
        // from empty on since the twenty-seventh pass, which reads Basic values shorter than twelve base64 characters
        return Arbitraries.strings().withCharRange('!', '~').ofMinLength(0).ofMaxLength(40);
    }

    @Test
    void aServiceAccountFileWhosePrivateKeyWasLeftOutShouldBeAPlaceholder() {
        String frame = "{\"type\":\"service_account\",\"project_id\":\"demo\",\"private_key\":"
                + "\"-----BEGIN PRIVATE KEY-----\\\\n%s\\\\n-----END PRIVATE KEY-----\\\\n\",\"client_email\":\"x\"}";
        assertThat(codesIn(".env", "FIREBASE_SERVICE_ACCOUNT_JSON=" + frame.formatted("..."),
                "FIREBASE_SERVICE_ACCOUNT_JSON")).containsExactly("secrets.placeholder");
        assertThat(codesIn(".env", "GOOGLE_SA=" + frame.formatted("PASTE_YOUR_KEY_HERE"), "GOOGLE_SA"))
                .containsExactly("secrets.placeholder");
    }

    @Test
    void aServiceAccountFileWithAKeyBodyOrNoKeyShouldNotBeAPlaceholder() {
        String body = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7" + KEY;
        assertThat(StandInPrivateKeys.holdsStandInKey("{\"private_key\":\"-----BEGIN PRIVATE KEY-----\\n" + body
                + "\\n-----END PRIVATE KEY-----\\n\"}")).isFalse();
        assertThat(StandInPrivateKeys.holdsStandInKey("{\"type\":\"service_account\",\"project_id\":\"...\","
                + "\"client_email\":\"...\"}")).isFalse();
    }

    private static String basic(String credentials) {
        return Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> severitiesIn(String file, String lines, String key) {
        Settings settings = Settings.builder().properties(file, lines.replace('|', '\n') + "\n").build();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(finding -> finding.subject().equals(key)).map(finding -> finding.severity().name()).toList();
    }

    private static List<String> deferredCodes(String key, String written) {
        Settings settings = Settings.builder()
                .add(Setting.deferred(key, written, Origin.file("application-k8s.properties", 3), "at run time"))
                .build();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(finding -> finding.subject().equals(key)).map(Finding::code).toList();
    }
}
