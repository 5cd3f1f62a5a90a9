package dev.readiness.gates.secrets;

import dev.readiness.Gate;
import dev.readiness.Gates;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import dev.readiness.testkit.GateCheck;
import dev.readiness.testkit.ReportAssert;
import org.junit.jupiter.api.Test;

/**
 * Forty-third pass, hostile tester: a Spring expression ({@code #{…}}) that {@code @Value} evaluates after the
 * placeholders, written around a literal ({@code #{'changeme'}}) or with one as the Elvis fallback
 * ({@code #{environment['JWT_SECRET'] ?: 'changeme'}}), gives the service that literal; the whole {@code #{…}} was
 * taken for a reference the platform fills and the value was GO without a word (the forty-second pass's open item).
 */
class FortyThirdPassRedteamSpelTests {

    private static final String STRONG = "vZTiTVbR0HgZgSEttBoWbD6cSqD6ZzgaSpVnMocYqc6Eg94O";

    private static ReportAssert check(String properties) {
        return GateCheck.forStage(Stage.PRODUCTION)
                .settings(Settings.builder().properties("application.properties", properties).build())
                .gates(Gates.discover().toArray(Gate[]::new)).run();
    }

    @Test
    void aQuotedLiteralInsideAnExpressionIsJudged() {
        check("jwt.secret=#{'changeme'}\n").hasFinding("secrets.placeholder", "jwt.secret").isNoGo();
    }

    @Test
    void aDoubleQuotedLiteralInsideAnExpressionIsJudged() {
        check("jwt.secret=#{\"changeme\"}\n").hasFinding("secrets.placeholder", "jwt.secret").isNoGo();
    }

    @Test
    void theElvisFallbackOfAnExpressionIsJudged() {
        check("jwt.secret=#{environment['JWT_SECRET'] ?: 'changeme'}\n")
                .hasFinding("secrets.placeholder", "jwt.secret").isNoGo();
    }

    @Test
    void aNullElvisIsJudgedAsItsFallback() {
        check("app.admin-password=#{null ?: 'changeme'}\n").hasFinding("secrets.placeholder").isNoGo();
    }

    @Test
    void aStrongLiteralInsideAnExpressionIsNoPlaceholder() {
        check("jwt.secret=#{'" + STRONG + "'}\n").hasNoFinding("secrets.placeholder");
    }

    @Test
    void anExpressionWithoutALiteralStaysARunTimeValue() {
        check("jwt.secret=#{environment['JWT_SECRET']}\n").hasNoFinding("secrets.placeholder");
    }

    @Test
    void aReleaseTokenStaysAToken() {
        check("jwt.secret=#{JWT_SECRET}#\n").hasNoFinding("secrets.placeholder");
    }
}
