package dev.readiness.settings;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Configuration written as code that hands each setting the field of the same name of an object the code built:
 * Strapi's {@code config/env/production/database.js} parses {@code DATABASE_URL} into {@code config} and writes
 * {@code host: config.host}, {@code password: config.password}; flattened, {@code connection.password=config.password}
 * is a JavaScript member access, not the password. A value is such a reference when it is a dotted identifier
 * path whose last name is the key's own last word ({@code password}, any case) and another setting of the same file
 * and parent reads its own field from the same object ({@code connection.host=config.host}). One setting alone is no
 * evidence, nor is an object named as a fill-in ({@code your.password}, {@code my.password}), nor a value that is
 * the end of its own key ({@code datasource.password=datasource.password}, a sample's echo). Stateless.
 */
final class OwnFieldReferences {

    private static final int MAX_LENGTH = 64;
    /**
     * The most settings whose siblings are searched: the search is linear, once per such value, so a generated file of
     * a million {@code x.password=cfg.password} lines would be quadratic; configuration written as code is far smaller.
     */
    private static final int MAX_SCANNED = 20_000;

    private OwnFieldReferences() {
    }

    /**
     * What computes a value that reads its own field from the code's object, when a sibling reads its own from the
     * same object.
     *
     * @param setting a setting as written
     * @param settings every setting, for its siblings
     * @return a description (never the value), or {@code null}
     */
    static @Nullable String readBy(Setting setting, Settings settings) {
        String value = setting.value();
        int object = ownFieldObject(setting.key(), value);
        if (object < 0) {
            return null; // the cheap test first: almost no value ends in its key's own last word after a dot
        }
        String key = setting.key();
        int parent = key.lastIndexOf('.');
        Optional<String> file = setting.origin().file();
        if (file.isEmpty() || settings.size() > MAX_SCANNED) {
            return null;
        }
        for (Setting other : settings.list()) {
            if (other == setting || !other.key().regionMatches(0, key, 0, parent + 1)
                    || other.key().indexOf('.', parent + 1) >= 0) {
                continue;
            }
            int otherObject = ownFieldObject(other.key(), other.value());
            if (otherObject == object && other.value().regionMatches(0, value, 0, object)
                    && file.equals(other.origin().file())) {
                return "the code's object " + value.substring(0, object) + ", which reads each field at run time";
            }
        }
        return null;
    }

    /**
     * The length of the object part of a value that is {@code object.field} with the field the key's last word, or
     * {@code -1}.
     */
    private static int ownFieldObject(String key, String value) {
        int length = value.length();
        if (length < 5 || length > MAX_LENGTH || !isNameStart(value.charAt(0))) {
            return -1;
        }
        int dot = value.lastIndexOf('.');
        int field = length - dot - 1;
        if (dot < 2 || field < 3 || key.length() <= field
                || key.regionMatches(true, Math.max(0, key.length() - length), value, 0, length)) {
            return -1;
        }
        char before = key.charAt(key.length() - field - 1);
        if (before != '.' && before != '_' && before != ']'
                || !key.regionMatches(true, key.length() - field, value, dot + 1, field)) {
            return -1;
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (!(isNameStart(c) || c >= '0' && c <= '9' || c == '.' && i > 0 && value.charAt(i - 1) != '.')) {
                return -1;
            }
        }
        if (value.regionMatches(true, 0, "your", 0, 4) || value.regionMatches(true, 0, "my.", 0, 3)
                || value.regionMatches(true, 0, "example", 0, 7) || value.regionMatches(true, 0, "change", 0, 6)) {
            return -1;
        }
        return dot;
    }

    private static boolean isNameStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '$';
    }
}
