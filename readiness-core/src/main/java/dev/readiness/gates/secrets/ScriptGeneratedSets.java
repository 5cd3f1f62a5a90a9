package dev.readiness.gates.secrets;

/**
 * The secrets a setup script generated in one run and wrote into the file it fills: docker-jitsi-meet's
 * {@code gen-passwords.sh} writes each XMPP account's password into {@code .env} as 32 hex digits, Activepieces'
 * deploy script its encryption key, JWT secret and database password as hex, an ESPHome {@code secrets.yaml} holds
 * every device's OTA and fallback hotspot password as 32 random letters and digits. A person who chooses a
 * deployment's passwords, or a secret store that issues them, gives them no common shape; a script gives every value
 * the same one. At least three distinct literals of one generated shape ({@link #signature}) under keys of secrets a
 * deployment makes itself (passwords, signing and encryption keys) say the file is such a script's output, and a copy
 * of it in a checked tree was committed with them: each literal of that shape in the file is probably public however
 * random it looks. A WARN, {@code secrets.likely-published}, as the installer's and the project generator's marks
 * are ({@link InstallerWrittenFiles}, {@link ProjectTemplateFiles}): the file may be the host's own, read where it
 * lives. Provider-issued keys (an API key, a signing secret a provider hands out) do not count towards the three: a
 * deployment's file gathers those from many providers, often as 32 hex digits each. Thirty-ninth pass. Two distinct
 * hex values mark the file too when a provider cannot have issued them ({@link #marksPair}, forty-fourth pass).
 * Stateless.
 */
final class ScriptGeneratedSets {

    /** No generated shape. */
    static final int NONE = 0;
    /** Lower-case hex digits of any length from {@link #HEX_MIN}: {@code openssl rand -hex N} for any N. */
    private static final int LOWER_HEX = -1;
    /** Upper-case hex digits of any length from {@link #HEX_MIN}. */
    private static final int UPPER_HEX = -2;
    /** The shortest value read: 16 characters. */
    private static final int MIN_LENGTH = 16;
    /** The shortest hex value read: 16 bytes. */
    private static final int HEX_MIN = 32;
    private static final int MAX_LENGTH = 256;
    /** Distinct literals of one shape under self-made secrets' keys that mark a file. */
    static final int MIN_SET = 3;
    /** Distinct hex literals that mark a file as a pair ({@link #marksPair}). */
    static final int MIN_PAIR = 2;
    /** 32 bytes as hex digits ({@code openssl rand -hex 32}): the length a pair of any purpose needs. */
    private static final int PAIR_ANY_PURPOSE_HEX = 64;

    private ScriptGeneratedSets() {
    }

    /**
     * The shape a generator gives a value: lower-case or upper-case hex digits of 32 characters or more (whatever
     * the length: a script asks {@code openssl rand -hex} for 16 bytes here and 32 there), or letters of both cases
     * with digits and nothing else, of one exact length from 16 ({@code tr -dc A-Za-z0-9 | head -c 28}). A value with
     * any other character, one case of letters only, or no digit has none.
     *
     * @param value a literal secret
     * @return {@link #NONE}, a negative code for hex, or the length for letters and digits
     */
    static int signature(String value) {
        int length = value.length();
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            return NONE;
        }
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean lowerHex = true;
        boolean upperHex = true;
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c >= 'a' && c <= 'z') {
                lower = true;
                upperHex = false;
                lowerHex &= c <= 'f';
            } else if (c >= 'A' && c <= 'Z') {
                upper = true;
                lowerHex = false;
                upperHex &= c <= 'F';
            } else {
                return NONE;
            }
        }
        if (!digit) {
            return NONE;
        }
        if (lowerHex && lower || upperHex && upper) {
            return length < HEX_MIN ? NONE : lower ? LOWER_HEX : UPPER_HEX;
        }
        return lower && upper ? length : NONE;
    }

    /**
     * Whether two distinct hex values of one generated shape mark a file as a script's output, as three values of any
     * generated shape do (forty-fourth pass): {@code openssl rand -hex} is what setup scripts and installation guides
     * run (JupyterHub's guide for {@code JUPYTERHUB_CRYPT_KEY} and {@code CONFIGPROXY_AUTH_TOKEN}, a Lychee deploy
     * kit's two MySQL passwords), and a hex value is never typed. Both must be self-made secrets, or both must be 32
     * bytes or more ({@value #PAIR_ANY_PURPOSE_HEX} digits): providers issue 32-hex keys (Bugsnag, Algolia, Twilio)
     * that a deployment's file gathers in twos, rarely 64-hex ones. Letters and digits of one length, which providers
     * also issue, still need three.
     *
     * @param signature the group's generated shape ({@link #signature})
     * @param selfMade how many distinct self-made values the group holds
     * @param distinct how many distinct values it holds
     * @param shortest the shortest of its values' lengths
     * @return {@code true} when the pair marks the file
     */
    static boolean marksPair(int signature, int selfMade, int distinct, int shortest) {
        if (signature >= 0 || distinct < MIN_PAIR) {
            return false;
        }
        return selfMade >= MIN_PAIR || shortest >= PAIR_ANY_PURPOSE_HEX;
    }

    /**
     * Whether a secret of this purpose is one a deployment makes itself, so counts towards a set: a password, a JWT
     * signing secret, an encryption key. Tokens, API keys and other secrets are often issued by providers.
     *
     * @param purpose what the secret is for
     * @return {@code true} for a self-made secret
     */
    static boolean selfMade(SecretPurpose purpose) {
        return purpose == SecretPurpose.PASSWORD || purpose == SecretPurpose.SIGNING
                || purpose == SecretPurpose.ENCRYPTION_KEY;
    }

    /**
     * The message of a literal in a file marked so.
     *
     * @param count how many distinct literals of its shape the file's secrets hold (self-made ones, but for a pair of
     *     long hex values)
     * @param keys up to two other keys of the set, for the reader to find them
     * @param shape its shape's description
     * @return the message; names keys, never a value
     */
    static String message(int count, String keys, String shape) {
        return "is a literal secret in a file whose secrets hold " + count + " distinct values of one "
                + "generated shape (with " + keys + "): a setup script's output, written into the file it fills "
                + "(as docker-jitsi-meet's gen-passwords.sh does), and a copy of that file in a checked tree was "
                + "committed with them, so it is probably public however random it looks (" + shape + ")";
    }

    /**
     * The remediation of a literal in a file marked so.
     *
     * @param purpose what it is for
     * @return the remediation
     */
    static String remediation(SecretPurpose purpose) {
        return "Keep the filled file on its host (or out of the repository), let the script generate fresh values "
                + "there or give them from the deployment's secret store, and rotate these if the file was ever "
                + "published. " + SecretStrength.remediation(purpose);
    }
}
