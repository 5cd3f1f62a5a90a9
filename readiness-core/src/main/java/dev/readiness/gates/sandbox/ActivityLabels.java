package dev.readiness.gates.sandbox;

import java.util.Set;

/**
 * A host label that names what a quality or testing activity produces, not the stage a service runs in:
 * {@code qa-reports.linaro.org} (Linaro's production test-report service), {@code test-results.acme.io},
 * {@code qa-tools.example-corp.net}. There {@code qa} or {@code test} is the subject of the noun after it ("reports of
 * QA"), as in English compounds, while a stage word modifies a service ({@code qa-api}, {@code api-qa},
 * {@code test-shop}): a label of exactly these two parts, the activity word first and one of its artifacts second,
 * names a production product. Stage words that name no activity ({@code staging}, {@code sandbox}, {@code uat},
 * {@code dev}) are never read so. Stateless.
 */
final class ActivityLabels {

    /** Environment words that also name an activity whose products people use in production. */
    private static final Set<String> ACTIVITIES = Set.of("qa", "test", "testing", "tests");

    /** What that activity produces: the noun such a compound ends in. */
    private static final Set<String> ARTIFACTS = Set.of("reports", "report", "results", "result", "coverage",
            "metrics", "tracker", "automation", "tools", "stats", "statistics", "reporting");

    private ActivityLabels() {
    }

    /**
     * Whether a label's dash or underscore parts are an activity word and one of its artifacts, in that order.
     *
     * @param parts the label's parts
     * @return {@code true} for such a product name
     */
    static boolean product(String[] parts) {
        return parts.length == 2 && ACTIVITIES.contains(parts[0]) && ARTIFACTS.contains(parts[1]);
    }
}
