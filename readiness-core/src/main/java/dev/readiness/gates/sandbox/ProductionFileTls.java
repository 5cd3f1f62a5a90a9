package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.Severity;
import dev.readiness.gates.internal.EnvironmentFiles;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.internal.Quotes;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Transport left in clear text in a file written for production alone ({@code application-prod.properties},
 * {@code config.production.json}, {@code values-production.yaml}, {@code .env.production}): a {@code sandbox.tls-off}
 * WARN there is a NO-GO. The WARN is kept elsewhere because a shared or example file's TLS switch may be the
 * development default that production overrides; a file whose own name says it is production's
 * ({@link EnvironmentFiles#production}) is the deployment itself, with no other profile left to turn TLS back on
 * (forty-seventh pass: of the labelled {@code sandbox.tls-off} WARNs in such files, every one was a problem, none
 * clean). A name that also names a development or test profile ({@code application-prod-local.yml}) is not such a
 * file. A configuration whose framework environment switch says production ({@code RAILS_ENV=production},
 * {@code APP_ENV=production}, {@code _APP_ENV=production}, {@code NODE_ENV=production}: {@link DeclaredDevelopment})
 * and no other says development is read the same way: it is the deployed set-up, not a development default. Two
 * kinds stay WARN, as the label policy accepts their plain hop inside a cluster or on the host: a bare
 * scheme ({@code powerjob.worker.protocol=http}, a health check's or a scrape's {@code protocol=http}), which says
 * nothing of the hop's host, and the client of a mail relay or an object store ({@code email.force_tls=false} toward
 * a relay on {@code localhost}, {@code MINIO_USE_SSL=false} toward the Compose service {@code minio}). Read only on
 * the findings the gate made, so the common path is untouched. Stateless.
 */
final class ProductionFileTls {

    static final String CODE = "sandbox.tls-off";
    /** Words of a mail relay's or object store's client key: its plain hop may stay inside the host or cluster. */
    private static final Set<String> BACK_END_WORDS = Set.of("mail", "email", "mailer", "smtp", "imap", "pop3",
            "minio", "s3", "storage", "bucket");

    private ProductionFileTls() {
    }

    /**
     * Raises every WARN {@code sandbox.tls-off} of the list whose origin names a production file to a NO-GO, but for
     * a bare scheme and a mail or object store client.
     *
     * @param settings every setting of the check, to read a finding's value
     * @param findings the gate's findings, changed in place
     */
    static void raise(Settings settings, List<Finding> findings) {
        String declared = null;
        boolean read = false;
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            if (finding.severity() != Severity.WARN || !finding.code().equals(CODE)
                    || kept(settings, finding.subject())) {
                continue;
            }
            String file = EnvironmentFiles.production(finding.origin());
            if (file == null && !read) {
                declared = DeclaredDevelopment.production(settings);
                read = true;
            }
            if (file == null && declared == null) {
                continue;
            }
            findings.set(i, SandboxFindings.raisedToNoGo(finding, file != null ? " It is written in " + file
                    + ", a file for production alone: no other profile there turns TLS back on."
                    : " " + declared + " says this configuration is production's own: no other profile"
                    + " there turns TLS back on."));
        }
    }

    private static boolean kept(Settings settings, String key) {
        for (String word : KeyWords.of(key)) {
            if (BACK_END_WORDS.contains(word)) {
                return true;
            }
        }
        Optional<Setting> setting = settings.get(key);
        if (setting.isEmpty()) {
            return false;
        }
        String value = Quotes.unquoted(setting.get().value().strip());
        return value.equalsIgnoreCase("http") || value.equalsIgnoreCase("ws") || value.equalsIgnoreCase("http://");
    }
}
