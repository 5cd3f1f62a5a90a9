package dev.readiness.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** PHP's short ternary joins a look-up to its default as {@code ||} does, and so does a full ternary (thirty-third pass). */
class ThirtyFirstPassPrecisionForeignReferencesTests {

    @Test
    void phpsShortAndFullTernariesShouldGiveTheDefault() {
        assertThat(ForeignReferences.placeholderOf("getenv('DB_HOST') ?: 'localhost'")).isEqualTo("${DB_HOST:localhost}");
        assertThat(ForeignReferences.placeholderOf("getenv( 'DB_PASSWORD' ) ?: ''")).isEqualTo("${DB_PASSWORD:}");
        assertThat(ForeignReferences.placeholderOf("getenv('A') ?: getenv('B') ?: 'x'")).isEqualTo("${A:${B:x}}");
        // hostile testing, thirty-third pass: a full ternary between a look-up and a literal is the look-up's default
        assertThat(ForeignReferences.placeholderOf("getenv('WP_DB') ? getenv('WP_DB') : 'wordpress_test'"))
                .isEqualTo("${WP_DB:wordpress_test}");
    }
}
