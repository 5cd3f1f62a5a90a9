package dev.readiness.gates.database;

import java.util.List;
import java.util.Set;

/**
 * A database name whose last word says production: Rails and the frameworks that copy its
 * {@code <application>_<environment>} naming call the production database {@code online_library_test_production}
 * when the application itself is called {@code online_library_test}, and a name such as {@code shop-dev-prod} says
 * the same. The stage word at the end is the one the name was made from, so a {@code test} or {@code dev} word
 * before it belongs to the application's name; {@code shop_production_test} and {@code production_copy_dev} still
 * end in a test word and read as test databases. Stateless.
 */
final class ProductionSuffixedNames {

    private static final Set<String> PRODUCTION_WORDS = Set.of("production", "prod", "prd");

    private ProductionSuffixedNames() {
    }

    /**
     * Whether the last of a name's words (as {@code RelaxedNames.words} cut them) is a production word.
     *
     * @param words the name's words, lower case
     * @return {@code true} for the words of {@code app_test_production}
     */
    static boolean endsInProduction(List<String> words) {
        return words.size() >= 2 && PRODUCTION_WORDS.contains(words.get(words.size() - 1));
    }
}
