package dev.readiness.settings;

import org.jspecify.annotations.Nullable;

/**
 * Look-ups written with a provider prefix, as Trino's and Presto's catalog files ({@code connection-password=
 * ${ENV:PG_PASSWORD}}), Apache Commons Text's string substitutor (ScalarDB, Karaf and others:
 * {@code ${env:DB_USER:-admin}}, {@code ${sys:user.home}}) and Microsoft Tye's bindings write them: {@code ENV} or
 * {@code env} names an environment variable and {@code sys} a system property, with an optional default after
 * {@code :-}. Spring's reading of the same text (a property named {@code ENV} whose default is the variable's name)
 * would judge the variable's name as the password; these files are no Spring files, so each such look-up is read as the
 * Spring placeholder it means ({@code ${PG_PASSWORD}}, {@code ${DB_USER:admin}}), deferred to the environment or
 * judged by its default. Other providers ({@code ${file:…}}, {@code ${vault:…}}) and a name that is no identifier stay
 * as written, and so does an {@code env} look-up of a name that is no variable's (capitals, digits and underscores):
 * {@code ${env:changeme}} in a Spring file is the property {@code env} with a default, judged as Spring reads it.
 * Stateless.
 */
final class ProviderLookUps {

    private ProviderLookUps() {
    }

    /**
     * The value with each provider look-up written as a Spring placeholder.
     *
     * @param value a setting's value as written
     * @return the rewritten value, or {@code null} when it holds no such look-up
     */
    static @Nullable String springForm(String value) {
        StringBuilder out = null;
        int copied = 0;
        int from = 0;
        int start;
        while ((start = value.indexOf("${", from)) >= 0) {
            from = start + 2;
            int name = start + 6;
            if (!(value.regionMatches(true, start + 2, "env:", 0, 4) || value.regionMatches(start + 2, "sys:", 0, 4))
                    || name >= value.length() || !isNameStart(value.charAt(name))) {
                continue;
            }
            int end = name + 1;
            while (end < value.length() && isNamePart(value.charAt(end))) {
                end++;
            }
            if (value.regionMatches(true, start + 2, "env:", 0, 4) && !isVariableName(value, name, end)) {
                continue; // ${env:changeme} in a Spring file: the property env with a default, judged as Spring reads it
            }
            boolean whole = end < value.length() && value.charAt(end) == '}';
            boolean defaulted = value.startsWith(":-", end);
            if (!whole && !defaulted) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(value.length());
            }
            out.append(value, copied, start).append("${").append(value, name, end).append(whole ? "" : ":");
            copied = whole ? end : end + 2;
            from = copied;
        }
        return out == null ? null : out.append(value, copied, value.length()).toString();
    }

    /** The prefix of the only variables Frigate substitutes into its configuration. */
    static final String FRIGATE_MARK = "{FRIGATE_";

    /**
     * The value with each of Frigate's environment references written as a Spring placeholder. Frigate, the network
     * video recorder, substitutes {@code {FRIGATE_MQTT_PASSWORD}} in its configuration with the environment variable of
     * that name, and only variables whose names begin with {@code FRIGATE_} (its documentation: "Environment variable
     * substitution"), so {@code rtsp://{FRIGATE_CAM_USER}:{FRIGATE_CAM_PASSWORD}@{FRIGATE_CAM_HOST}:554/live} reads as
     * {@code rtsp://${FRIGATE_CAM_USER}:${FRIGATE_CAM_PASSWORD}@${FRIGATE_CAM_HOST}:554/live}: supplied at run time, not
     * template text. Any other name in single braces ({@code {DB_PASSWORD}}, {@code {YOUR_API_KEY}}) stays as written,
     * and so does a name that is no variable's ({@code {FRIGATE_}}, {@code {FRIGATE_pw}}).
     *
     * @param value a setting's value as written
     * @return the rewritten value, or {@code null} when it holds no such reference
     */
    static @Nullable String frigateForm(String value) {
        StringBuilder out = null;
        int copied = 0;
        int start = value.indexOf(FRIGATE_MARK);
        while (start >= 0) {
            int name = start + 1;
            int end = start + FRIGATE_MARK.length();
            while (end < value.length() && value.charAt(end) != '}' && end - name <= 128) {
                end++;
            }
            boolean whole = end < value.length() && value.charAt(end) == '}' && end > start + FRIGATE_MARK.length()
                    && isVariableName(value, name, end) && (start == 0 || value.charAt(start - 1) != '$');
            if (whole) {
                if (out == null) {
                    out = new StringBuilder(value.length() + 8);
                }
                out.append(value, copied, start).append('$').append(value, start, end + 1);
                copied = end + 1;
            }
            start = value.indexOf(FRIGATE_MARK, whole ? end + 1 : start + 1);
        }
        return out == null ? null : out.append(value, copied, value.length()).toString();
    }

    /** An environment variable's name as these files write it: capitals, digits and underscores. */
    private static boolean isVariableName(String value, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNameStart(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_';
    }

    private static boolean isNamePart(char c) {
        return isNameStart(c) || c >= '0' && c <= '9' || c == '.';
    }
}
