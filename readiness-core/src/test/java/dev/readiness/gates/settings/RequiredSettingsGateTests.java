package dev.readiness.gates.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Report;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.Status;
import dev.readiness.render.JsonReportRenderer;
import dev.readiness.render.TextReportRenderer;
import dev.readiness.settings.Origin;
import dev.readiness.settings.Settings;
import dev.readiness.testkit.GateCheck;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequiredSettingsGateTests {

    private static List<Finding> check(Stage stage, List<String> required, Map<String, String> settings) {
        return new RequiredSettingsGate(required).check(GateContext.of(stage, Settings.of(settings))).findings();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            jwt.secret        | JWT_SECRET                   | Zk3pQ9wLx2Vb7
            JWT_SECRET        | jwt.secret                   | Zk3pQ9wLx2Vb7
            stripe.api-key    | STRIPE_API_KEY               | sk_live_abcdefghijklmnop
            stripeApiKey      | stripe.api-key               | sk_live_abcdefghijklmnop
            DATABASE_URL      | database-url                 | postgresql://db.internal/orders
            app.mail.from     | APP_MAIL_FROM                | orders@acme.io
            spring.datasource.url | SPRING_DATASOURCE_URL    | jdbc:postgresql://db/x
            feature.limit     | feature.limit                | 0
            app.currency      | app.currency                 | none
            """)
    void checkWhenRequiredKeyIsSetInAnySpellingShouldSayGo(String required, String key, String value) {
        assertThat(check(Stage.PRODUCTION, List.of(required), Map.of(key, value))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ''                 | settings.blank
            '   '              | settings.blank
            ${JWT_SECRET}      | settings.unresolved
            <your-key>         | settings.unresolved
            {{jwt_secret}}     | settings.unresolved
            changeme           | settings.unresolved
            CHANGE_ME          | settings.unresolved
            your-secret-here   | settings.unresolved
            xxxxxxxx           | settings.unresolved
            %JWT_SECRET%       | settings.unresolved
            $JWT_SECRET        | settings.unresolved
            TODO               | settings.unresolved
            """)
    void checkWhenRequiredValueIsBlankOrUnresolvedShouldSayNoGoInProduction(String value, String code) {
        List<Finding> findings = check(Stage.PRODUCTION, List.of("carrier.api-url"), Map.of("CARRIER_API_URL", value));

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo(code);
            assertThat(finding.severity()).isEqualTo(Severity.NO_GO);
            assertThat(finding.subject()).isEqualTo("CARRIER_API_URL");
            assertThat(finding.origin()).isEqualTo(Origin.of("map"));
            assertThat(finding.message()).contains("carrier.api-url (set as CARRIER_API_URL)");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "changeme", "<your-key>", "xxxxxxxx"})
    void checkWhenARequiredSecretIsBlankOrAPlaceholderShouldLeaveTheOneFindingToTheSecretsGate(String value) {
        assertThat(check(Stage.PRODUCTION, List.of("jwt.secret"), Map.of("JWT_SECRET", value))).isEmpty();
    }

    @Test
    void checkWhenARequiredSecretIsAnUnresolvedReferenceShouldStillReportIt() {
        assertThat(check(Stage.PRODUCTION, List.of("jwt.secret"), Map.of("JWT_SECRET", "${JWT_SECRET}")))
                .extracting(Finding::code).containsExactly("settings.unresolved");
    }

    @Test
    void checkWhenAnExcludedSecretIsBlankShouldReportItHere() {
        assertThat(check(Stage.PRODUCTION, List.of("jwt.secret"), Map.of("JWT_SECRET", "",
                "readiness.secrets.exclude-keys", "JWT_SECRET")))
                .extracting(Finding::code).containsExactly("settings.blank");
    }

    @Test
    void checkWhenRequiredKeyIsMissingShouldNameItInBothSpellings() {
        List<Finding> findings = check(Stage.PRODUCTION, List.of("payments.webhook-secret"), Map.of("OTHER", "x"));

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("settings.missing");
            assertThat(finding.subject()).isEqualTo("payments.webhook-secret");
            assertThat(finding.origin()).isEqualTo(Origin.unknown());
            assertThat(finding.message()).contains("payments.webhook.secret").contains("PAYMENTS_WEBHOOK_SECRET");
            assertThat(finding.remediation()).contains(RequiredSettingsGate.REQUIRED_PROPERTY);
        });
    }

    @ParameterizedTest
    @EnumSource(Stage.class)
    void checkShouldBlockInStagingAndProductionAndWarnInDevelopmentAndTest(Stage stage) {
        Severity expected = stage == Stage.STAGING || stage == Stage.PRODUCTION ? Severity.NO_GO : Severity.WARN;

        assertThat(check(stage, List.of("A_KEY", "B_KEY", "C_KEY"), Map.of("B_KEY", "", "C_KEY", "${C}")))
                .extracting(Finding::severity).containsExactly(expected, expected, expected);
    }

    @Test
    void checkShouldReportEveryMissingBlankAndUnresolvedKeyAtOnce() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("readiness.settings.required", "jwt.secret, DATABASE_URL ,carrier.api-url,,");
        settings.put("readiness.settings.required[0]", "smtp.host");
        settings.put("READINESS_SETTINGS_REQUIRED_1", "sentry.dsn");
        settings.put("readiness.settings.required-extra", "not.a.declared.key");
        settings.put("DATABASE_URL", "postgresql://db.internal/orders");
        settings.put("CARRIER_API_URL", "<your-carrier-url>");
        settings.put("SMTP_HOST", "");

        Report report = GateCheck.run(Stage.PRODUCTION, settings, new RequiredSettingsGate(List.of("app.region")))
                .hasVerdict(Status.NO_GO)
                .blocks(true)
                .report();

        assertThat(report.findings()).extracting(f -> f.code() + " " + f.subject()).containsExactlyInAnyOrder(
                "settings.missing app.region",
                "settings.missing jwt.secret",
                "settings.unresolved CARRIER_API_URL",
                "settings.blank SMTP_HOST",
                "settings.missing sentry.dsn");
    }

    @Test
    void declaredKeysShouldMergeConstructorListAndIndexedPropertiesOncePerRelaxedName() {
        Settings settings = Settings.of(Map.of(
                "readiness.settings.required", "jwt.secret,JWT_SECRET",
                "readiness.settings.required[3]", "jwtSecret, other.key"));

        List<String> keys = new RequiredSettingsGate(List.of("jwt-secret", " ")).declaredKeys(settings);

        assertThat(keys).hasSize(2).contains("jwt-secret", "other.key");
    }

    @Test
    void checkWithNothingDeclaredShouldSayGo() {
        GateCheck.run(Stage.PRODUCTION, Map.of("ANY", ""), new RequiredSettingsGate()).isGo().hasNoFindings();
    }

    @Test
    void constructorShouldRejectNullKeys() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RequiredSettingsGate(Arrays.asList("a", null)))
                .withMessageContaining("must not contain null");
    }

    @Test
    void gateShouldBeDiscoveredThroughTheServiceLoader() {
        GateCheck.runDiscovered(Stage.PRODUCTION, Map.of("readiness.settings.required", "api.key"))
                .hasFinding("settings.missing", "api.key");
    }

    @ParameterizedTest
    @ValueSource(strings = {"${Canary-Zq81Wx}", "<Canary-Zq81Wx>", "{{Canary-Zq81Wx}}"})
    void renderedReportsShouldNeverContainTheValue(String value) {
        Report report = GateCheck.run(Stage.PRODUCTION, Map.of("readiness.settings.required", "carrier.region",
                "CARRIER_REGION", value), new RequiredSettingsGate()).report();

        String rendered = TextReportRenderer.full().render(report) + JsonReportRenderer.compact().render(report)
                + report.findings().map(Finding::toString).toList();

        assertThat(rendered).contains("settings.unresolved");
        String canary = "Canary-Zq81Wx";
        List<String> fragments = new ArrayList<>();
        for (int i = 0; i + 4 <= canary.length(); i++) {
            fragments.add(canary.substring(i, i + 4));
        }
        assertThat(fragments).allSatisfy(fragment -> assertThat(rendered).doesNotContain(fragment));
    }

    @Test
    void deferredSettingShouldBeReportedOnceAsInfo() {
        Settings settings = Settings.builder()
                .add(dev.readiness.settings.Setting.deferred("jwt.secret", "${JWT_SECRET}", Origin.of("application.yml:3:11"),
                        "JWT_SECRET at run time"))
                .build();

        Report report = GateCheck.forStage(Stage.PRODUCTION).settings(settings).gates(new RequiredSettingsGate()).run()
                .isGo().report();

        assertThat(report.findings()).extracting(f -> f.code() + " " + f.severity() + " " + f.subject())
                .containsExactly("settings.deferred INFO jwt.secret");
    }

    @Test
    void requiredDeferredPlaceholderShouldBeNoGoInsteadOfInfo() {
        Settings settings = Settings.builder()
                .add(dev.readiness.settings.Setting.deferred("jwt.secret", "${JWT_SECRET}", Origin.of("application.yml:3:11"),
                        "JWT_SECRET at run time"))
                .add(dev.readiness.settings.Setting.deferred("STRIPE_KEY", "", Origin.of("deploy.yaml:40"),
                        "key api-key of Secret stripe, which is not in the input, at deploy"))
                .build();

        Report report = GateCheck.forStage(Stage.PRODUCTION).settings(settings)
                .gates(new RequiredSettingsGate(List.of("JWT_SECRET", "stripe.key"))).run().isNoGo().report();

        assertThat(report.findings()).extracting(f -> f.code() + " " + f.severity() + " " + f.subject())
                .containsExactly("settings.unresolved NO_GO jwt.secret", "settings.deferred INFO STRIPE_KEY");
    }

    @Test
    void aDeferredSecretShouldNotTalkAboutAUrlsHostButAUrlWithAReferenceShould() {
        Settings settings = Settings.builder()
                .add(dev.readiness.settings.Setting.deferred("jwt.secret", "${JWT_SECRET}", Origin.of("application.yml:3:11"),
                        "JWT_SECRET at run time"))
                .add(dev.readiness.settings.Setting.deferred("carrier.url", "https://api.carrier.io/${CARRIER_PATH}",
                        Origin.of("application.yml:4:11"), "CARRIER_PATH at run time"))
                .build();

        List<Finding> findings = new RequiredSettingsGate().check(GateContext.of(Stage.PRODUCTION, settings))
                .findings();

        assertThat(findings).filteredOn(f -> f.subject().equals("jwt.secret")).singleElement()
                .satisfies(f -> assertThat(f.message()).doesNotContain("URL"));
        assertThat(findings).filteredOn(f -> f.subject().equals("carrier.url")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("such as a URL's host, is judged"));
    }

    @ParameterizedTest
    @CsvSource({"PRODUCTION, NO_GO", "STAGING, NO_GO", "DEVELOPMENT, WARN", "TEST, WARN"})
    void aReferenceNothingDefinesWhereTheServiceRunsShouldBeUnresolvedBySeverityOfStage(Stage stage,
            Severity expected) {
        Settings settings = Settings.builder()
                .add(dev.readiness.settings.Setting.unresolved("acme.signing.secret", "${SIGNING_SECRET}",
                        Origin.of("application.yml:3:11"), "SIGNING_SECRET"))
                .add(dev.readiness.settings.Setting.unresolved("acme.db.url",
                        "jdbc:postgresql://${DB_HOST}:${DB_PORT}/acme", Origin.of("application.yml:4:11"),
                        "DB_HOST, DB_PORT"))
                .add(dev.readiness.settings.Setting.unresolved("acme.partner.api-token", "${PARTNER_TOKEN}",
                        Origin.of("application.yml:5:11"), "PARTNER_TOKEN"))
                .build();

        List<Finding> findings = new RequiredSettingsGate(List.of("acme.signing.secret"))
                .check(GateContext.of(stage, settings)).findings();

        assertThat(findings).as("required and secret keys block; an optional plain setting warns")
                .extracting(f -> f.code() + " " + f.severity() + " " + f.subject()).containsExactly(
                "settings.unresolved " + expected + " acme.signing.secret",
                "settings.unresolved WARN acme.db.url",
                "settings.unresolved " + expected + " acme.partner.api-token");
        assertThat(findings.get(0).message()).contains("the property or variable SIGNING_SECRET, which nothing defines");
        assertThat(findings.get(1).message()).contains("the properties or variables DB_HOST, DB_PORT");
        assertThat(findings.get(1).remediation()).startsWith("Define DB_HOST, DB_PORT where the service is started");
    }

    @Test
    void aRequiredKeyWhoseReferenceHasAnEmptyDefaultShouldSayItIsEmptyNotThatThereIsNone(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path project) throws Exception {
        // Session 24: the CLI said of payment.api-key=${STRIPE_API_KEY:} "refers to STRIPE_API_KEY at run time, which
        // none of the given sources defines, and has no default": it has one, the empty one, which Spring uses.
        java.nio.file.Files.writeString(project.resolve("application.properties"), """
                readiness.settings.required=payment.api-key,payment.webhook-secret
                payment.api-key=${STRIPE_API_KEY:}
                payment.webhook-secret=${STRIPE_WEBHOOK_SECRET}
                """);
        Settings settings = dev.readiness.settings.ApplicationConfig.builder().application(project).build().settings();

        Report report = GateCheck.forStage(Stage.PRODUCTION).settings(settings).gates(new RequiredSettingsGate()).run()
                .hasFinding("settings.unresolved", "payment.api-key")
                .hasFinding("settings.unresolved", "payment.webhook-secret").report();

        Map<String, String> messages = new LinkedHashMap<>();
        report.findings().forEach(finding -> messages.put(finding.subject(), finding.message()));
        assertThat(messages.get("payment.api-key")).contains("its default is empty")
                .contains("starts with payment.api-key blank").doesNotContain("has no default");
        assertThat(messages.get("payment.webhook-secret")).contains("has no default").doesNotContain("empty");
    }

    @Test
    void aMissingRequiredKeyShouldBeReportedWhereItWasRequired(@org.junit.jupiter.api.io.TempDir java.nio.file.Path project)
            throws Exception {
        // Session 24: "settings.missing: spring.datasource.url / origin: unknown origin" read like a fault; the place
        // to act on is the line that requires the key.
        java.nio.file.Files.writeString(project.resolve("application.yml"), """
                readiness:
                  settings:
                    required:
                      - sms.account-sid
                      - spring.datasource.url
                sms:
                  account-sid: AC12
                """);
        Settings settings = dev.readiness.settings.ApplicationConfig.builder().application(project).build().settings();

        Report report = GateCheck.forStage(Stage.PRODUCTION).settings(settings)
                .gates(new RequiredSettingsGate(List.of("other.key"))).run()
                .hasFinding("settings.missing", "spring.datasource.url").report();

        Map<String, String> origins = new LinkedHashMap<>();
        report.findings().forEach(finding -> origins.put(finding.subject(), finding.origin().description()));
        assertThat(origins.get("spring.datasource.url")).endsWith("application.yml:5:9");
        assertThat(origins.get("other.key")).isEqualTo(Origin.unknown().description());
    }
}
