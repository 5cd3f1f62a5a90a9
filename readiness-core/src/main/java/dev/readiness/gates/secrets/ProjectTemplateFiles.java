package dev.readiness.gates.secrets;

import dev.readiness.SecretShape;

/**
 * A configuration file a project generator wrote, marked by a value no person and no platform writes by hand: a
 * random name where a readable one goes. cookiecutter-django's post-generation hook fills the {@code .envs} files of
 * every project it generates with {@code POSTGRES_USER} and {@code CELERY_FLOWER_USER} of 32 random ASCII letters and
 * {@code DJANGO_ADMIN_URL} of 32 random letters and digits followed by {@code /}, beside the 64-character
 * {@code POSTGRES_PASSWORD}, {@code DJANGO_SECRET_KEY} and {@code CELERY_FLOWER_PASSWORD} it generates with them. A
 * user name or an admin path of that exact shape says the generator wrote the file; its literal secrets were
 * generated with it, and a copy of the file in a checked tree was committed with them, so they are probably public
 * however random they look. It is a WARN, {@code secrets.likely-published}, as an installer's file is
 * ({@link InstallerWrittenFiles}): the file may also be the host's own, generated where it lives; a file that also
 * holds a sample's evidence makes it a NO-GO ({@link SampleEvidence#committed}). Thirty-eighth pass. Stateless.
 */
final class ProjectTemplateFiles {

    private static final int NAME_LENGTH = 32;

    private ProjectTemplateFiles() {
    }

    /**
     * Whether a setting is a project generator's mark: a key that names a user ({@code …USER}, {@code …USERNAME})
     * holding exactly 32 ASCII letters with both cases, or a key ending in {@code ADMIN_URL} holding 32 letters and
     * digits with both cases of letters and a closing {@code /}. A readable name ({@code appuser}), a platform's
     * generated user (Heroku's lower-case letters and digits), a hex or UUID value and an admin path a person chose
     * ({@code admin/}, {@code secret-admin-7f3a/}) are no mark.
     *
     * @param key the key
     * @param value its value
     * @return {@code true} for a generated user name or admin path
     */
    static boolean isGeneratorMark(String key, String value) {
        int length = value.length();
        if (length == NAME_LENGTH) {
            return endsWithIgnoringCase(key, "user") || endsWithIgnoringCase(key, "username")
                    ? randomName(value, false) : false;
        }
        if (length == NAME_LENGTH + 1 && value.charAt(NAME_LENGTH) == '/') {
            return endsWithIgnoringCase(key, "admin_url") && randomName(value, true);
        }
        return false;
    }

    private static boolean endsWithIgnoringCase(String key, String suffix) {
        return key.regionMatches(true, key.length() - suffix.length(), suffix, 0, suffix.length());
    }

    /**
     * 32 ASCII letters (and digits where allowed) drawn at random: both cases, the case changing often (about every
     * other letter) and upper-case letters side by side more than once (once, with digits). Of 100,000 random values
     * each, 99 % of the letter names and 96 % of the admin paths have that shape. A camel-case name ({@code
     * ThisIsMyVeryLongDatabaseUserName}) changes case as often but never puts two capitals together; a name in
     * capitals with a few small letters changes case rarely.
     */
    private static boolean randomName(String value, boolean digits) {
        int caseChanges = 0;
        int capitalPairs = 0;
        int lower = 0;
        int previous = 0; // 0 none or a digit, 1 lower, 2 upper
        for (int i = 0; i < NAME_LENGTH; i++) {
            char c = value.charAt(i);
            int kind;
            if (c >= 'a' && c <= 'z') {
                kind = 1;
                lower++;
            } else if (c >= 'A' && c <= 'Z') {
                kind = 2;
            } else if (digits && c >= '0' && c <= '9') {
                previous = 0;
                continue;
            } else {
                return false;
            }
            if (previous != 0 && kind != previous) {
                caseChanges++;
            } else if (kind == 2 && previous == 2) {
                capitalPairs++;
            }
            previous = kind;
        }
        // digits take a sixth of the places: fewer letters to change case and to stand side by side
        return lower > 0 && caseChanges >= (digits ? 6 : 8) && capitalPairs >= (digits ? 1 : 2);
    }

    /**
     * The problem of a literal secret that passed every check in a file a project generator wrote.
     *
     * @param value the literal; only its shape is kept
     * @param purpose what it is for
     * @return a {@code secrets.likely-published} problem
     */
    static SecretProblem generated(String value, SecretPurpose purpose) {
        SecretShape shape = SecretValues.shape(value);
        return new SecretProblem("secrets.likely-published", shape,
                "is a literal secret in a file a project generator wrote (a user name or admin path in the file is "
                        + "32 random letters, as cookiecutter-django's .envs files are generated): the generator "
                        + "made it with the file, and a copy of that file in a checked tree was committed with it, "
                        + "so it is probably public however random it looks (" + SecretStrength.describe(shape) + ")",
                "Keep the generated env files out of the repository (cookiecutter-django ignores .envs unless "
                        + "told otherwise), give the deployment fresh values from its secret store, and rotate this "
                        + "one if the file was ever published. " + SecretStrength.remediation(purpose));
    }
}
