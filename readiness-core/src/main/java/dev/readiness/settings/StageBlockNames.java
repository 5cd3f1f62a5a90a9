package dev.readiness.settings;

import java.util.Locale;

/**
 * The name of a top-level environment block as {@link EnvironmentBlocks} compares it: the block's word in lower case,
 * with the short forms hand-written multi-environment files use read as the environment they stand for
 * ({@code prod.DB_PW} beside {@code dev.DB_PW} and {@code test.DB_PW} in a Node service's {@code config.json},
 * {@code prd}, {@code develop}, {@code testing}). The same short forms already name the running environment when a
 * profile is given ({@code --profile prod}). Stateless.
 */
final class StageBlockNames {

    private StageBlockNames() {
    }

    /**
     * The canonical block name of a key's first segment.
     *
     * @param key the key
     * @param dot the index of the key's first dot, after at least one character
     * @return {@code production} for {@code prod} and {@code prd}, {@code development} for {@code dev} and
     *     {@code develop}, {@code test} for {@code testing}; otherwise the segment in lower case
     */
    static String canonical(String key, int dot) {
        String block = key.substring(0, dot).toLowerCase(Locale.ROOT);
        return switch (block) {
            case "prod", "prd" -> "production";
            case "dev", "develop" -> "development";
            case "testing" -> "test";
            default -> block;
        };
    }
}
