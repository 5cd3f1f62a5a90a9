package dev.readiness.gates.secrets;

import org.jspecify.annotations.Nullable;

/**
 * A secret written as {@code name:password}, the form HTTP Basic credentials, Redis ACL logins and service-to-service
 * auth settings take before encoding ({@code audit.service.auth=pttg-ip-hmrc:abc123},
 * {@code SHARED_SECRET=36f75abc…:password}): the password after the one colon is what guards the service, and a
 * strong-looking name in front of it does not make {@code abc123} or {@code password} stronger. Only one colon, a
 * name of letters, digits and {@code . _ - @} and a password without spaces or {@code /} are read: a URL, a path,
 * a hash with its parameters ({@code pbkdf2:sha256:…}), a time ({@code 12:30}) and an encoding prefix
 * ({@code base64:…}, {@code hex:…}) are not pairs. Stateless.
 */
final class ColonPairPasswords {

    private static final int MIN_NAME = 2;

    private ColonPairPasswords() {
    }

    /**
     * The password of a {@code name:password} value.
     *
     * @param value the value as written; not retained
     * @return the part after the colon, or {@code null} when the value is no such pair
     */
    static @Nullable String password(String value) {
        int colon = value.indexOf(':');
        if (colon < MIN_NAME || colon == value.length() - 1 || value.indexOf(':', colon + 1) >= 0) {
            return null;
        }
        boolean letter = false;
        for (int i = 0; i < colon; i++) {
            char c = value.charAt(i);
            boolean alpha = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            letter |= alpha;
            if (!alpha && !(c >= '0' && c <= '9') && c != '.' && c != '_' && c != '-' && c != '@') {
                return null;
            }
        }
        if (!letter || value.regionMatches(true, 0, "base64", 0, colon) && colon == 6
                || value.regionMatches(true, 0, "hex", 0, colon) && colon == 3) {
            return null;
        }
        for (int i = colon + 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= ' ' || c == '/' || c == '$' || c == '{' || c == '%') {
                return null;
            }
        }
        return value.substring(colon + 1);
    }
}
