package dev.readiness.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The credentials a value carries inside it whatever its key is called: the password of a URL's user information
 * ({@code postgres://app:s3cr3t@db/orders}, also inside a longer text), and the text of a {@code password=},
 * {@code pwd=}, {@code secret=}, {@code token=}, {@code access_token=}, {@code key=} or {@code sig=} parameter (also
 * {@code secretKey=}, {@code private_key=}, {@code sessionToken=} and the like) of a query, a JDBC {@code ;} property
 * list, a connection string or a JAAS line ({@code password="s3cr3t";}). A gate that quotes
 * {@code spring.datasource.url} quotes its password: the scrubber must know these too. The user information of a
 * {@code vault://} location ({@code spring.config.import=vault://TOKEN@host}) is its token. So is the password of a
 * host list entry written without a scheme ({@code spring.kafka.bootstrap-servers=admin:s3cr3t@kafka1:9092,kafka2:9092},
 * {@code spring.rabbitmq.addresses=app:s3cr3t@rabbit1:5672}, which Spring Boot reads as {@code user:password@host}).
 * Stateless.
 */
public final class EmbeddedCredentials {

    /** Values longer than this are not searched: no setting of that size is a URL or a connection string. */
    private static final int MAX_LENGTH = 1 << 16;

    private static final Pattern PARAMETER = Pattern.compile(
            "(?i)(?<![a-z0-9])(?:password|passwd|pwd|pass|secret|client_?secret|token|access_token|auth_?token"
                    + "|api_?key|apikey|key|sig|signature"
                    + "|(?:secret|access|private|security|session|signing|master)[_-]?(?:key|token))"
                    + "\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|\\{([^}]*)\\}"
                    + "|([^&;,\\s\"')}]*))");

    /**
     * A host list entry with user information and no scheme: at the start of the value or after a comma or a blank,
     * a user without {@code :}, {@code @}, {@code /} or blanks, a colon, the password up to the {@code @} that a host
     * follows directly.
     */
    private static final Pattern BARE_USER_INFO = Pattern.compile(
            "(?:^|[,\\s])[^:@,\\s/]+:([^@,\\s/]*)@[A-Za-z0-9\\[]");

    private EmbeddedCredentials() {
    }

    /**
     * The credentials inside a value, each as written and, when it differs, percent-decoded.
     *
     * @param value a setting's value
     * @return the credentials, possibly empty
     */
    static List<String> of(String value) {
        if (value.length() > MAX_LENGTH || value.indexOf('@') < 0 && value.indexOf('=') < 0) {
            return List.of();
        }
        List<String> found = new ArrayList<>(0);
        for (int scheme = value.indexOf("://"); scheme >= 0; scheme = value.indexOf("://", scheme + 3)) {
            userInfoPassword(value, scheme + 3, found);
            if (scheme >= 5 && value.regionMatches(true, scheme - 5, "vault", 0, 5)) {
                vaultToken(value, scheme + 3, found);
            }
        }
        if (value.indexOf('@') >= 0) {
            Matcher bare = BARE_USER_INFO.matcher(value);
            while (bare.find()) {
                add(bare.group(1), found);
            }
        }
        if (value.indexOf('=') >= 0) {
            Matcher matcher = PARAMETER.matcher(value);
            while (matcher.find()) {
                for (int group = 1; group <= 4; group++) {
                    if (matcher.group(group) != null) {
                        add(matcher.group(group), found);
                    }
                }
            }
        }
        return found;
    }

    /**
     * A text with every credential a value carries replaced by {@code [redacted]}, longest first: for a message that
     * quotes the value or a path made of it, such as an error naming a {@code spring.config.import} location that
     * finds no file ({@code file://admin:PASSWORD@host/app.yml}).
     *
     * @param text the message
     * @param value the value whose credentials the message may quote
     * @return the message without them
     */
    public static String redacted(String text, String value) {
        List<String> credentials = new ArrayList<>(of(value));
        if (credentials.isEmpty()) {
            return text;
        }
        credentials.sort((one, other) -> other.length() - one.length());
        String shown = text;
        for (String credential : credentials) {
            shown = shown.replace(credential, "[redacted]");
        }
        return shown;
    }

    /** The password between the first {@code :} and the last {@code @} of the authority starting there. */
    private static void userInfoPassword(String value, int start, List<String> found) {
        int end = start;
        while (end < value.length() && "/?# \t\r\n\"'<>".indexOf(value.charAt(end)) < 0) {
            end++;
        }
        int at = value.lastIndexOf('@', end - 1);
        if (at < start) {
            return;
        }
        int colon = value.indexOf(':', start);
        if (colon >= 0 && colon < at) {
            add(value.substring(colon + 1, at), found);
        }
    }

    /**
     * The token of a {@code vault://TOKEN@host/path} location: the user information of a {@code vault:} URL without a
     * colon is the token it authenticates with, not a user name.
     */
    private static void vaultToken(String value, int start, List<String> found) {
        int end = start;
        while (end < value.length() && "/?# \t\r\n\"'<>,".indexOf(value.charAt(end)) < 0) {
            end++;
        }
        int at = value.lastIndexOf('@', end - 1);
        if (at > start && value.lastIndexOf(':', at) < start) {
            add(value.substring(start, at), found);
        }
    }

    /** Adds a credential; a reference ({@code ${DB_PASSWORD}}) is a name, printed by findings that name it. */
    private static void add(String credential, List<String> found) {
        if (credential.isEmpty() || credential.contains("${")) {
            return;
        }
        found.add(credential);
        if (credential.indexOf('%') >= 0) {
            try {
                String decoded = URLDecoder.decode(credential, StandardCharsets.UTF_8);
                if (!decoded.equals(credential)) {
                    found.add(decoded);
                }
            } catch (IllegalArgumentException notEncoded) {
                // a % that starts no escape: the text as written is all there is
            }
        }
    }
}
