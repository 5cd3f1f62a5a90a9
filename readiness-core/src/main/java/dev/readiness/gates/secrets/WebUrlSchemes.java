package dev.readiness.gates.secrets;

/**
 * The schemes of URLs whose user information is a login that no other gate judges: web ({@code http}, {@code https},
 * {@code ws}, {@code wss}), camera streams ({@code rtsp}, {@code rtsps}: a video recorder's
 * {@code rtsp://admin:password@192.168.1.2:554/stream}) and file transfer ({@code ftp}, {@code ftps}, {@code sftp}).
 * Database, broker, cache and mail URLs are the database gate's, which judges their credentials as a pair. Stateless.
 */
final class WebUrlSchemes {

    private static final String[] SCHEMES = {"http://", "https://", "ws://", "wss://", "rtsp://", "rtsps://", "ftp://",
        "ftps://", "sftp://"};

    private WebUrlSchemes() {
    }

    /**
     * Whether a trimmed value starts with one of the schemes above, in any case.
     *
     * @param value the trimmed value
     * @return {@code true} for such a URL
     */
    static boolean carriesLogin(String value) {
        if (value.length() < 8) {
            return false;
        }
        for (String scheme : SCHEMES) {
            if (value.regionMatches(true, 0, scheme, 0, scheme.length())) {
                return true;
            }
        }
        return false;
    }
}
