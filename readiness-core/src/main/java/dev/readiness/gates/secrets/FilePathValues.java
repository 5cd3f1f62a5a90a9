package dev.readiness.gates.secrets;

import java.util.Locale;
import java.util.Set;

/**
 * Values that name a file rather than hold key material: {@code https.private_key=/etc/ssl/private/site.key},
 * {@code JWT_SECRET_KEY=%kernel.project_dir%/config/jwt/private.pem}, {@code ssl.keystore=./certs/server.p12}, and
 * installers' stand-ins of the same shape ({@code /your/private/key/path}). A path is rooted ({@code /}, {@code ./},
 * {@code ../}, {@code ~/}, a {@code %parameter%/} or a drive letter) and made of at least two segments of file-name
 * characters; its last segment has a file extension or every segment is lower case, or (thirty-sixth pass) its
 * capitals only open words of a directory's name and its last segment is lower case ({@code /app/Rosemary-Vanilla/keys}). A random secret written in
 * base64 can start with a slash, but mixes cases without an extension, and usually holds {@code +} or {@code =}.
 * A relative name counts too when it ends in an extension of key and certificate files ({@code rsa_private_key.pem},
 * {@code keys/jwt.key}, {@code server.p12}), and so does a configuration file's name, as charts give the key of a
 * Secret that holds one ({@code configSecretKey: config.yaml}): key material never ends that way. So does a comma-separated list of
 * paths ({@code uri.pass.auth=/actuator/prometheus,/api/v1/doc.html}). Stateless.
 */
final class FilePathValues {

    private static final int MAX_LENGTH = 512;

    /** The shortest value read as random segments: a secret of 24 bytes or more in base64. */
    private static final int RANDOM_MIN_LENGTH = 32;

    /** The shortest segment of a random value; directory names are mostly shorter. */
    private static final int RANDOM_MIN_SEGMENT = 8;

    private static final Set<String> KEY_FILE_EXTENSIONS = Set.of("pem", "key", "crt", "cer",
            "der", "p8", "p12", "pfx", "jks", "jceks", "bcfks", "keystore", "truststore", "pub", "gpg", "asc", "yaml", "yml",
            "json", "toml", "properties", "conf", "ini");

    /** Last words of a key that holds the directory its sibling's file is in. */
    private static final java.util.List<String> DIRECTORY_WORDS = java.util.List.of("dir", "directory", "folder", "path");

    /** Last parts of a key that name the secret itself, not a file of it ({@link #namesFileOfItsKey}). */
    private static final Set<String> SECRET_NOUNS = Set.of("password", "passphrase", "secret", "token", "key",
            "apikey", "pass", "credentials", "credential", "auth");

    private static final java.util.List<String> PLURAL = java.util.List.of("", "s");

    private FilePathValues() {
    }

