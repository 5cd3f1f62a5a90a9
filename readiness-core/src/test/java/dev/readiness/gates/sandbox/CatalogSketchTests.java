package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.settings.RelaxedNames;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogSketchTests {

    private static final List<String> CLEAN_HOSTS = List.of("java.oracle.com", "openjdk.org", "bugreport.java.com",
            "localhost", "db.internal.example.net", "api.mycompany.io", "10.0.0.12");

    private static final List<String> CLEAN_VALUES = List.of("https://java.oracle.com/", "/usr/lib/jvm/java-17",
            "UTF-8", "production", "Linux", "amd64", "root", "17.0.15", "org.springframework.boot", "8080");

    private static final List<String> CLEAN_KEYS = List.of("java.vendor.url", "java.home", "file.encoding",
            "server.port", "spring.main.banner-mode", "readiness.stage", "user.name", "os.arch", "user.timezone");

    private static ProviderCatalog eager() throws IOException {
        try (InputStream in = Objects.requireNonNull(
                CatalogSketchTests.class.getClassLoader().getResourceAsStream(ProviderCatalog.BUILT_IN_RESOURCE))) {
            return ProviderCatalog.parse("providers.properties", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** Every string a lookup of the built-in catalog finds something for, and near misses of each. */
    private static Set<String> probes(ProviderCatalog catalog) {
        Set<String> probes = new LinkedHashSet<>();
        for (Provider provider : catalog.providers()) {
            for (List<String> hosts : List.of(provider.testHosts(), provider.liveHosts(), provider.sharedHosts())) {
                for (String pattern : hosts) {
                    String host = pattern.replace("*", "any");
                    probes.add(host);
                    probes.add("eu." + host);
                    probes.add(host.substring(1));
                }
            }
            for (String path : provider.testPaths()) {
                probes.add(path.substring(0, path.indexOf('/')));
            }
            for (String prefix : provider.testCredentialPrefixes()) {
                probes.add(prefix + "4eC39HqLyjWDarjtT1zdp7dc");
                probes.add(prefix);
                probes.add(prefix.substring(0, prefix.length() - 1));
            }
            for (String prefix : provider.liveCredentialPrefixes()) {
                probes.add(prefix + "51H8xKLj2Pq");
            }
            for (Map.Entry<String, Set<String>> modeSwitch : provider.modeSwitches().entrySet()) {
                probes.add(modeSwitch.getKey());
                probes.addAll(modeSwitch.getValue());
            }
            probes.addAll(provider.testValues());
            for (List<String> words : provider.keyWords()) {
                probes.add(String.join("-", words));
            }
        }
        probes.addAll(CLEAN_HOSTS);
        probes.addAll(CLEAN_VALUES);
        probes.addAll(CLEAN_KEYS);
        return probes;
    }

    @Test
    void builtInCatalogShouldAnswerEveryLookupExactlyAsTheCatalogReadWhole() throws IOException {
        ProviderCatalog whole = eager();
        for (String probe : probes(whole)) {
            ProviderCatalog lazy = ProviderCatalog.builtIn();
            List<String> words = RelaxedNames.words(probe);
            assertThat(lazy.host(probe)).as("host %s", probe).isEqualTo(whole.host(probe));
            assertThat(lazy.testPath(probe, "/test/v1")).as("test path %s", probe)
                    .isEqualTo(whole.testPath(probe, "/test/v1"));
            assertThat(lazy.providersNamedBy(words)).as("named by %s", probe).isEqualTo(whole.providersNamedBy(words));
            assertThat(lazy.credentialPrefixes(probe)).as("prefixes %s", probe)
                    .isEqualTo(whole.credentialPrefixes(probe));
            assertThat(lazy.hasCredentialPrefix(probe)).as("has prefix %s", probe)
                    .isEqualTo(whole.hasCredentialPrefix(probe));
            assertThat(lazy.isModeValue(probe)).as("mode value %s", probe).isEqualTo(whole.isModeValue(probe));
            assertThat(lazy.testValue(probe)).as("test value %s", probe).isEqualTo(whole.testValue(probe));
            assertThat(lazy.modeSwitches(probe)).as("mode switch %s", probe).isEqualTo(whole.modeSwitches(probe));
        }
    }

    @Test
    void builtInCatalogShouldReadNoProviderForLookupsThatConcernNone() {
        ProviderCatalog lazy = ProviderCatalog.builtIn();
        for (String host : CLEAN_HOSTS) {
            assertThat(lazy.host(host)).isNull();
            assertThat(lazy.testPath(host, "/v1")).isNull();
        }
        for (String value : CLEAN_VALUES) {
            assertThat(lazy.hasCredentialPrefix(value)).isFalse();
            assertThat(lazy.credentialPrefixes(value)).isEmpty();
            assertThat(lazy.testValue(value)).isNull();
        }
        for (String key : CLEAN_KEYS) {
            assertThat(lazy.providersNamedBy(RelaxedNames.words(key))).isEmpty();
            assertThat(lazy.modeSwitches(RelaxedNames.canonical(key))).isEmpty();
        }
        assertThat(lazy.isModeValue("sandbox")).as("a generic mode value").isTrue();
        assertThat(lazy.providersRead()).isFalse();
        assertThat(lazy.toString()).isEqualTo("ProviderCatalog[" + lazy.providers().size() + " providers]");
    }

    @Test
    void builtInCatalogShouldReadItsProvidersOnTheFirstLookupThatConcernsOne() {
        ProviderCatalog lazy = ProviderCatalog.builtIn();

        assertThat(lazy.host("api-m.sandbox.paypal.com")).isNotNull();

        assertThat(lazy.providersRead()).isTrue();
        assertThat(lazy.provider("paypal")).isPresent();
    }

    @Test
    void sketchOfAnIndexOfAnotherTextShouldNotBeUsed() throws IOException {
        List<Provider> providers = new ArrayList<>(eager().providers());
        byte[] index = CatalogIndexWriter.write(providers, 11L);

        assertThat(CatalogIndex.sketch(index, 11L)).isNotNull();
        assertThat(CatalogIndex.sketch(index, 12L)).isNull();
        assertThat(CatalogIndex.sketch(java.util.Arrays.copyOf(index, 40), 11L)).isNull();
    }
}
