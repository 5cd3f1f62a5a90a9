package dev.readiness.gates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Late sets 134 to 139 (media servers, team chat, password and secrets managers, HR and project tools, uptime
 * monitoring, surveys and forms), read after the merged rules were scored on them. Each rule beside the value that
 * tempts it; every built-in gate runs.
 */
class ThirtyEighthPassLeadLateTests extends EveryGateOnOneFile {

    @Test
    void nullUnderTheApplicationsOwnKeyShouldBeAKeyNeverSetButUnderAnOptionalTokenLeftOff() throws Exception {
        List<String> cachet = findings("cachet.env", """
                APP_KEY=null
                APP_SECRET=${APP_SECRET:-null}
                GITHUB_TOKEN=null
                NEXMO_SECRET=null
                """);
        assertThat(noGo(cachet, "APP_KEY")).isNotEmpty();
        assertThat(noGo(cachet, "APP_SECRET")).isNotEmpty();
        assertThat(about(cachet, "GITHUB_TOKEN")).isEmpty();
        assertThat(about(cachet, "NEXMO_SECRET")).isEmpty();
    }
}
