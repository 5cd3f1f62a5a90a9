package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class StandInCommentsTests {

    private static final String RANDOM = Samples.hex(32, 11);

    private static Setting under(String comment, String line) {
        Settings settings = Settings.builder().dotenv("prod.env", "# " + comment + "\n" + line).build();
        return settings.iterator().next();
    }

    private static List<Finding> judge(String text) {
        Settings settings = Settings.builder().dotenv("deploy/prod.env", text).build();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings();
    }

    @ParameterizedTest
    @ValueSource(strings = {"!!!!!! CHANGE THESE VALUES BEFORE DEPLOYING !!!!!!", "openssl rand --hex 16",
            "generate with: openssl rand --hex 16", "Generate a unique random key.", "Secret Key. Get one here "
            + "https://rb.gy/emgmwo", "get your sendgrid api key at https://app.sendgrid.com", "example",
            "replace in production", "default password", "dev only", "Security - MUST CHANGE IN PRODUCTION",
            "These should be changed from the default values!", "Make sure to change this to your own random string",
            "Must be 16 digits (replace with your own creation !)", "Default Creds", "for testing only",
            "random secret key, use for example base64 /dev/urandom | head -c50 to generate one",
            "Run `php artisan key:generate` to generate a valid key.", "Dummy always-pass pair",
            "insecure, do not use in production"})
    void marksStandInWhenTheCommentAsksToReplaceTheValueOrCallsItAShowcase(String comment) {
        assertThat(StandInComments.marksStandIn(under(comment, "SESSION_SECRET=" + RANDOM))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"The key used to sign sessions", "Change the port if needed", "rotate every 90 days",
            "DO NOT CHANGE THESE SETTINGS (unless you really know what you are doing)",
            "Once set, you cannot change this key as for now.", "Used by the backend to generate links in emails",
            "Key used to generate the signature of each session",
            "Flattened from t20-wikijs-v1-config-sample.yaml by yaml2props.py",
            "IJPay-Demo-SpringBoot/src/main/resources/production/paypal.properties",
            "SSO groups can be prefixed, for example boxyhq-admin", "Default validity is 7 days",
            "Available options: local (default) | s3", "Optional"})
    void marksNoStandInForOrdinaryWords(String comment) {
        assertThat(StandInComments.marksStandIn(under(comment, "SESSION_SECRET=" + RANDOM))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Optional", "(OPTIONAL) only needed for the risk signals",
            "optional: only needed for Radar", "S3/Storage (optional - leave empty to disable)",
            "If left blank, a password will be generated and written into log", "leave empty to auto-generate",
            "generated at first start if empty", "defaults to an automatically generated one",
            "Default: randomly generated"})
    void marksOptionalWhenTheCommentSaysSo(String comment) {
        assertThat(StandInComments.marksOptional(under(comment, "WEBHOOK_SECRET="))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Required. The webhook secret", "The secret Stripe signs webhooks with",
            "add only a database password if you want to run with the default postgres",
            "generate with openssl rand -hex 32", "must not be empty. Generated keys are 32 bytes long",
            "defaults to MISP's default (admin)", "defaults to 'passphrase'"})
    void marksNoOptionalForOtherWords(String comment) {
        assertThat(StandInComments.marksOptional(under(comment, "WEBHOOK_SECRET="))).isFalse();
    }

    @Test
    void checkWhenARandomSecretIsGovernedByAStandInCommentShouldCallItAPublishedDefault() {
        List<Finding> findings = judge("# generate with: openssl rand --hex 16\nPDS_JWT_SECRET=" + RANDOM);

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("secrets.published-default");
            assertThat(finding.severity()).isEqualTo(Severity.NO_GO);
            assertThat(finding.message()).contains("comment marks it as a stand-in").doesNotContain(RANDOM);
        });
    }

    @Test
    void checkWhenTheCommentHoldsAValueShouldNeverPrintIt() {
        List<Finding> findings = judge("# example; the old one was Qz7hunter2canary\nSESSION_SECRET=" + RANDOM);

        assertThat(findings).singleElement().satisfies(finding -> assertThat(finding.message() + finding.remediation()
                + finding.subject() + finding.origin()).doesNotContain("hunter2canary").doesNotContain("example;"));
    }

    @Test
    void checkWhenAHeaderCommentMarksABlockShouldJudgeEveryKeyUnderItAndNoneAfterABlankLine() {
        List<Finding> findings = judge(String.join("\n", "# Security - MUST CHANGE IN PRODUCTION",
                "JWT_SECRET=" + RANDOM, "STORE_ENCRYPTION_KEY=" + Samples.hex(32, 12), "",
                "NOVU_SECRET_KEY=" + Samples.hex(32, 13)));

        assertThat(findings).extracting(Finding::subject).containsExactly("JWT_SECRET", "STORE_ENCRYPTION_KEY");
    }

    @ParameterizedTest
    @ValueSource(strings = {"# The key used to sign sessions", "# rotate every 90 days", "# Change the port if needed",
            "# DO NOT CHANGE THIS", ""})
    void checkWhenARandomSecretHasAnOrdinaryCommentShouldPass(String comment) {
        assertThat(judge(comment + "\nSESSION_SECRET=" + RANDOM + "\nPORT=8080 # change if needed")).isEmpty();
    }

    @Test
    void checkWhenAStandInCommentGovernsANonSecretOrAReferenceShouldPass() {
        assertThat(judge("# example\nAPP_NAME=" + RANDOM + "\nJWT_SECRET=${JWT_SECRET}\nPORT=8080")).isEmpty();
    }

    @Test
    void checkWhenAnEmptySecretIsMarkedOptionalShouldNotCallItBlank() {
        assertThat(judge("# Radar account risk signals (private preview) — optional\nRISK_WEBHOOK_SECRET=")).isEmpty();
        assertThat(judge("# optional: only needed for Radar\nRISK_WEBHOOK_SECRET= # optional")).isEmpty();
        assertThat(judge("# The secret Stripe signs webhooks with\nRISK_WEBHOOK_SECRET="))
                .extracting(Finding::code).containsExactly("secrets.blank");
    }

    @Test
    void checkWhenABlankSecretIsGeneratedByTheProductShouldNotCallItBlank() {
        assertThat(judge("# If left blank, a password will be generated and written into log\nSUPERUSER_PASSWORD="))
                .isEmpty();
        assertThat(judge("# Superuser password\nSUPERUSER_PASSWORD=")).extracting(Finding::code)
                .containsExactly("secrets.blank");
    }

    @Test
    void checkWhenAWeakSecretIsMarkedOptionalShouldStillReportIt() {
        assertThat(judge("# OPTIONAL: Defines the password to use with the SMTP server.\nSMTP_PASSWORD=password"))
                .extracting(Finding::code).isNotEmpty().doesNotContain("secrets.blank");
    }

    @Test
    void checkWhenTheCommentSaysABlankPasswordFallsBackToAnotherSettingShouldSayNothing() {
        assertThat(judge("# Config database, defaults to the job database if empty. Explicitly left empty.\n"
                + "CONFIG_DATABASE_USER=\nCONFIG_DATABASE_PASSWORD=\n")).isEmpty();
        assertThat(judge("# falls back to DB_PASSWORD when unset\nREPLICA_PASSWORD=\n")).isEmpty();
    }

    @Test
    void checkWhenTheCommentOnlyNamesADefaultShouldStillReportTheBlankPassword() {
        assertThat(judge("# defaults to the job database\nCONFIG_DATABASE_PASSWORD=\n")).extracting(Finding::code)
                .containsExactly("secrets.blank");
    }

    @Test
    void checkWhenABlankSecretDefaultsToAGeneratedValueShouldPassAndOneThatDefaultsToAWeakValueShouldNot() {
        List<Finding> findings = judge("# defaults to an automatically generated one\nADMIN_KEY=\n"
                + "# defaults to MISP's default (admin)\nADMIN_PASSWORD=\n");
        assertThat(findings).extracting(finding -> finding.code() + " " + finding.subject())
                .containsExactly("secrets.blank ADMIN_PASSWORD");
    }
}
