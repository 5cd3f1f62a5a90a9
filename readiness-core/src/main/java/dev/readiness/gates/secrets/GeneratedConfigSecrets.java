package dev.readiness.gates.secrets;

import dev.readiness.SecretShape;

/**
 * A secret in the exact shape a configuration generator writes into the whole file it generates: Synapse's
 * {@code --generate-config} fills {@code registration_shared_secret}, {@code macaroon_secret_key} and
 * {@code form_secret} of the {@code homeserver.yaml} it writes with 50 characters drawn from letters, digits and
 * {@code .,;:^&*-_+=#~@} ({@code random_string_with_symbols(50)}). A value of that shape was written by the generator
 * with the rest of the file, for the one host it ran on; the file found in a checked tree (a deploy kit, a
 * repository) was committed with it, so it is probably public however random it looks. It is a WARN,
 * {@code secrets.likely-published}, as a Compose file's literal is ({@link ShippedFiles}): the file may be the host's
 * own, read where it lives; a file that also holds a sample's evidence makes it a NO-GO
 * ({@link SampleEvidence#committed}). Thirty-seventh pass. Django's {@code startproject} does the same for the
 * {@code SECRET_KEY} of the settings module it writes, a file committed with the code by nature
 * ({@link #isDjangoStartprojectKey}, forty-fifth pass). Stateless.
 */
final class GeneratedConfigSecrets {

    private static final int SYNAPSE_LENGTH = 50;
    private static final String SYNAPSE_SYMBOLS = ".,;:^&*-_+=#~@";
    /**
     * Symbols of the generator's alphabet that base64 and base64url text, UUIDs, slugs and dotted issued tokens
     * ({@code dp.st.prd.…}) never hold.
     */
    private static final String SYNAPSE_MARKS = ",;:^&*#~@";
    /** Of those, the ones password generators and encodings hardly ever write. */
    private static final String SYNAPSE_RARE = ",;:~";

    private static final int DJANGO_LENGTH = 50;
    /** Symbols of Django's key alphabet ({@code !@#$%^&*(-_=+)}) that slugs and identifiers never hold. */
    private static final String DJANGO_MARKS = "!@#$%^&*(=+)";
    private static final int DJANGO_MIN_MARKS = 3;

    private GeneratedConfigSecrets() {
    }

    /**
     * Whether a value has the shape of a secret Synapse's configuration generator wrote: 50 characters, all letters,
     * digits or {@code .,;:^&*-_+=#~@}, with lower and upper case letters, a digit, at least three of the symbols no
     * base64 text, identifier or dotted issued token holds ({@code ,;:^&*#~@}), one of them a comma, semicolon, colon
     * or tilde, which password generators hardly ever write. Nine in ten of the generator's values have that shape;
     * of 50,000 random 50-character values each from printable ASCII, from letters, digits and {@code !@#$%^&*} or
     * {@code -_.@#*&}, and of 37 random bytes in base64, one in the first set had it and none in the others.
     *
     * @param value the value
     * @return {@code true} for a generated homeserver secret's shape
     */
    static boolean isSynapseGenerated(String value) {
        if (value.length() != SYNAPSE_LENGTH) {
            return false;
        }
        boolean rare = false;
        int marks = 0;
        for (int i = 0; i < SYNAPSE_LENGTH; i++) {
            char c = value.charAt(i);
            if (c < 128 && Character.isLetterOrDigit(c)) {
                continue;
            }
            if (SYNAPSE_SYMBOLS.indexOf(c) < 0) {
                return false;
            }
            if (SYNAPSE_MARKS.indexOf(c) >= 0) {
                marks++;
                rare |= SYNAPSE_RARE.indexOf(c) >= 0;
            }
        }
        return rare && marks >= 3 && holdsAny(value, 'a', 'z') && holdsAny(value, 'A', 'Z')
                && holdsAny(value, '0', '9');
    }

    /**
     * Whether a value has the shape of the {@code SECRET_KEY} Django's {@code startproject} writes into the
     * {@code settings.py} it generates ({@code get_random_secret_key()}): 50 characters drawn from lower-case letters,
     * digits and {@code !@#$%^&*(-_=+)}, no capital; with a letter, a digit and at least three of the symbols that
     * no slug, identifier or placeholder holds ({@code !@#$%^&*(=+)}; a random draw holds about twelve). Password
     * generators that mix symbols into lower-case text draw from a wider set ({@code .,/?[]~}) or add capitals, so
     * a value confined to this alphabet was printed by Django (forty-fifth pass).
     *
     * @param value the value
     * @return {@code true} for the shape of startproject's secret key
     */
    static boolean isDjangoStartprojectKey(String value) {
        if (value.length() != DJANGO_LENGTH) {
            return false;
        }
        int marks = 0;
        boolean letter = false;
        boolean digit = false;
        for (int i = 0; i < DJANGO_LENGTH; i++) {
            char c = value.charAt(i);
            if (c >= 'a' && c <= 'z') {
                letter = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else if (DJANGO_MARKS.indexOf(c) >= 0) {
                marks++;
            } else if (c != '-' && c != '_') {
                return false;
            }
        }
        return letter && digit && marks >= DJANGO_MIN_MARKS;
    }

    private static boolean holdsAny(String value, char from, char to) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= from && c <= to) {
                return true;
            }
        }
        return false;
    }

    /**
     * The problem of a literal secret in a configuration generator's shape.
     *
     * @param value the literal; only its shape is kept
     * @param purpose what it is for
     * @return a {@code secrets.likely-published} problem
     */
    static SecretProblem generated(String value, SecretPurpose purpose) {
        SecretShape shape = SecretValues.shape(value);
        boolean django = isDjangoStartprojectKey(value);
        String what = django
                ? "the SECRET_KEY Django's startproject writes into the settings module it generates (50 characters "
                        + "of lower-case letters, digits and !@#$%^&*(-_=+)): a settings module is committed with the "
                        + "code"
                : "a secret Synapse's --generate-config writes into the homeserver.yaml it generates (50 characters "
                        + "of its alphabet): the generated file was committed with it";
        String keep = django
                ? "Read SECRET_KEY from the environment or a secret store in production (for example "
                        + "`SECRET_KEY = os.environ[\"DJANGO_SECRET_KEY\"]`) and generate a new one for each deployment"
                : "Keep the generated file on its host, or move its secrets to an uncommitted file that Synapse "
                        + "reads with a second `--config-path` (or `registration_shared_secret_path`)";
        return new SecretProblem("secrets.likely-published", shape, "has the exact shape of " + what
                + ", so it is probably public however random it looks (" + SecretStrength.describe(shape) + ")",
                keep + "; rotate this one if the file was ever published. " + SecretStrength.remediation(purpose));
    }
}
