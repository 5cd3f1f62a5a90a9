package dev.readiness.examples.afrigest;

import dev.readiness.Stage;
import dev.readiness.Status;
import dev.readiness.testkit.GateCheck;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenTtlGateTests {

    private final TokenTtlGate gate = new TokenTtlGate();

    @ParameterizedTest
    @CsvSource({"15m,30d", "900s,7d", "1h,90d", "5 minutes,2 weeks", "10m,1w", "60000ms,1d", "0.5h,30 days"})
    void checkWhenLifetimesAreSaneShouldSayGo(String access, String refresh) {
        GateCheck.run(Stage.PRODUCTION, Map.of("ACCESS_TTL", access, "REFRESH_TTL", refresh), gate).isGo()
                .hasNoFindings();
    }

    @ParameterizedTest
    @CsvSource({
            "15m,10m,afrigest.token-ttl.refresh-not-longer,REFRESH_TTL,NO_GO",
            "15m,15m,afrigest.token-ttl.refresh-not-longer,REFRESH_TTL,NO_GO",
            "900,30d,afrigest.token-ttl.no-unit,ACCESS_TTL,NO_GO",
            "15m,2592000,afrigest.token-ttl.no-unit,REFRESH_TTL,NO_GO",
            "15 mins please,30d,afrigest.token-ttl.malformed,ACCESS_TTL,NO_GO",
            "-15m,30d,afrigest.token-ttl.malformed,ACCESS_TTL,NO_GO",
            "2h,30d,afrigest.token-ttl.access-too-long,ACCESS_TTL,WARN",
            "15m,1y,afrigest.token-ttl.refresh-too-long,REFRESH_TTL,WARN"})
    void checkWhenALifetimeIsWrongShouldNameIt(String access, String refresh, String code, String subject,
            Status verdict) {
        GateCheck.run(Stage.PRODUCTION, Map.of("ACCESS_TTL", access, "REFRESH_TTL", refresh), gate)
                .hasVerdict(verdict).hasFinding(code, subject);
    }

    @Test
    void checkInDevelopmentShouldSayNothing() {
        GateCheck.run(Stage.DEVELOPMENT, Map.of("ACCESS_TTL", "900", "REFRESH_TTL", "1"), gate).hasNoFindings();
    }

    @Test
    void checkWhenKeysAreAbsentShouldSayNothing() {
        GateCheck.run(Stage.PRODUCTION, Map.of(), gate).isGo().hasNoFindings();
    }
}
