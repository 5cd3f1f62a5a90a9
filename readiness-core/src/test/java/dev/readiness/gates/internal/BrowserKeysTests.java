package dev.readiness.gates.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BrowserKeysTests {

    private static final List<String> PREFIXES = List.of(
            "next_public_", "vite_", "react_app_", "expo_public_", "nuxt_public_", "public_", "gatsby_", "vue_app_");

    @ParameterizedTest
    @ValueSource(strings = {"VITE_API_URL", "NEXT_PUBLIC_SITE_URL", "react_app_backend", "Expo_Public_Key",
        "PUBLIC_URL", "GATSBY_API_URL", "VUE_APP_API"})
    void aKeyWithABrowserBuildPrefixInAnyCaseIsABuildVariable(String key) {
        assertThat(BrowserKeys.isBuildVariable(key)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"API_URL", "VITE", "NEXT_PUBLIC", "PUBLICATION_URL", "V\u0130TE_API_URL", "",
        "SERVICE_VITE_URL"})
    void aKeyWithoutOneIsNot(String key) {
        assertThat(BrowserKeys.isBuildVariable(key)).isFalse();
    }

    @Property(tries = 2000)
    void aKeyIsABuildVariableExactlyWhenItsRootLowerCaseStartsWithAPrefix(@ForAll("keys") String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        boolean expected = PREFIXES.stream().anyMatch(lower::startsWith);

        assertThat(BrowserKeys.isBuildVariable(key)).isEqualTo(expected);
    }

    @Provide
    Arbitrary<String> keys() {
        Arbitrary<String> prefix = Arbitraries.of(PREFIXES).map(p -> p.toUpperCase(Locale.ROOT))
                .map(p -> p.replace('I', '\u0130').replace('K', '\u212A'));
        Arbitrary<String> start = Arbitraries.oneOf(Arbitraries.of(PREFIXES), Arbitraries.of(PREFIXES)
                .map(p -> p.toUpperCase(Locale.ROOT)), prefix, Arbitraries.strings().withChars("viteVITE_\u0130\u212A")
                .ofMaxLength(14));
        return Arbitraries.strings().withChars("aZ_\u0130\u00e9").ofMaxLength(6).flatMap(
                rest -> start.map(head -> head + rest));
    }
}
