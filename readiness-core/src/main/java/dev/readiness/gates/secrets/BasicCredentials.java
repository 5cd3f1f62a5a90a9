package dev.readiness.gates.secrets;

import java.util.Optional;

/**
 * A value written as the HTTP {@code Authorization} header of Basic authentication: {@code Basic } and the base64 of
 * {@code user:password} ({@code nexus.admin.auth=Basic YWRtaW46YWRtaW4xMjM=}, {@code PROXY_AUTH=Basic …}). The
 * encoding hides nothing: whoever reads the value has the password, and {@code admin:admin123} is no stronger for
 * being base64. Only canonical base64 of printable text with a {@code :} after the user is read
 * ({@link EncodedSecrets}), from four characters on ({@code Basic YWRtaW46} is {@code admin:}, an empty password); a
 * template ({@code Basic <base64_credentials>}), a word ({@code Basic realm}) or a token that decodes to bytes or to
 * text without a colon is not. Stateless.
 */
final class BasicCredentials {

    private static final String SCHEME = "basic ";

    private BasicCredentials() {
    }

    /**
     * The password of the credentials a Basic authorization value carries.
     *
     * @param value the value as written; not retained
     * @return the password, or empty when the value is no Basic authorization of {@code user:password}
     */
    static Optional<String> password(String value) {
        int length = value.length();
        if (length < SCHEME.length() + 4 || (value.charAt(0) | 0x20) != 'b'
                || !value.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return Optional.empty();
        }
        String text = EncodedSecrets.printableText(value.substring(SCHEME.length()).trim(), 4);
        int colon = text == null ? -1 : text.indexOf(':');
        return colon > 0 ? Optional.of(text.substring(colon + 1)) : Optional.empty();
    }
}
