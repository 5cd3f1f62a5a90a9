package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The built-in catalog's index is reproducible: the same text gives the same bytes in every JVM, whatever order its
 * maps iterate in there.
 */
class ThirtiethPassBootCatalogIndexTests {

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = Objects.requireNonNull(
                ThirtiethPassBootCatalogIndexTests.class.getClassLoader().getResourceAsStream(name), name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void indexWrittenInThisJvmShouldBeByteForByteTheOneTheBuildWroteInAnother() throws IOException {
        byte[] text = resource(ProviderCatalog.BUILT_IN_RESOURCE);
        CatalogReader.Read read = CatalogReader.parse("providers.properties", CatalogReader.decode(text));

        byte[] here = CatalogIndexWriter.write(read.providers(), CatalogIndex.checksum(text));

        assertThat(read.providers()).anySatisfy(provider -> assertThat(provider.modeSwitches()).hasSizeGreaterThan(1));
        assertThat(here).as("the index the build wrote (another JVM, another Map.copyOf order)")
                .isEqualTo(resource(ProviderCatalog.BUILT_IN_RESOURCE + CatalogIndex.SUFFIX));
    }

    @Test
    void indexShouldNotDependOnTheOrderAProvidersModeSwitchesIterateIn() {
        Map<String, Set<String>> forward = new LinkedHashMap<>();
        Map<String, Set<String>> backward = new LinkedHashMap<>();
        List<String> keys = List.of("acme.mode", "acme.environment", "acme.sandbox", "acme.live", "acme.test-mode",
                "acme.region", "acme.stage", "acme.use-sandbox");
        for (String key : keys) {
            forward.put(key, new LinkedHashSet<>(List.of("test", "sandbox")));
        }
        for (int i = keys.size() - 1; i >= 0; i--) {
            backward.put(keys.get(i), new LinkedHashSet<>(List.of("test", "sandbox")));
        }

        byte[] one = CatalogIndexWriter.write(List.of(provider(forward)), 7L);
        byte[] other = CatalogIndexWriter.write(List.of(provider(backward)), 7L);

        assertThat(one).isEqualTo(other);
        assertThat(CatalogIndex.read(one, 7L)).containsExactly(provider(forward));
    }

    private static Provider provider(Map<String, Set<String>> modeSwitches) {
        return new Provider("acme", "Acme", "payment", List.of("https://acme.example/docs"), List.of(List.of("acme")),
                List.of("sandbox.acme.example"), List.of(), List.of(), List.of(), List.of("acme_test_"), List.of(),
                List.of(), modeSwitches);
    }
}
