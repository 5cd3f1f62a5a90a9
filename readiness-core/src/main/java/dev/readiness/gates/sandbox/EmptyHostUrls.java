package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.settings.Setting;
import org.jspecify.annotations.Nullable;

/**
 * A web URL with no host: {@code JWT_ISSUER=https:///oauth2}, {@code PUBLIC_URL=https:///}. What a template
 * leaves when the variable meant to fill the host ({@code https://${LMS_HOST}/oauth2}) expanded to nothing at
 * generation time. An {@code http}, {@code https}, {@code ws} or {@code wss} URL needs a host (RFC 3986 section 3.2.2,
 * RFC 9110 section 4.2.1), so no client reaches it and no token naming it as issuer is accepted. A {@code file:///}
 * URL, whose host may be empty, a scheme written alone ({@code https://}, a scheme switch's value), a listener's
 * {@code http://:4180} (oauth2-proxy's every interface) and a template's {@code https://#{HOST}} are not read. A web
 * URL whose host is words with a space between them ({@code https://YOUR DOMAIN/apps}) names no host either
 * (thirty-eighth pass). Stateless.
 */
final class EmptyHostUrls {

    private static final int MAX_LENGTH = 2048;

    private EmptyHostUrls() {
    }

    /**
     * The finding on a web URL whose host is empty, or {@code null}.
     *
     * @param setting the setting, judged for production
     * @param value its stripped, unquoted value
     * @return a NO-GO {@code sandbox.reserved-host}, or {@code null}
     */
    static @Nullable Finding judge(Setting setting, String value) {
        int length = value.length();
        if (length < 6 || length > MAX_LENGTH) {
            return null;
        }
        int separator = schemeEnd(value);
        if (separator < 0 || separator + 3 >= length) {
            return null;
        }
        if (value.charAt(separator + 3) != '/') {
            // http://:4180 is a listener on every interface; https://#{HOST} Elixir's interpolation
            return wordsForHost(value, separator + 3) ? wordedHost(setting) : null;
        }
        return Finding.noGo("sandbox.reserved-host", setting)
                .message(setting.key() + " holds a web URL with no host (" + value.substring(0, separator + 4)
                        + "…): the part meant to name the host was left empty, as when a template's variable expanded "
                        + "to nothing, so no client reaches it and no token naming it is accepted.")
                .remediation("Write the production host into " + setting.key() + " (https://its-domain/…).")
                .build();
    }

    /**
     * Whether a web URL's authority is words with a space between them ({@code https://YOUR DOMAIN/apps/…},
     * {@code https://(Domain Name)/oauth2/callback}): the text a template asks the reader to replace. No host name
     * holds a space, and nothing expands plain words. The authority runs from after {@code ://} to the first
     * {@code /}, {@code ?} or {@code #} and may hold only letters, digits, {@code .}, {@code -}, {@code _},
     * parentheses and spaces: a list of URLs ({@code https://a.example https://b.example}, a colon in the second), a
     * comment after the value ({@code http://localhost:5173 # dev}), a port, and a template's {@code {{ env "DOMAIN" }}},
     * {@code ${HOST}} or {@code <DEV ID>}, which other rules read, are not read here.
     */
    private static boolean wordsForHost(String value, int from) {
        int end = from;
        boolean space = false;
        boolean letter = false;
        while (end < value.length() && end - from <= MAX_AUTHORITY) {
            char c = value.charAt(end);
            if (c == '/' || c == '?' || c == '#') {
                break;
            }
            if (c == ' ') {
                space = true;
            } else if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                letter = true;
            } else if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '_' || c == '(' || c == ')')) {
                return false;
            }
            end++;
        }
        if (end - from > MAX_AUTHORITY) {
            return false;
        }
        while (end > from && value.charAt(end - 1) == ' ') {
            end--;
        }
        return space && letter && value.charAt(from) != ' ' && value.indexOf(' ', from) < end;
    }

    private static final int MAX_AUTHORITY = 80;

    private static Finding wordedHost(Setting setting) {
        return Finding.noGo("sandbox.reserved-host", setting)
                .message(setting.key() + " holds a web URL whose host is words with a space between them: template "
                        + "text a reader was to replace with the production host, so no client reaches it and no "
                        + "token naming it is accepted.")
                .remediation("Write the production host into " + setting.key() + " (https://its-domain/…).")
                .build();
    }

    /** The index of {@code ://} after {@code http}, {@code https}, {@code ws} or {@code wss}, or -1. */
    private static int schemeEnd(String value) {
        int separator = 2;
        while (separator <= 5 && value.charAt(separator) != ':') {
            separator++; // the scheme's colon is at 2 to 5: no scan of a long value that is no URL
        }
        if (separator > 5 || !value.startsWith("//", separator + 1)) {
            return -1;
        }
        String scheme = separator == 4 ? "http" : separator == 5 ? "https" : separator == 2 ? "ws" : "wss";
        return value.regionMatches(true, 0, scheme, 0, separator) ? separator : -1; // no substring per URL value
    }
}
