package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpelledKeysTests {

    private static final SandboxGate GATE = new SandboxGate(ProviderCatalog.builtIn());

    private static List<Finding> check(Stage stage, String dotenv) {
        Settings settings = Settings.builder().dotenv("app.env", dotenv).build();
        return GATE.check(GateContext.of(stage, settings)).findings();
    }

    @Test
    void aUrlKeyHoldingItsOwnNameInSnakeCaseIsATemplate() {
        assertThat(check(Stage.PRODUCTION, "GENERIC_AUTH_URL=generic_auth_url\nGENERIC_TOKEN_URL=generic_token_url\n"))
                .extracting(Finding::code, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("sandbox.template-url", Severity.NO_GO),
                        org.assertj.core.groups.Tuple.tuple("sandbox.template-url", Severity.NO_GO));
    }

    @Test
    void aUrlKeyHoldingYourAndItsNameInCapitalsIsATemplate() {
        assertThat(check(Stage.PRODUCTION, "JIRA_INSTANCE_URL=YOUR_JIRA_INSTANCE_URL\n"))
                .extracting(Finding::code).containsExactly("sandbox.template-url");
        assertThat(check(Stage.PRODUCTION, "CALLBACK_ENDPOINT=your_callback_endpoint\n"))
                .extracting(Finding::code).containsExactly("sandbox.template-url");
    }

    @Test
    void aHostKeyHoldingItsOwnWordsIsATemplate() {
        assertThat(check(Stage.PRODUCTION, "SEARCH_HOST=search_host\nAPP_DOMAIN=YOUR_APP_DOMAIN\n"))
                .extracting(Finding::code).containsExactly("sandbox.template-url", "sandbox.template-url");
    }

    @Test
    void realAddressesAndServiceNamesThatContainTheKeysWordStayClean() {
        assertThat(check(Stage.PRODUCTION, "AUTH_URL=https://auth-url.acme-corp.io/login\n"
                + "MEDIA_HOST=media-host\n"
                + "SEARCH_HOST=search-host.internal.acme-corp.io\n"
                + "APP_SERVER=app_server\n"
                + "CACHE_HOST=cache_primary\n"
                + "LOGIN_URL=login_url_v2\n"
                + "WEBHOOK_URL=hooks-url\n"))
                .isEmpty();
    }

    @Test
    void aUrlKeyHoldingItsOwnHyphenatedNameIsATemplateButAnotherHyphenatedWordIsNot() {
        Settings settings = Settings.builder().properties("application.properties",
                "app.notification-url=notification-url\napp.return-url=success-page-url\n"
                        + "payment.callback-url=callback-url\n").build();

        assertThat(GATE.check(GateContext.of(Stage.PRODUCTION, settings)).findings())
                .extracting(Finding::subject).containsExactly("app.notification-url", "payment.callback-url");
    }

    @Test
    void outsideProductionTheTemplateIsNotJudged() {
        assertThat(check(Stage.DEVELOPMENT, "GENERIC_AUTH_URL=generic_auth_url\n")).isEmpty();
    }

    @Test
    void aUrlKeyHoldingASentenceThatEndsInItsGluedWordsIsATemplate() {
        assertThat(check(Stage.PRODUCTION, "app_base_url=therewillbeappbaseurl\n"))
                .extracting(Finding::code).containsExactly("sandbox.template-url");
        assertThat(check(Stage.PRODUCTION, "app_base_url=https://baseurl.acme-corp.io\nLOGIN_URL=loginurl2\n"))
                .isEmpty();
    }
}
