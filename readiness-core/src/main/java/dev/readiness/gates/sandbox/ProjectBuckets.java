package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.gates.internal.AsciiCase;
import dev.readiness.settings.Setting;
import org.jspecify.annotations.Nullable;

/**
 * A Firebase project's storage bucket written as its host name ({@code VITE_FIREBASE_STORAGE_BUCKET=
 * acme-sandbox.firebasestorage.app}, {@code acme-staging.appspot.com}): the bucket is named after the project, and a
 * Firebase project is one environment of an application (its sign-in domain, database and bucket together), so a
 * project whose name says sandbox or staging is that environment's, as its {@code authDomain} is. The host is read by
 * the name rule as any endpoint's is ({@code acme-sbx}, {@code acme-dev}; {@code contest-app}, {@code latest-news}
 * stay clean). Other object stores' buckets are not read: a bucket name is a name, not where a client is sent.
 * Stateless.
 */
final class ProjectBuckets {

    /** Domains under which a Firebase project's default bucket is named. */
    private static final String[] PROJECT_BUCKET_DOMAINS = {".firebasestorage.app", ".appspot.com"};

    private ProjectBuckets() {
    }

    /**
     * The finding on a project bucket whose project name says a non-production environment.
     *
     * @param readings the snapshot's endpoint readings
     * @param setting the setting
     * @param value its value, a name with a dot and no scheme
     * @param judge the endpoint judge
     * @return the finding, or {@code null}
     */
    static @Nullable Finding judge(EndpointReadings readings, Setting setting, String value, EndpointJudge judge) {
        if (!isProjectBucket(value)) {
            return null;
        }
        Endpoint endpoint = readings.one(value).orElse(null);
        if (endpoint == null) {
            return null;
        }
        EndpointJudge.Verdict verdict = judge.judge(endpoint);
        return verdict.kind() == EndpointJudge.Kind.SANDBOX_NAME
                ? SandboxFindings.endpoint(setting, SandboxFindings.LoopbackUse.OTHER, endpoint, verdict) : null;
    }

    private static boolean isProjectBucket(String value) {
        for (String domain : PROJECT_BUCKET_DOMAINS) {
            if (value.length() > domain.length() && AsciiCase.endsWith(value, domain)) {
                return value.indexOf('/') < 0 && value.indexOf(':') < 0 && value.indexOf(' ') < 0;
            }
        }
        return false;
    }
}
