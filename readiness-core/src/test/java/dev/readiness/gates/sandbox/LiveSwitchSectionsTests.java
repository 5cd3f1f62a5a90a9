package dev.readiness.gates.sandbox;

import static dev.readiness.gates.sandbox.SandboxRuleChecks.on;
import static dev.readiness.gates.sandbox.SandboxRuleChecks.production;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.readiness.Finding;
import dev.readiness.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A client section's live switch turned off beside the section's secret, for providers the catalog does not know:
 * the file itself shows the section is a client that holds keys.
 */
class LiveSwitchSectionsTests {

    @ParameterizedTest
    @ValueSource(strings = {"INTASEND_LIVE=false\nINTASEND_SECRET_KEY=${INTASEND_SECRET_KEY}\n",
        "acmepay.live=0\nacmepay.api-secret=${ACMEPAY_SECRET}\n",
        "KOPOKOPO_LIVE=no\nKOPOKOPO_CLIENT_SECRET=${K2_SECRET}\n"})
    void aLiveSwitchOffBesideTheSectionsSecretShouldBeTestMode(String text) {
        String key = text.substring(0, text.indexOf('='));
        assertThat(on(production(text), key)).extracting(Finding::code, Finding::severity)
                .containsExactly(tuple("sandbox.test-mode", Severity.NO_GO));
    }

    @ParameterizedTest
    @ValueSource(strings = {"INTASEND_LIVE=true\nINTASEND_SECRET_KEY=${INTASEND_SECRET_KEY}\n",
        "STREAM_LIVE=false\nSTREAM_KEY=${STREAM_KEY}\n",
        "SHOW_LIVE=false\nSHOW_TITLE=Morning\n",
        "LIVE=false\nSECRET_KEY=${SECRET_KEY}\n",
        "INTASEND_LIVE=false\nOTHER_SECRET_KEY=${OTHER_SECRET_KEY}\n"})
    void aLiveSwitchOnOrWithoutTheSectionsSecretShouldStayClean(String text) {
        String key = text.substring(0, text.indexOf('='));
        assertThat(on(production(text), key)).isEmpty();
    }
}
