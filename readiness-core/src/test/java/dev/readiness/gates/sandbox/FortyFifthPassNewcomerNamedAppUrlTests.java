package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Forty-fifth pass (newcomer, seed 004: a Shopify widget on Railway, whose checklist asks for HTTPS on every
 * service). {@code APP_URL=http://app.shopsense.io} was a NO-GO, the service's own address in
 * plain http, while {@code SHOPIFY_APP_URL} with the same value, the address Shopify's app templates give the app
 * itself, was a GO: only a bare {@code APP_URL} was read. A name before {@code app url} is now read as an
 * application's address, a WARN in plain http on a public name (a proxy may also serve HTTPS, as for a front end's
 * address); a deeper key (a Chef component's download URL), https, a name under a top-level domain on the browsers' HSTS preload list (Railway's {@code .app}, which
 * no browser loads in plain http), a private or Compose host, a mobile app's store link and an internal address stay
 * clean.
 */
class FortyFifthPassNewcomerNamedAppUrlTests {

    private static final SandboxGate GATE = new SandboxGate(ProviderCatalog.builtIn());

    private static List<Finding> findings(Stage stage, String key, String value) {
        return GATE.check(GateContext.of(stage, Settings.of(Map.of(key, value)))).findings();
    }

    @ParameterizedTest
    @CsvSource({
            "SHOPIFY_APP_URL, http://app.shopsense.io",
            "WIDGET_APP_URL, http://widget.shopsense.com",
            "shopsense.shopify.app-url, http://app.shopsense.io/"})
    void aNamedAppsAddressInPlainHttpIsAWarnInProduction(String key, String url) {
        assertThat(findings(Stage.PRODUCTION, key, url)).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("sandbox.tls-off");
            assertThat(finding.severity()).isEqualTo(Severity.WARN);
            assertThat(finding.subject()).isEqualTo(key);
            assertThat(finding.message()).contains("an application's address", "plain http");
            assertThat(finding.remediation()).contains("https://", key);
        });
        assertThat(findings(Stage.STAGING, key, url)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "SHOPIFY_APP_URL, https://app.shopsense.io",
            "SHOPIFY_APP_URL, http://shopsense-api-production.up.railway.app",
            "SHOPIFY_APP_URL, http://api.railway.internal:8080",
            "SHOPIFY_APP_URL, http://10.0.4.12:8080",
            "WIDGET_APP_URL, http://widget:3000",
            "IOS_APP_URL, http://apps.apple.com/app/id123456789",
            "INTERNAL_APP_URL, http://admin.shopsense.io",
            "default_attributes.cspp.snpp-sdr.components.app.url, http://downloads.ssec.wisc.edu/snpp-sdr/app.tar.gz"})
    void httpsPrivateHostsStoreLinksAndInternalAddressesStayClean(String key, String url) {
        assertThat(findings(Stage.PRODUCTION, key, url)).noneMatch(finding -> finding.code().equals("sandbox.tls-off"));
    }

    @Test
    void theBareAppUrlKeepsItsNoGo() {
        assertThat(findings(Stage.PRODUCTION, "APP_URL", "http://app.shopsense.io"))
                .singleElement().satisfies(finding -> assertThat(finding.severity()).isEqualTo(Severity.NO_GO));
    }
}
