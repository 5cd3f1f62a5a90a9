package dev.readiness.gates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lead's readings of the thirty-ninth pass: rules for what the development set and the held-out sets still
 * missed, each beside the value that tempts it; every built-in gate runs.
 */
class ThirtyNinthPassLeadTests extends EveryGateOnOneFile {

    @Test
    void aSwitchMarkingTheWholeSiteAsStagingShouldBeATestModeButWhatItSaysAboutSuchASiteNot() throws Exception {
        assertThat(noGo(findings("alaveteli.env", "STAGING_SITE=1\n"), "STAGING_SITE")).isNotEmpty();
        assertThat(noGo(findings("app.env", "IS_DEV_INSTANCE=true\n"), "IS_DEV_INSTANCE")).isNotEmpty();
        assertThat(noGo(findings("app.properties", "site.demo-installation=yes\n"), "site.demo-installation"))
                .isEmpty();
        assertThat(about(findings("alaveteli.env", "STAGING_SITE=0\n"), "STAGING_SITE")).isEmpty();
        assertThat(about(findings("app.env", "STAGING_SITE_ID=4\n"), "STAGING_SITE_ID"))
                .isEmpty();
        assertThat(about(findings("app.env", "KEEP_TEST_SITE=true\n"), "KEEP_TEST_SITE")).isEmpty();
    }

    @Test
    void aModeSwitchItsOwnCommentCallsInertShouldBeLeftAloneUnlessTheCommentMakesItConditional() throws Exception {
        assertThat(about(findings("alaveteli.env", "# Doesn't do anything right now.\nSTAGING_SITE=1\n"),
                "STAGING_SITE")).isEmpty();
        assertThat(about(findings("app.env", "# no longer used\nPAYMENT_SANDBOX=true\n"), "PAYMENT_SANDBOX"))
                .isEmpty();
        assertThat(noGo(findings("app.env", "# does nothing if billing is off\nPAYMENT_SANDBOX=true\n"),
                "PAYMENT_SANDBOX")).isNotEmpty();
        assertThat(noGo(findings("app.env", "# not used by the worker, only the API\nPAYMENT_SANDBOX=true\n"),
                "PAYMENT_SANDBOX")).isNotEmpty();
    }
}
