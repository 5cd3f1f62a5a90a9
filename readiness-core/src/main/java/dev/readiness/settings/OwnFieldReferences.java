package dev.readiness.settings;

import java.util.HashMap;
import java.util.Map;
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

    private OwnFieldReferences() {
    }

    /**
     * The settings of a snapshot that read their own field from a code object, counted by file, parent key and
     * object, in one pass: searching every sibling for each such value cost the square of the snapshot's size, before
     * any gate and outside every timeout (thirty-sixth pass: 20,000 lines {@code x.a1_password=c1.password}, 39 s of
     * CPU). Immutable once made.
     */
    static final class Siblings {

        private final Map<String, Integer> counts = new HashMap<>();

        private Siblings(Settings settings) {
            for (Setting setting : settings.list()) {
                String id = id(setting);
                if (id != null) {
                    counts.merge(id, 1, Integer::sum);
                }
            }
        }

        private boolean hasOther(String id) {
            return counts.getOrDefault(id, 0) > 1;
        }
    }

    /**
     * The siblings of a snapshot, to ask with {@link #readBy(Setting, Siblings)}.
     *
     * @param settings every setting
     * @return the count of own-field readers by file, parent and object
     */
    static Siblings siblings(Settings settings) {
        return new Siblings(settings);
    }

    /** File, parent key and object of a setting that reads its own field, or {@code null}. */
    private static @Nullable String id(Setting setting) {
        String value = setting.value();
        int object = value.indexOf('.') > 1 ? ownFieldObject(setting.key(), value) : -1;
        Optional<String> file = object < 0 ? Optional.empty() : setting.origin().file();
        if (file.isEmpty()) {
            return null;
        }
        String key = setting.key();
        return file.get() + '\n' + key.substring(0, key.lastIndexOf('.') + 1) + '\n' + value.substring(0, object);
    }

    /**
     * What computes a value that reads its own field from the code's object, when a sibling reads its own from the
     * same object.
     *
     * @param setting a setting as written
     * @param siblings the snapshot's {@link #siblings(Settings) own-field readers}
     * @return a description (never the value), or {@code null}
     */
    static @Nullable String readBy(Setting setting, Siblings siblings) {
        String id = id(setting);
        if (id == null || !siblings.hasOther(id)) {
            return null;
        }
        String value = setting.value();
        return "the code's object " + value.substring(0, value.lastIndexOf('.'))
                + ", which reads each field at run time";
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
