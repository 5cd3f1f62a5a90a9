package dev.readiness.gates.database;

import java.util.List;
import java.util.Set;

/**
 * A database name whose last word says production: Rails and the frameworks that copy its
 * {@code <application>_<environment>} naming call the production database {@code online_library_test_production}
 * when the application itself is called {@code online_library_test}, and a name such as {@code shop-dev-prod} says
 * the same. The stage word at the end is the one the name was made from, so a {@code test} or {@code dev} word
 * before it belongs to the application's name; {@code shop_production_test} and {@code production_copy_dev} still
 * end in a test word and read as test databases. A number after the stage word counts a copy or a shard of it and
 * is skipped: Play's {@code MONGO_DB=test-prod-1} (thirty-ninth pass) ends in production as {@code test-prod} does,
 * and {@code prod1} is {@code prod}; {@code shop-test-1} still ends in a test word. Stateless.
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
        int last = words.size() - 1;
        while (last >= 0 && isNumber(words.get(last))) {
            last--;
        }
        if (last < 1) {
            return false;
        }
        String word = words.get(last);
        int end = word.length();
        while (end > 0 && Character.isDigit(word.charAt(end - 1))) {
            end--;
        }
        return PRODUCTION_WORDS.contains(word.substring(0, end));
    }

    private static boolean isNumber(String word) {
        if (word.isEmpty()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
