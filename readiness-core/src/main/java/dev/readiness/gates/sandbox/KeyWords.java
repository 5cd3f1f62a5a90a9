package dev.readiness.gates.sandbox;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits setting keys into lower-case words exactly as {@link dev.readiness.settings.RelaxedNames#words(String)}
 * does, with fewer allocations: the gate splits every candidate key, so this runs a thousand times per check.
 */
final class KeyWords {

    private KeyWords() {
    }

    static List<String> of(String key) {
        List<String> words = new ArrayList<>(6);
        int start = -1;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean separator = !Character.isLetterOrDigit(c);
            boolean camelBoundary = Character.isUpperCase(c) && i > 0 && Character.isLowerCase(key.charAt(i - 1));
            if ((separator || camelBoundary) && start >= 0) {
                words.add(lower(key, start, i));
                start = -1;
            }
            if (!separator && start < 0) {
                start = i;
            }
        }
        if (start >= 0) {
            words.add(lower(key, start, key.length()));
        }
        return words;
    }

    private static String lower(String key, int from, int to) {
        boolean ascii = true;
        for (int i = from; i < to; i++) {
            if (key.charAt(i) >= 128) {
                ascii = false;
                break;
            }
        }
        if (!ascii) {
            return key.substring(from, to).toLowerCase(java.util.Locale.ROOT);
        }
        char[] chars = new char[to - from];
        for (int i = from; i < to; i++) {
            char c = key.charAt(i);
            chars[i - from] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return new String(chars);
    }
}
