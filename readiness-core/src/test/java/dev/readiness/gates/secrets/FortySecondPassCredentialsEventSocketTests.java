package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Forty-second pass, credentials: the password inside a FreeSWITCH event-socket address written as
 * {@code host:port:password} (jambonz's {@code JAMBONES_FREESWITCH}) is judged as a password, and the stock passwords
 * of the event socket (FreeSWITCH's shipped {@code ClueCon}, jambonz's documented one) are published defaults, beside
 * the values that tempt the rule: a plain {@code host:port}, a strong or referenced password, a URL, and the same
 * shape under a key that names no event socket. Findings name the key, never the value.
 */
class FortySecondPassCredentialsEventSocketTests {

    @Test
    void theStockPasswordOfAnEventSocketAddressShouldStopProduction() {
        List<Finding> findings = GateRuns.findingsIn("compose.env", "JAMBONES_FREESWITCH",
                "JAMBONES_FREESWITCH=freeswitch:8021:JambonzR0ck$");
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.severity() + " " + finding.code()).isEqualTo("NO_GO secrets.published-default");
            assertThat(finding.message()).contains("event-socket address").doesNotContain("R0ck", "Jambonz");
        });
        assertThat(GateRuns.verdictsIn("deploy.env", "JAMBONES_FREESWITCH",
                "JAMBONES_FREESWITCH=127.0.0.1:8022:JambonzR0ck$:docker-host"))
                .containsExactly("NO_GO secrets.published-default");
    }

    @ParameterizedTest
    @ValueSource(strings = {"FREESWITCH_ESL=10.0.0.5:8021:ClueCon", "ESL_ADDRESS=fs.internal:8021:password"})
    void aWeakOrShippedEventSocketPasswordShouldStopProduction(String line) {
        String key = line.substring(0, line.indexOf('='));
        assertThat(GateRuns.verdictsIn("app.env", key, line)).hasSize(1)
                .allMatch(verdict -> verdict.startsWith("NO_GO "));
    }

    @Test
    void freeSwitchsShippedPasswordUnderAPasswordKeyIsAPublishedDefault() {
        assertThat(GateRuns.verdictsIn("event-socket.properties", "settings.password", "settings.password=ClueCon"))
                .containsExactly("NO_GO secrets.published-default");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "JAMBONES_FREESWITCH=freeswitch:8021",
            "JAMBONES_FREESWITCH=freeswitch:8021:Vq7#pL2x!Rk9sWz4Tb8NcY3m",
            "JAMBONES_FREESWITCH=freeswitch:8021:${FS_ESL_SECRET}",
            "FREESWITCH_URL=http://freeswitch:8080/api",
            "REDIS_ADDRESS=redis:6379:password"})
    void anythingElseShouldStayClean(String line) {
        String key = line.substring(0, line.indexOf('='));
        assertThat(GateRuns.verdictsIn("app.env", key, line)).isEmpty();
    }

    @Test
    void onlyTheThreeOrFourPartFormIsRead() {
        assertThat(EventSocketAddresses.password("JAMBONES_FREESWITCH", "fs:8021:abc:name")).isEqualTo("abc");
        assertThat(EventSocketAddresses.password("JAMBONES_FREESWITCH", "fs:8021:abc:name:more")).isNull();
        assertThat(EventSocketAddresses.password("JAMBONES_FREESWITCH", "fs:port:abc")).isNull();
        assertThat(EventSocketAddresses.password("JAMBONES_FREESWITCH", "fs:8021:")).isNull();
        assertThat(EventSocketAddresses.password("MEDIA_SERVER", "fs:8021:abc")).isNull();
    }
}
