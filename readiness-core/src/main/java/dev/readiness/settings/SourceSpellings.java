package dev.readiness.settings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Which of several spellings of one relaxed name inside one configuration file Spring Boot reads. A builder keeps
 * the setting added last for a relaxed name, which is right for one key written twice (a {@code .properties} file's
 * later line replaces the earlier) but not for two spellings: Spring Boot asks a file for the exact name first
 * ({@code jwt.secret}, lower case, in its canonical form) and only then for the other spellings that map to it
 * (which of two such spellings it finds depends on hashing, not on their order: the last written is kept, as
 * before), and outside the environment {@code JWT_SECRET} maps to no such name at all. So
 * {@code jwt.secret=changeme} then {@code JWT_SECRET=<random>} runs with {@code changeme}. The settings of one file
 * are put in an order in which the one Spring Boot reads comes last. Stateless.
 */
final class SourceSpellings {

    private SourceSpellings() {
    }

    /**
     * The settings of one file or document, each relaxed name with several spellings ordered so that the setting
     * Spring Boot reads comes last: the last one written in the canonical form, else the last one written. The list itself when no name has two spellings (one pass, no copy).
     *
     * @param settings in the order written
     * @return in an order a builder can add them in
     */
    static List<Setting> inReadingOrder(List<Setting> settings) {
        return inReadingOrder(settings, Setting::key);
    }

    /** As {@link #inReadingOrder(List)}, for anything that has a key. */
    static <T> List<T> inReadingOrder(List<T> items, Function<T, String> key) {
        Map<String, String> firstSpelling = new HashMap<>();
        boolean mixed = false;
        for (T item : items) {
            String spelling = key.apply(item);
            String earlier = firstSpelling.putIfAbsent(RelaxedNames.canonical(spelling), spelling);
            mixed |= earlier != null && !earlier.equals(spelling);
        }
        if (!mixed) {
            return items;
        }
        Map<String, List<T>> groups = new LinkedHashMap<>();
        for (T item : items) {
            groups.computeIfAbsent(RelaxedNames.canonical(key.apply(item)), canonical -> new ArrayList<>(1)).add(item);
        }
        List<T> ordered = new ArrayList<>(items.size());
        for (Map.Entry<String, List<T>> group : groups.entrySet()) {
            String read = key.apply(group.getValue().get(group.getValue().size() - 1));
            for (T item : group.getValue()) {
                if (isCanonicalForm(key.apply(item))) {
                    read = key.apply(item);
                }
            }
            for (T item : group.getValue()) {
                if (!key.apply(item).equals(read)) {
                    ordered.add(item);
                }
            }
            for (T item : group.getValue()) {
                if (key.apply(item).equals(read)) {
                    ordered.add(item);
                }
            }
        }
        return ordered;
    }

    /** Spring Boot's canonical form of a property name: lower-case letters, digits, dashes, dots and indexes. */
    private static boolean isCanonicalForm(String key) {
        if (key.isEmpty()) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '[' || c == ']')) {
                return false;
            }
        }
        return true;
    }
}
