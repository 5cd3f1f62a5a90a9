package dev.readiness.gates.secrets;

import java.util.Optional;

/**
 * Credentials inside a value written as {@code ;}-separated {@code name=value} pairs other than a connection string's
 * password, which {@link UrlPasswords#pairPassword} reads: a pair whose name the key rules call a token, secret or key
 * ({@code type=charge;server=http://node:9112/;api-token=…}, a Lightning or payment node's connection string;
 * {@code Endpoint=…;SharedAccessKey=…}), and a pair whose value is a URL carrying a password
 * ({@code type=lnd-grpc;server=https://lnd:lnd@node:10009/}). Each is judged like the secret it is, so a weak or
 * default credential in the string is reported although the setting's own key names no secret. A value that is a
 * reference or a format slot ({@code ${TOKEN}}, {@code {0}}, {@code %s}) is judged where it is supplied. Stateless.
 */
final class PairCredentials {

    /** A credential found among the pairs: its text and what it is for. */
    record Credential(String value, SecretPurpose purpose) {
    }

    private PairCredentials() {
    }

    /**
     * The first credential among the pairs of a value that holds {@code ;} and {@code =}.
     *
     * @param value the setting's value
     * @param keys the key rules naming the pairs
     * @return the credential, or empty when no pair holds one
     */
    static Optional<Credential> first(String value, SecretKeys keys) {
        return UrlPasswords.firstPair(value, (name, nameEnd, from, to) -> credential(
                value.substring(name, nameEnd).trim(), UrlPasswords.unquoted(value.substring(from, to).trim()), keys));
    }

    private static Optional<Credential> credential(String name, String written, SecretKeys keys) {
        if (written.isEmpty() || written.indexOf('$') >= 0 || written.indexOf('{') >= 0 || written.indexOf('%') >= 0) {
            return Optional.empty();
        }
        if (written.indexOf("://") > 0 && written.indexOf('@') > 0) {
            return UrlPasswords.password(written).filter(password -> !password.isBlank() && password.indexOf('$') < 0)
                    .map(password -> new Credential(password, SecretPurpose.PASSWORD));
        }
        if (name.length() < 4 || !isName(name)) {
            return Optional.empty();
        }
        return keys.purpose(name).filter(purpose -> purpose != SecretPurpose.PASSWORD)
                .map(purpose -> new Credential(written, purpose));
    }

    /** A pair's name as connection strings write them: letters, digits, {@code -_.} and inner spaces, no code. */
    private static boolean isName(String name) {
        if (!Character.isLetter(name.charAt(0))) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == ' ')) {
                return false;
            }
        }
        return true;
    }
}
