package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The forty-seventh pass's transport rule in the sandbox gate ({@link ProductionFileTls}), each reading beside the
 * clean or milder values that tempt it. A {@code sandbox.tls-off} WARN in a file whose name says production
 * ({@code .env.production}, {@code config-prod.env}) or in a configuration whose framework environment switch says
 * production ({@code RAILS_ENV=production}) is a NO-GO: it is the deployed set-up, with no other profile to turn TLS
 * back on. The same line in a shared file, in a file whose name also names a development profile, beside a second
 * switch that says development, or under a switch that is no framework's, stays a WARN; so do a bare scheme and a mail
 * relay's or object store's client, whose plain hop the label policy accepts inside a cluster or on the host.
 */
class FortySeventhPassTransportTests {

    private static final SandboxGate GATE = new SandboxGate(ProviderCatalog.builtIn());
    private static final Tuple TLS_OFF_WARN = Tuple.tuple("sandbox.tls-off", Severity.WARN);
    private static final Tuple TLS_OFF_NO_GO = Tuple.tuple("sandbox.tls-off", Severity.NO_GO);
    /** A TLS-terminating front declared in the file: forwarded headers trusted. */
    private static final String FRONT = "server.forward-headers-strategy=native\n";

    private static List<Finding> in(String file, String text, String key) {
        Settings settings = Settings.builder().dotenv(file, text).build();
        return SandboxRuleChecks.on(GATE.check(GateContext.of(Stage.PRODUCTION, settings)).findings(), key);
    }

    private static String key(String line) {
        return line.substring(0, line.indexOf('='));
    }

    @ParameterizedTest
    @ValueSource(strings = {"TLS_ENABLED=false", "server.ssl.enabled=false", "HTTPS_ENABLED=false",
            "ALLOWED_ORIGINS=http://portal.harbourline.net",
            "ledger.api.url=http://books.tallyworks.org/v2/"})
    void aTlsOffWarnInAFileNamedForProductionIsANoGo(String line) {
        assertThat(in("app.env", line + "\n", key(line))).extracting(Finding::code, Finding::severity)
                .containsExactly(TLS_OFF_WARN);
        List<Finding> findings = in("deploy/.env.production", line + "\n", key(line));
        assertThat(findings).extracting(Finding::code, Finding::severity).containsExactly(TLS_OFF_NO_GO);
        assertThat(findings.get(0).message()).endsWith("It is written in .env.production, a file for production"
                + " alone: no other profile there turns TLS back on.");
        assertThat(in("config-prod.env", line + "\n", key(line))).extracting(Finding::code, Finding::severity)
                .containsExactly(TLS_OFF_NO_GO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"config-prod-local.env", "env.production.test", "settings.env", "product.env",
            "production-notes/dev.env"})
    void theSameSwitchInAFileNotNamedForProductionAloneStaysAWarn(String file) {
        assertThat(in(file, "TLS_ENABLED=false\n", "TLS_ENABLED")).extracting(Finding::code, Finding::severity)
                .containsExactly(TLS_OFF_WARN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"RAILS_ENV=production", "APP_ENV=production", "_APP_ENV=production", "NODE_ENV=prod",
            "RACK_ENV=\"production\""})
    void aTlsOffWarnBesideAFrameworkSwitchThatSaysProductionIsANoGo(String declaration) {
        List<Finding> findings = in("app.env", declaration + "\nFORCE_SSL=false\n", "FORCE_SSL");
        assertThat(findings).extracting(Finding::code, Finding::severity).containsExactly(TLS_OFF_NO_GO);
        assertThat(findings.get(0).message()).endsWith(key(declaration) + " says this configuration is production's"
                + " own: no other profile there turns TLS back on.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"DEPLOY_ENV=production\n", "WEPAY_ENVIRONMENT=production\n", "APP_ENV=staging\n",
            "RAILS_ENV=${RAILS_ENV}\n", "APP_NAME=production\n"})
    void aSwitchThatIsNoFrameworksOrSaysNoProductionLeavesAWarn(String before) {
        // a declared front keeps the forty-eighth pass's UnforcedHttps from raising the switch on its own
        assertThat(in("app.env", before + FRONT + "FORCE_SSL=false\n", "FORCE_SSL")).extracting(Finding::code,
                Finding::severity).containsExactly(TLS_OFF_WARN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NODE_ENV=production\nAPP_ENV=local\n", "RAILS_ENV=development\nNODE_ENV=production\n"})
    void aSecondFrameworkSwitchThatSaysDevelopmentLeavesTheServersSwitchAWarn(String before) {
        assertThat(in("app.env", before + "TLS_ENABLED=false\n", "TLS_ENABLED")).extracting(Finding::code,
                Finding::severity).containsExactly(TLS_OFF_WARN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"portal.sslRequired=none", "_APP_OPTIONS_FORCE_HTTPS=disabled"})
    void anHttpsRequirementOfNoneOrAppwritesDisabledSwitchBesideAppwritesProductionSwitchIsANoGo(String line) {
        assertThat(in("app.env", "_APP_ENV=staging\n" + FRONT + line + "\n", key(line)))
                .extracting(Finding::code, Finding::severity).containsExactly(TLS_OFF_WARN);
        assertThat(in("app.env", "_APP_ENV=production\n" + FRONT + line + "\n", key(line)))
                .extracting(Finding::code, Finding::severity).containsExactly(TLS_OFF_NO_GO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"RELAY_PROTOCOL=http", "DASHBOARD_SCHEME=http", "EVENTS_SCHEME=ws"})
    void aBareSchemeInAProductionFileStaysAWarn(String line) {
        assertThat(in("app.env", line + "\n", key(line))).extracting(Finding::code, Finding::severity)
                .containsExactly(TLS_OFF_WARN);
        assertThat(in(".env.production", line + "\n", key(line))).extracting(Finding::code, Finding::severity)
                .containsExactly(TLS_OFF_WARN);
        assertThat(in("app.env", "RAILS_ENV=production\n" + line + "\n", key(line)))
                .extracting(Finding::code, Finding::severity).containsExactly(TLS_OFF_WARN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SMTP_HOST=localhost\nSMTP_PORT=25\nMAIL_IGNORE_TLS=true\n",
            "MINIO_ENDPOINT=objects\nMINIO_PORT=9000\nMINIO_USE_SSL=false\n"})
    void aMailRelaysOrObjectStoresClientInAProductionFileStaysAWarn(String text) {
        String key = SandboxRuleChecks.lastKey(text);
        assertThat(in("app.env", text, key)).extracting(Finding::code, Finding::severity)
                .containsExactly(TLS_OFF_WARN);
        assertThat(in(".env.production", text, key)).extracting(Finding::code, Finding::severity)
                .containsExactly(TLS_OFF_WARN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"TLS_ENABLED=true", "REQUIRE_HTTPS=true", "ALLOWED_ORIGINS=https://portal.harbourline.net",
            "ledger.api.url=https://books.tallyworks.org/v2/", "TLS_ENABLED=${TLS_ENABLED}"})
    void theSameKeysWithTlsOnStayCleanInAProductionFile(String line) {
        assertThat(in(".env.production", "RAILS_ENV=production\n" + line + "\n", key(line)))
                .noneMatch(finding -> finding.code().equals("sandbox.tls-off"));
    }
}
