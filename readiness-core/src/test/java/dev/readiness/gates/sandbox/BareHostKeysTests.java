package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.settings.Origin;
import dev.readiness.settings.Setting;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The sandbox gate calls {@link BareHostKeys#judge} and {@link BareHostKeys#templateDomain} only for keys that pass
 * {@link BareHostKeys#mayNameDestination} (a {@link SandboxKey} fact): that test must be implied by both rules.
 */
class BareHostKeysTests {

    private static final EndpointJudge JUDGE = EndpointJudge.of(ProviderCatalog.builtIn(), List.of());
    private static final List<String> VALUES = List.of("mailhog", "mailpit:1025", "smtp.example.com", "example.com",
            "yourdomain.com", "domain", "localhost", "db.example.org", "your-domain-here", "mydomain.com",
            "mail.mycompany.com", "127.0.0.1", "[redacted]", "", "x");

    @Test
    void destinationKeysShouldPassTheKeyTestAndOthersShouldNot() {
        assertThat(BareHostKeys.mayNameDestination("MAIL_SERVER")).isTrue();
        assertThat(BareHostKeys.mayNameDestination("smtp.relay")).isTrue();
        assertThat(BareHostKeys.mayNameDestination("MAIL_HOST")).isFalse();
        assertThat(BareHostKeys.mayNameDestination("app.domain")).isTrue();
        assertThat(BareHostKeys.mayNameDestination("PORT")).isFalse();
        assertThat(BareHostKeys.mayNameDestination("SVC1_JWT_SECRET")).isFalse();
    }

    @Property(tries = 3000)
    void neitherRuleShouldJudgeAKeyThatFailsTheKeyTest(@ForAll("keys") String key) {
        if (BareHostKeys.mayNameDestination(key)) {
            return;
        }
        for (String value : VALUES) {
            Setting setting = Setting.of(key, value, Origin.of("test"));
            assertThat(BareHostKeys.judge(setting, value, JUDGE)).as("%s=%s", key, value).isNull();
            assertThat(BareHostKeys.templateDomain(setting, value)).as("%s=%s", key, value).isNull();
        }
    }

    @Provide
    Arbitrary<String> keys() {
        Arbitrary<String> word = Arbitraries.of("mail", "MAIL", "smtp", "host", "HOST", "domain", "Domain", "domains",
                "zone", "server", "smarthost", "app", "api", "url", "name", "relay", "dns", "hosts", "sender", "from",
                "cookie", "site", "base", "x", "0", "[0]", "[1]", "s", "Hostname", "address", "addr", "fqdn", "suffix", "ip",
                "servername", "domainname", "hosted", "ldap", "names", "addresses", "servers");
        Arbitrary<String> separator = Arbitraries.of("_", ".", "-", "", "__");
        return Arbitraries.lazy(() -> word.list().ofMinSize(1).ofMaxSize(4).flatMap(words -> separator.map(sep -> {
            StringBuilder key = new StringBuilder();
            for (String w : words) {
                key.append(key.length() == 0 || w.startsWith("[") ? "" : sep).append(w);
            }
            return key.toString();
        })));
    }
}
