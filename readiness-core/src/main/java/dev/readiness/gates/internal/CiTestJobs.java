package dev.readiness.gates.internal;

import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Set;

/**
 * Settings of a continuous-integration pipeline's test job, flattened from the pipeline file: GitHub Actions'
 * {@code jobs.<job>.env.DATABASE_URL}, {@code jobs.<job>.services.postgres.env.POSTGRES_PASSWORD},
 * {@code jobs.<job>.steps[2].env.API_URL}, and GitLab CI's {@code <job>.variables.DATABASE_URL}, where the job's name
 * says it tests ({@code test}, {@code e2e}, {@code unit-tests}, {@code rspec}, {@code lint}, {@code test:integration}).
 * Such a job runs its database, browser and API on the runner's own loopback or in throw-away service containers, and
 * nothing it sets reaches production; the pipeline's deploy and build jobs ({@code jobs.deploy.env.API_URL}) do,
 * and stay judged. Read only where the file shows it is a pipeline: the job has {@code runs-on} or steps (GitHub),
 * or a {@code script}, {@code stage} or {@code image} (GitLab). Stateless.
 */
public final class CiTestJobs {

    private static final String JOBS = "jobs.";
    private static final Set<String> TEST_WORDS = Set.of("test", "tests", "testing", "e2e", "spec", "specs", "rspec",
            "pytest", "jest", "vitest", "unittest", "unit", "integration", "cypress", "playwright", "lint", "linter",
            "check", "checks");
    /** Words of a job that ships, whatever else it does ({@code test-and-deploy}). */
    private static final Set<String> SHIPPING_WORDS = Set.of("deploy", "deployment", "release", "publish", "prod",
            "production", "promote", "rollout");
    private static final List<String> GITLAB_SIGNS = List.of(".script[0]", ".stage", ".image", ".script");

    private CiTestJobs() {
    }

    /**
     * Whether a key lies in a test job of a flattened pipeline file.
     *
     * @param settings the settings of the check, for the job's own keys
     * @param key the key as written
     * @return {@code true} for a test job's setting
     */
    public static boolean inTestJob(Settings settings, String key) {
        if (key.length() > JOBS.length() && AsciiCase.regionIs(key, 0, JOBS)) {
            int end = key.indexOf('.', JOBS.length());
            if (end < 0) {
                return false;
            }
            String job = key.substring(0, end);
            return testJob(key.substring(JOBS.length(), end)) && (settings.get(job + ".runs-on").isPresent()
                    || key.indexOf(".steps[", end) == end);
        }
        int dot = key.indexOf('.');
        if (dot <= 0 || !AsciiCase.regionIs(key, dot, ".variables.")) {
            return false;
        }
        String job = key.substring(0, dot);
        if (!testJob(job)) {
            return false;
        }
        for (String sign : GITLAB_SIGNS) {
            if (settings.get(job + sign).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static boolean testJob(String job) {
        boolean test = false;
        for (String word : KeyWords.of(job.replace(':', '.'))) {
            if (SHIPPING_WORDS.contains(word)) {
                return false;
            }
            test |= TEST_WORDS.contains(word);
        }
        return test;
    }
}