    /**
     * Whether a relative path names a file after its key's own last part: Laminas's
     * {@code zf-mvc-auth.authentication.http.htpasswd=data/htpasswd}, the basic-auth user file under the application's
     * data directory (forty-first pass). The value is two or more segments of lower-case letters, digits, {@code .},
     * {@code _} and {@code -} joined by {@code /}, not rooted (a rooted path is {@link #isPath}'s), and its last
     * segment is the key's last dotted part in lower case. Key material is not written as a directory and the name
     * of the setting it fills; an htpasswd line ({@code admin:$apr1$…}), a bare {@code htpasswd} and a path whose file
     * is named otherwise ({@code data/secret}) stay judged, and so does a key whose last part is the plain name of a
     * secret ({@code app.password=admin/password} reads as a user and a password, not as a file).
     *
     * @param key the secret's key
     * @param value the trimmed value
     * @return {@code true} for a relative path to a file named after the key
     */
    static boolean namesFileOfItsKey(String key, String value) {
        int slash = value.lastIndexOf('/');
        int length = value.length();
        if (slash <= 0 || slash == length - 1 || length > 200) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-'
                    || c == '/' && i > 0 && value.charAt(i - 1) != '/')) {
                return false;
            }
        }
        if (value.charAt(0) == '.' || value.charAt(0) == '~') {
            return false;
        }
        int dot = key.lastIndexOf('.');
        String lastPart = key.substring(dot + 1);
        return lastPart.length() >= 4 && lastPart.length() == length - slash - 1
                && value.regionMatches(true, slash + 1, lastPart, 0, lastPart.length())
                && !SECRET_NOUNS.contains(lastPart.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a short lower-case name under a key is a file's name inside the directory a sibling key gives, or the
     * name of the file a sibling gives ({@link #namesSiblingFile}): the
     * sibling is the key, or its plural, followed by a directory word ({@code CONTAINER_PRIVATE_KEY=barito} beside
     * {@code CONTAINER_PRIVATE_KEYS_DIR=/opt/app/config/private_keys}, {@code ssl.key=server} beside
     * {@code ssl.key.dir=/etc/ssl/private}), and its value is a rooted path. Key material is never a short name of
     * lower-case letters; a random, mixed-case or digit-bearing value stays judged, and so does a name without such a
     * sibling.
     *
     * @param settings the configuration
     * @param key the secret's key
     * @param value the trimmed value
     * @return {@code true} for a file name in a sibling's directory
     */
    static boolean namesFileInSiblingDirectory(dev.readiness.settings.Settings settings, String key, String value) {
        int length = value.length();
        if (length < 2 || length > 40 || !(value.charAt(0) >= 'a' && value.charAt(0) <= 'z')) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c == '-' || c == '_' || c == '.')) {
                return false;
            }
        }
        for (String plural : PLURAL) {
            for (String word : DIRECTORY_WORDS) {
                java.util.Optional<dev.readiness.settings.Setting> sibling = settings.get(key + plural + "." + word);
                if (sibling.isPresent() && isDirectory(sibling.get().value().trim())) {
                    return true;
                }
            }
        }
        return namesSiblingFile(settings, key, value);
    }

    /** The words that replace a key's last word to give the file that holds what the key names. */
    private static final java.util.List<String> FILE_WORDS = java.util.List.of("file", "path");

    /**
     * Whether a name of two or more lower-case words is the name of the file a sibling gives, the sibling being the key
     * with its last word replaced by {@code FILE} or {@code PATH} ({@code PEPPER_KEY=pepper_master} beside
     * {@code PEPPER_FILE=./secrets/pepper_master.encrypted}): the key names the secret by the name it is stored and
     * looked up under (a keyring's key, a KMS key), and the file holds it. The file's name must be the value followed
     * by an extension; a secret written beside the file it is also kept in ({@code JWT_SECRET=jwt_secret} beside
     * {@code JWT_SECRET_FILE=/run/secrets/jwt}) stays judged.
     */
    private static boolean namesSiblingFile(dev.readiness.settings.Settings settings, String key, String value) {
        int joiner = Math.max(value.indexOf('_'), value.indexOf('-'));
        if (joiner <= 0 || joiner == value.length() - 1) {
            return false;
        }
        int end = key.length();
        int start = end;
        while (start > 0 && Character.isLetterOrDigit(key.charAt(start - 1))
                && !(start < end && Character.isUpperCase(key.charAt(start)) && Character.isLowerCase(key.charAt(start - 1)))) {
            start--;
        }
        if (start == 0 || start == end) {
            return false;
        }
        boolean upper = Character.isUpperCase(key.charAt(end - 1));
        boolean capital = !upper && Character.isUpperCase(key.charAt(start));
        for (String word : FILE_WORDS) {
            String spelled = upper ? word.toUpperCase(java.util.Locale.ROOT)
                    : capital ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word;
            java.util.Optional<dev.readiness.settings.Setting> sibling = settings.get(key.substring(0, start) + spelled);
            if (sibling.isEmpty()) {
                continue;
            }
            String path = sibling.get().value().trim();
            int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
            String name = path.substring(slash + 1);
            if (slash >= 0 && name.length() > value.length() + 1 && name.startsWith(value)
                    && name.charAt(value.length()) == '.') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a directory key's value is a rooted path ({@code /opt/BaritoMarket/config/private_keys}, {@code ./keys}):
     * the key names a directory, so mixed case without an extension is as likely as any other name.
     */
    private static boolean isDirectory(String value) {
        int length = value.length();
        if (length < 2 || length > MAX_LENGTH || value.indexOf('/') < 0 || rootLength(value) < 0) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (!(c == '/' || c == '\\' || Character.isUpperCase(c) || isFileNameChar(c))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a value is a file-system path.
     *
     * @param value the value as written
     * @return {@code true} for a rooted path of file-name segments
     */
    static boolean isPath(String value) {
        int length = value.length();
        if (length < 3 || length > MAX_LENGTH) {
            return false;
        }
        int comma = value.indexOf(',');
        if (comma > 0) {
            return isPathList(value, comma);
        }
        return isOnePath(value, length);
    }

    /**
     * Whether every item of a comma-separated list is a path ({@code /actuator/prometheus,/api/v1/doc.html}, the
     * paths a filter lets through): no key material holds a comma followed by a path.
     */
    private static boolean isPathList(String value, int firstComma) {
        int start = 0;
        int comma = firstComma;
        while (true) {
            int end = comma < 0 ? value.length() : comma;
            String item = value.substring(start, end).trim();
            if (item.length() < 3 || item.indexOf(',') >= 0 || !isOnePath(item, item.length())) {
                return false;
            }
            if (comma < 0) {
                return true;
            }
            start = comma + 1;
            comma = value.indexOf(',', start);
        }
    }

    private static boolean isOnePath(String value, int length) {
        int start = rootLength(value);
        if (start < 0) {
            return isKeyFileName(value);
        }
        if (start >= length) {
            return false;
        }
        int segments = 0;
        boolean lowerCase = true;
        boolean capitalisedWords = true;
        boolean lastLowerCase = true;
        int segmentStart = start;
        for (int i = start; i <= length; i++) {
            char c = i < length ? value.charAt(i) : '/';
            if (c == '/' || c == '\\') {
                if (i > segmentStart) {
                    segments++;
                }
                segmentStart = i + 1;
                lastLowerCase = true;
            } else if (Character.isUpperCase(c)) {
                lowerCase = false;
                lastLowerCase = false;
                char before = value.charAt(i - 1);
                capitalisedWords &= c < 128 && (i == segmentStart || before == '-' || before == '_' || before == '.');
            } else if (!isFileNameChar(c)) {
                return false;
            }
        }
        boolean extension = hasExtension(value);
        boolean worded = capitalisedWords && lastLowerCase && segments >= 2;
        return (segments >= 2 || start > 1 && segments >= 1) && (lowerCase || extension || worded)
                && (extension || !hasRandomSegments(value, start));
    }

    /**
     * Whether a rooted, extension-less value of lower-case letters and digits is made of random segments rather than
     * names: at least {@value #RANDOM_MIN_LENGTH} characters, every segment at least {@value #RANDOM_MIN_SEGMENT}
     * letters and digits without a separator, and at least half of them mixing letters with digits
     * ({@code /njrhntbycva…k1zycw/0xrvwjjv…/vsvbre…6u8rcg}, a secret in lower-case base64 that happens to start with a
     * slash). Directories have short or worded segments ({@code /var/lib/app}, {@code /opt/app2/private_keys},
     * {@code /etc/secrets/stolon/password}).
     */
    private static boolean hasRandomSegments(String value, int start) {
        int length = value.length();
        if (length < RANDOM_MIN_LENGTH) {
            return false;
        }
        int segments = 0;
        int mixed = 0;
        int segmentLength = 0;
        boolean letter = false;
        boolean digit = false;
        for (int i = start; i <= length; i++) {
            char c = i < length ? value.charAt(i) : '/';
            if (c == '/' || c == '\\') {
                if (segmentLength == 0) {
                    continue;
                }
                if (segmentLength < RANDOM_MIN_SEGMENT) {
                    return false;
                }
                segments++;
                mixed += letter && digit ? 1 : 0;
                segmentLength = 0;
                letter = false;
                digit = false;
            } else if (c >= 'a' && c <= 'z') {
                letter = true;
                segmentLength++;
            } else if (c >= '0' && c <= '9') {
                digit = true;
                segmentLength++;
            } else {
                return false;
            }
        }
        return segments >= 2 && 2 * mixed >= segments;
    }

    private static boolean isKeyFileName(String value) {
        int dot = value.lastIndexOf('.');
        if (dot < 1 || !KEY_FILE_EXTENSIONS.contains(value.substring(dot + 1).toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int i = 0; i < dot; i++) {
            char c = value.charAt(i);
            boolean separator = c == '/' || c == '\\';
            if (separator && (i == 0 || value.charAt(i - 1) == '/' || value.charAt(i - 1) == '\\')
                    || !separator && !isFileNameChar(Character.toLowerCase(c))) {
                return false;
            }
        }
        return true;
    }

    private static int rootLength(String value) {
        char first = value.charAt(0);
        if (first == '/') {
            return value.length() > 1 && value.charAt(1) == '/' ? -1 : 1;
        }
        if (value.startsWith("./") || value.startsWith("~/")) {
            return 2;
        }
        if (value.startsWith("../")) {
            return 3;
        }
        if (first == '%') {
            int close = value.indexOf("%/", 1);
            return close > 1 ? close + 2 : -1;
        }
        if (value.length() > 3 && Character.isLetter(first) && value.charAt(1) == ':'
                && (value.charAt(2) == '\\' || value.charAt(2) == '/')) {
            return 3;
        }
        return -1;
    }

    private static boolean isFileNameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-';
    }

    private static boolean hasExtension(String value) {
        int dot = value.lastIndexOf('.');
        int slash = Math.max(value.lastIndexOf('/'), value.lastIndexOf('\\'));
        int extension = value.length() - dot - 1;
        return dot > slash + 1 && extension >= 2 && extension <= 5;
    }
}
