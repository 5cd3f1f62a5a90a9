package dev.readiness.gates.database;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reading text that holds {@code ${NAME}} placeholders the environment fills in: where a character stands outside
 * every placeholder, a parameter list split at its separators outside placeholders, and the default a placeholder
 * falls back to. A URL such as {@code postgres://${USER}:${PASSWORD:?must be set}@db/app?sslmode=disable} has a
 * {@code ?} inside a placeholder's message before its query, which only the placeholder's own text holds.
 */
final class PlaceholderText {

    private PlaceholderText() {
    }

    /** The index of the first {@code wanted} character outside every {@code ${…}}, or -1. */
    static int outside(String value, char wanted) {
        return next(value, 0, String.valueOf(wanted));
    }

    /** The parts of a parameter list split at {@code &} and {@code ;} outside placeholders. */
    static List<String> split(String parameters) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int at = next(parameters, 0, "&;"); at >= 0; at = next(parameters, start, "&;")) {
            parts.add(parameters.substring(start, at));
            start = at + 1;
        }
        parts.add(parameters.substring(start));
        return parts;
    }

    /** The index of the next of {@code chars} at or after {@code from}, outside every {@code ${…}}, or -1. */
    private static int next(String value, int from, String chars) {
        int depth = 0;
        for (int i = from; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '$' && i + 1 < value.length() && value.charAt(i + 1) == '{') {
                depth++;
                i++;
            } else if (c == '}' && depth > 0) {
                depth--;
            } else if (depth == 0 && chars.indexOf(c) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The default of a value that is one placeholder with a default, {@code ${NAME:default}} (Spring) or
     * {@code ${NAME:-default}} (shell, Compose), or {@code null}: what runs when nothing sets the variable.
     */
    static @Nullable String fallback(String value) {
        if (!value.startsWith("${") || !value.endsWith("}") || value.indexOf('}') != value.length() - 1) {
            return null;
        }
        int colon = value.indexOf(':');
        if (colon < 0) {
            return null;
        }
        int start = colon + 1 < value.length() && value.charAt(colon + 1) == '-' ? colon + 2 : colon + 1;
        if (start < value.length() && (value.charAt(start) == '?' || value.charAt(start) == '+')) {
            return null;
        }
        return value.substring(start, value.length() - 1);
    }
}
