package dev.readiness.gates.secrets;

import dev.readiness.SecretShape;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A configuration file an application's installer wrote, marked by the flag the installer sets when it has finished
 * (Gitea's {@code [security] INSTALL_LOCK = true} in {@code app.ini}, osTicket's {@code OSTINSTALLED}, Nextcloud's
 * and SuiteCRM's {@code installed}, EspoCRM's {@code isInstalled}, Nuxeo's {@code nuxeo.wizard.done}, a
 * {@code SETUP_COMPLETED} or {@code APP_INSTALLED} flag). The installer generates the file's secrets for the one host it
 * ran on (Gitea's {@code SECRET_KEY}, {@code INTERNAL_TOKEN} and {@code JWT_SECRET}, osTicket's {@code SECRET_SALT},
 * Nuxeo's {@code server.status.key}); a copy of that file in the tree a pre-deploy check reads was committed with
 * them, so they are probably public however random they look. It is a WARN, {@code secrets.likely-published}, as a
 * Compose file's literal is ({@link ShippedFiles}): the file may also be the host's own, read where it lives, and a
 * value of its own must not stop it; a file that also holds a sample's evidence makes it a NO-GO
 * ({@link SampleEvidence#committed}). Thirty-seventh pass. Stateless.
 */
final class InstallerWrittenFiles {

    /** The last segment of a marker key, lower case and without separators. */
    private static final Set<String> MARKERS = Set.of("installlock", "installed", "isinstalled", "ostinstalled",
            "appinstalled", "setupcomplete", "setupcompleted", "installcomplete", "installcompleted",
            "installationcomplete", "installationcompleted");
    /** Nuxeo's launcher writes {@code nuxeo.wizard.done=true} once its setup wizard has run. */
    private static final String WIZARD_DONE = "wizard.done";
    private static final Set<String> TRUE_WORDS = Set.of("true", "1", "yes", "on");

    private InstallerWrittenFiles() {
    }

    /**
     * The files of a snapshot that carry an installer's finished flag.
     *
     * @param settings the snapshot
     * @return the files' names as their settings' origins give them; empty when none has one
     */
    static Set<String> installedFiles(Settings settings) {
        Set<String> files = new HashSet<>();
        for (Setting setting : settings) {
            if (isFinishedFlag(setting.key(), setting.value())) {
                setting.origin().file().ifPresent(files::add);
            }
        }
        return files.isEmpty() ? Set.of() : files;
    }

    /**
     * Whether a setting is an installer's finished flag set on: a key whose last segment is {@code INSTALL_LOCK},
     * {@code installed}, {@code isInstalled}, {@code SETUP_COMPLETED} and the like, or that ends in
     * {@code wizard.done}, with a true value.
     *
     * @param key the key
     * @param value its value
     * @return {@code true} for a flag that says the installer finished
     */
    static boolean isFinishedFlag(String key, String value) {
        int length = value.length();
        if (length == 0 || length > 5 || key.length() < 9) {
            return false;
        }
        if (!TRUE_WORDS.contains(value.trim().toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (key.regionMatches(true, key.length() - WIZARD_DONE.length(), WIZARD_DONE, 0, WIZARD_DONE.length())) {
            return true;
        }
        String last = key.substring(key.lastIndexOf('.') + 1);
        StringBuilder folded = new StringBuilder(last.length());
        for (int i = 0; i < last.length(); i++) {
            char c = last.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                folded.append(Character.toLowerCase(c));
            }
        }
        return MARKERS.contains(folded.toString());
    }

    /**
     * The problem of a literal secret that passed every check in a file an installer wrote.
     *
     * @param value the literal; only its shape is kept
     * @param purpose what it is for
     * @return a {@code secrets.likely-published} problem
     */
    static SecretProblem committed(String value, SecretPurpose purpose) {
        SecretShape shape = SecretValues.shape(value);
        return new SecretProblem("secrets.likely-published", shape,
                "is a literal secret in a file an installer wrote (the file carries the installer's finished flag, "
                        + "such as INSTALL_LOCK or installed): the installer generated it for the host it ran on, "
                        + "and a copy of that file in a checked tree was committed with it, so it is probably public "
                        + "however random it looks (" + SecretStrength.describe(shape) + ")",
                "Keep the installed file on its host (or out of the repository), give the deployment fresh values "
                        + "from its secret store, and rotate this one if the file was ever published. "
                        + SecretStrength.remediation(purpose));
    }
}
