package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.gates.internal.KeyWords;
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
 * {@link SandboxKey#mayNameDestination} (a {@link SandboxKey} fact): that test must be implied by both rules.
 */
class BareHostKeysTests {

    private static final EndpointJudge JUDGE = EndpointJudge.of(ProviderCatalog.builtIn(), List.of());
    private static final List<String> VALUES = List.of("mailhog", "mailpit:1025", "smtp.example.com", "example.com",
            "yourdomain.com", "domain", "localhost", "db.example.org", "your-domain-here", "mydomain.com",
            "mail.mycompany.com", "127.0.0.1", "[redacted]", "", "x");

    @Test
    void destinationKeysShouldPassTheKeyTestAndOthersShouldNot() {
        assertThat(SandboxKey.mayNameDestination("MAIL_SERVER")).isTrue();
        assertThat(SandboxKey.mayNameDestination("smtp.relay")).isTrue();
        assertThat(SandboxKey.mayNameDestination("MAIL_HOST")).isFalse();
        assertThat(SandboxKey.mayNameDestination("app.domain")).isTrue();
        assertThat(SandboxKey.mayNameDestination("PORT")).isFalse();
        assertThat(SandboxKey.mayNameDestination("SVC1_JWT_SECRET")).isFalse();
    }

    @Property(tries = 3000)
    void neitherRuleShouldJudgeAKeyThatFailsTheKeyTest(@ForAll("keys") String key) {
        if (SandboxKey.mayNameDestination(key)) {
            return;
        }
        for (String value : VALUES) {
            Setting setting = Setting.of(key, value, Origin.of("test"));
            assertThat(BareHostKeys.judge(setting, value, JUDGE)).as("%s=%s", key, value).isNull();
            assertThat(BareHostKeys.templateDomain(setting, value)).as("%s=%s", key, value).isNull();
        }
    }

    @Property(tries = 5000)
    void aKeyThatFailsThePartDomainFirstTestShouldNameNoPartDomain(@ForAll("keys") String key) {
        List<String> words = KeyWords.of(key);
        if (!SandboxKey.mayNamePartDomain(words)) {
            assertThat(BareHostKeys.namesPartDomain(words)).as(key).isFalse();
        }
    }

    @Property(tries = 3000)
    void zoneAndRegistryShouldJudgeNoValueWithoutADotAfterItsFirstCharacter(@ForAll("keys") String key,
            @ForAll("undotted") String value) {
        Setting setting = Setting.of(key, value, Origin.of("test"));
        assertThat(BareHostKeys.zone(setting, value, JUDGE)).as("%s=%s", key, value).isNull();
        assertThat(BareHostKeys.registry(setting, value, JUDGE)).as("%s=%s", key, value).isNull();
    }

    @Provide
    Arbitrary<String> undotted() {
        Arbitrary<String> part = Arbitraries.of("example", "com", "zone", "localhost", "registry", "io", "0", "off",
                "production", "ghcr", "my-app", "a", "ſ", "\u212A", "/", ":5000", "");
        return part.list().ofMinSize(1).ofMaxSize(4).map(parts -> String.join("", parts))
                .flatMap(text -> Arbitraries.of(text, "." + text, text.replace('.', '-')))
                .filter(text -> text.indexOf('.') <= 0);
    }

    @Test
    void partDomainKeysShouldPassTheFirstTest() {
        for (String key : List.of("_APP_DOMAIN_SITES", "_APP_DOMAIN_TARGET_CNAME", "DOMAIN_FRONTEND", "DOMAIN_API")) {
            List<String> words = KeyWords.of(key);
            assertThat(SandboxKey.mayNamePartDomain(words)).as(key).isTrue();
            assertThat(BareHostKeys.namesPartDomain(words)).as(key).isTrue();
        }
        for (String key : List.of("server.port", "spring.main.banner-mode", "readiness.stage", "APP_DOMAIN")) {
            assertThat(SandboxKey.mayNamePartDomain(KeyWords.of(key))).as(key).isFalse();
        }
    }

    @Provide
    Arbitrary<String> keys() {
        Arbitrary<String> word = Arbitraries.of("mail", "MAIL", "smtp", "host", "HOST", "domain", "Domain", "domains",
                "zone", "server", "smarthost", "app", "api", "url", "name", "relay", "dns", "hosts", "sender", "from",
                "cookie", "site", "base", "x", "0", "[0]", "[1]", "s", "Hostname", "address", "addr", "fqdn", "suffix", "ip",
                "servername", "domainname", "hosted", "ldap", "names", "addresses", "servers", "target", "cname",
                "functions", "sites", "frontend", "controller", "ad", "suffix", "list", "DOMAIN", "ſite", "\u212Aey",
                "zone", "dns", "hosted", "registry", "repository", "image", "docker");
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
