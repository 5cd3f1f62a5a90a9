package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The forty-fourth pass's precision reading of a comment that allows a blank secret to stay blank: {@code # Created
 * in a later phase -- may remain unset until the webhook endpoint exists.} over a blank {@code STRIPE_WEBHOOK_SECRET}
 * (set 170), {@code # Social app configs - can be left blank and the option will not be provided} (set 128). A
 * sentence that wants a value after all ({@code # can be left blank but it's recommended that production instances
 * use a random string}), a negation ({@code # cannot be left blank}) or a plain description keeps the blank reported,
 * its message free of the comment.
 */
class FortyFourthPassPrecisionMayStayBlankTests {

    @TempDir
    Path directory;

    private List<Finding> findings(String comment, String key) throws Exception {
        return FortyThirdPassBlankChecks.commentedBlankFindings(directory, comment, key);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "# Signing secret for the Stripe webhook endpoint. Created in a later\n# phase -- may remain unset until the "
                + "webhook endpoint exists.",
        "# Social app configs - can be left blank and the option will not be provided",
        "# Webhook signing secret; may be left empty",
        "# This can stay unset for now."})
    void aCommentThatAllowsTheBlankShouldKeepItClean(String comment) throws Exception {
        assertThat(findings(comment, "STRIPE_WEBHOOK_SECRET")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "# The value can be left blank but it's recommended that production instances use a random string.",
        "# Webhook signing secret; cannot be left blank",
        "# Webhook signing secret; can not remain empty",
        "# Signing secret for the Stripe webhook endpoint (whsec_...), from the Stripe Dashboard."})
    void aCommentThatWantsTheValueShouldKeepTheBlankReported(String comment) throws Exception {
        List<Finding> findings = findings(comment, "STRIPE_WEBHOOK_SECRET");
        assertThat(findings).extracting(Finding::code).contains("secrets.blank");
        assertThat(findings).allSatisfy(finding -> assertThat(finding.message()).doesNotContain("recommended"));
    }
}
