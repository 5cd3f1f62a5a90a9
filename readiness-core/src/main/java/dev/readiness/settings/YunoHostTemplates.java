package dev.readiness.settings;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Configuration templates of YunoHost packages ({@code conf/} of a {@code *_ynh} repository), whose whole
 * {@code __NAME__} values the installer fills from the app's settings: {@code ynh_add_config} replaces each
 * {@code __NAME__} with the setting {@code name} ({@code __DB_PWD__} with the database password it generated,
 * {@code __MAIL_PWD__}, {@code __DB_USER__}, {@code __PORT__}). A file is such a template when a value in it holds one
 * of the keywords the helper defines for every app ({@code __APP__}, {@code __INSTALL_DIR__}, formerly
 * {@code __FINALPATH__}, {@code __NAMETOCHANGE__}) or one of its {@code __YNH_…__} variables; the same marker in a
 * file without one ({@code DATABASE_PASSWORD=__DB_PASSWORD__} in an application's own {@code .env} a deploy script is
 * meant to fill) stays template text that was never replaced. Stateless; reads a snapshot's values only once one
 * whole marker is met.
 */
final class YunoHostTemplates {

    /** The keywords {@code ynh_add_config} defines for every app, whichever settings it has. */
    private static final List<String> OWN_KEYWORDS = List.of("__APP__", "__INSTALL_DIR__", "__FINALPATH__",
            "__FINAL_PATH__", "__NAMETOCHANGE__", "__YNH_");

    private YunoHostTemplates() {
    }

    /**
     * Whether a value is one whole marker, {@code __NAME__} with NAME in capitals, digits and underscores, opening
     * with a letter (a row of underscores is no marker).
     *
     * @param value a setting's value as written
     * @return whether it is one marker
     */
    static boolean isMarker(String value) {
        int length = value.length();
        if (length < 5 || !value.startsWith("__") || !value.endsWith("__")) {
            return false;
        }
        char first = value.charAt(2);
        if (!(first >= 'A' && first <= 'Z')) {
            return false;
        }
        for (int i = 3; i < length - 2; i++) {
            char c = value.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /**
     * The files of a snapshot that are YunoHost templates: a value holds one of the helper's own keywords.
     *
     * @param settings the snapshot
     * @return the files, empty when none is
     */
    static Set<String> templateFiles(Settings settings) {
        Set<String> files = Set.of();
        for (Setting setting : settings.list()) {
            String value = setting.value();
            if (value.indexOf("__") < 0 || !holdsOwnKeyword(value)) {
                continue;
            }
            String file = setting.origin().file().orElse(null);
            if (file != null) {
                if (files.isEmpty()) {
                    files = new HashSet<>(2);
                }
                files.add(file);
            }
        }
        return files;
    }

    /**
     * What fills a whole marker of a YunoHost template, or {@code null}.
     *
     * @param setting a setting whose value {@link #isMarker is a marker}
     * @param templateFiles what {@link #templateFiles} found
     * @return a description naming the marker, never a value
     */
    static @Nullable String filledBy(Setting setting, Set<String> templateFiles) {
        String file = setting.origin().file().orElse(null);
        return file != null && templateFiles.contains(file)
                ? "the YunoHost installer, which replaces " + setting.value() + " with the app's setting" : null;
    }

    private static boolean holdsOwnKeyword(String value) {
        for (String keyword : OWN_KEYWORDS) {
            if (value.contains(keyword)) {
                return true;
            }
        }
        return false;
    }
}
