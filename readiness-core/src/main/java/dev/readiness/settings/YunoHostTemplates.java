package dev.readiness.settings;

import dev.readiness.internal.Quotes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Configuration templates of YunoHost packages ({@code conf/} of a {@code *_ynh} repository), whose whole
 * {@code __NAME__} values the installer fills from the app's settings: {@code ynh_add_config} replaces each
 * {@code __NAME__} with the setting {@code name} ({@code __DB_PWD__} with the database password it generated,
 * {@code __MAIL_PWD__}, {@code __DB_USER__}, {@code __PORT__}). A file is such a template when a value in it holds one
 * of the keywords the helper defines for every app ({@code __APP__}, {@code __INSTALL_DIR__}, formerly
 * {@code __FINALPATH__}, {@code __NAMETOCHANGE__}) or one of its {@code __YNH_…__} variables; the same marker in a
 * file without one ({@code DATABASE_PASSWORD=__DB_PASSWORD__} in an application's own {@code .env} a deploy script is
 * meant to fill) stays template text that was never replaced.
 *
 * <p>Forty-first pass: any file whose markers also fill <em>parts</em> of values is a template a machine renders
 * ({@code restapi.listen=0.0.0.0:__PATRONI_API_PORT__} beside {@code password=__POSTGRES_SUPERUSER_PASSWORD__} in a
 * Patroni {@code patroni.yml.tpl} its entrypoint fills; {@code DJANGO_ALLOWED_HOSTS=…,__SUBDOMAIN__.example.org} beside
 * {@code DJANGO_SECRET_KEY=__SECRETKEY__} in a Kubernetes Secret template a deploy pipeline fills): a person filling a
 * template by hand replaces whole values, a renderer replaces every marker wherever it stands. Every labelled file with
 * whole markers that was reported as never filled ({@code .env.dist}, {@code koha-conf.xml}, Authelia's
 * {@code configuration.yml}, deploy {@code .env} files) holds whole markers only. Keys are not read for it: capital
 * environment names nest with double underscores ({@code APP__DB__HOST}). Stateless; reads a snapshot's values only
 * once one whole marker is met.
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
        if (length >= 5 && value.charAt(0) == '[') {
            return isBracketMarker(value);
        }
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
     * Whether a value is one whole bracketed marker, {@code [NAME_PART]}: capitals and digits in two or more words
     * joined by single underscores, opening with a letter (Traccar's {@code [DATABASE_PASSWORD]} that a deploy step
     * fills). One word ({@code [PASSWORD]}, {@code [USER]}), lower case ({@code [password]}) or blanks
     * ({@code [DB PASSWORD]}) are a person's stand-in text, not a variable's name.
     */
    private static boolean isBracketMarker(String value) {
        int length = value.length();
        if (value.charAt(length - 1) != ']' || !(value.charAt(1) >= 'A' && value.charAt(1) <= 'Z')) {
            return false;
        }
        boolean joined = false;
        for (int i = 2; i < length - 1; i++) {
            char c = value.charAt(i);
            if (c == '_') {
                if (value.charAt(i - 1) == '_' || i == length - 2) {
                    return false;
                }
                joined = true;
            } else if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return joined;
    }

    /**
     * The files of a snapshot whose whole markers a machine fills, each with what fills them: a YunoHost template (a
     * value holds one of the helper's own keywords) or a rendered template (a marker fills part of a value).
     *
     * @param settings the snapshot
     * @return file → description of the filler, empty when no file is such a template
     */
    static Map<String, String> templateFiles(Settings settings) {
        Map<String, String> files = Map.of();
        for (Setting setting : settings.list()) {
            String value = setting.value();
            if (value.indexOf("__") < 0 && value.indexOf('[') < 0) {
                continue;
            }
            String filler = holdsOwnKeyword(value) ? YUNOHOST : fillsPartOfValue(value) ? RENDERER : null;
            String file = setting.origin().file().orElse(null);
            if (filler != null && file != null) {
                if (files.isEmpty()) {
                    files = new HashMap<>(2);
                }
                if (filler == YUNOHOST || !files.containsKey(file)) {
                    files.put(file, filler);
                }
            }
        }
        return files;
    }

    private static final String YUNOHOST = "the YunoHost installer, which replaces %s with the app's setting";
    private static final String RENDERER = "the renderer of this template file, which replaces %s wherever it stands "
            + "(its markers also fill parts of values)";

    /**
     * What fills a whole marker of a rendered template, or {@code null}.
     *
     * @param setting a setting whose value is a marker or is assembled from markers ({@link #markersOf})
     * @param markers the markers it is written with
     * @param templateFiles what {@link #templateFiles} found
     * @return a description naming the marker, never a value
     */
    static @Nullable String filledBy(Setting setting, String markers, Map<String, String> templateFiles) {
        String file = setting.origin().file().orElse(null);
        String filler = file == null ? null : templateFiles.get(file);
        return filler == null ? null : String.format(java.util.Locale.ROOT, filler, markers);
    }

    /**
     * The markers a value is written with when it is one marker or assembled from two or more
     * ({@code jdbc:[DATABASE_RDBMS]://[DATABASE_HOST]:[DATABASE_PORT]/…}, whose every part the renderer writes), as
     * a text naming the markers only; {@code null} for a value with one marker among other text or none.
     *
     * @param value a setting's value as written
     * @return the markers, or {@code null}
     */
    static @Nullable String markersOf(String value) {
        if (value.indexOf("__") < 0 && value.indexOf('[') < 0) {
            return null;
        }
        if (isMarker(value)) {
            return value;
        }
        java.util.regex.Matcher matcher = MARKER.matcher(value);
        StringBuilder markers = new StringBuilder();
        int count = 0;
        while (matcher.find()) {
            markers.append(count++ == 0 ? "" : ", ").append(matcher.group());
        }
        return count >= 2 ? markers.toString() : null;
    }

    /**
     * Whether a value holds a marker joined to other text ({@code 0.0.0.0:__PORT__}, {@code __SUBDOMAIN__.acme.org},
     * {@code __DOMAIN____PATH__}); a whole marker, with surrounding quotes, blanks or a flattened block's trailing
     * {@code \n}, is not a part.
     */
    static boolean fillsPartOfValue(String value) {
        String text = value.strip();
        while (text.endsWith("\\n")) {
            text = text.substring(0, text.length() - 2).strip();
        }
        text = Quotes.unquoted(text);
        return !isMarker(text) && MARKER.matcher(text).find();
    }

    /** A marker anywhere in a text: {@code __}, capital words joined by single underscores, {@code __}. */
    private static final java.util.regex.Pattern MARKER = java.util.regex.Pattern.compile(
            "__[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*__|\\[[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\]");

    private static boolean holdsOwnKeyword(String value) {
        for (String keyword : OWN_KEYWORDS) {
            if (value.contains(keyword)) {
                return true;
            }
        }
        return false;
    }
}
