package dev.readiness.gates.secrets;

import dev.readiness.Gate;
import dev.readiness.Gates;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import dev.readiness.testkit.GateCheck;
import dev.readiness.testkit.ReportAssert;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Forty-fourth pass, hostile tester: a Spring expression that joins string literals ({@code #{'chan' + 'geme'}},
 * or an Elvis fallback {@code #{environment['JWT_SECRET'] ?: 'chan' + 'geme'}}) gives the service the joined text, as
 * a single literal does; only a whole literal was read, so splitting the weak value in two was GO without a word (the
 * forty-third pass's open item "SpEL beyond a literal"). A join with anything but a literal stays a run-time value.
 */
class FortyFourthPassRedteamSpelTests {

    static final String STRONG = "vZTiTVbR0HgZgSEttBoWbD6cSqD6ZzgaSpVnMocYqc6Eg94O";

    static ReportAssert check(String properties) {
        return GateCheck.forStage(Stage.PRODUCTION)
                .settings(Settings.builder().properties("application.properties", properties).build())
                .gates(Gates.discover().toArray(Gate[]::new)).run();
    }

    @Test
    void literalsJoinedInsideAnExpressionAreJudgedAsTheirJoin() {
        check("jwt.secret=#{'chan' + 'geme'}\n").hasFinding("secrets.placeholder", "jwt.secret").isNoGo();
        check("jwt.secret=#{\"chan\"+\"ge\" + 'me'}\n").hasFinding("secrets.placeholder", "jwt.secret").isNoGo();
    }

    @Test
    void anElvisFallbackOfJoinedLiteralsIsJudged() {
        check("jwt.secret=#{environment['JWT_SECRET'] ?: 'chan' + 'geme'}\n")
                .hasFinding("secrets.placeholder", "jwt.secret").isNoGo();
    }

    @Test
    void aStrongValueSplitInsideAnExpressionIsNoPlaceholder() {
        check("jwt.secret=#{'" + STRONG.substring(0, 20) + "' + '" + STRONG.substring(20) + "'}\n")
                .hasNoFinding("secrets.placeholder");
    }

    @Test
    void aJoinWithAnythingButALiteralStaysARunTimeValue() {
        check("jwt.secret=#{'chan' + environment['X']}\n").hasNoFinding("secrets.placeholder");
        // a ternary's literal branch is judged since the forty-fifth pass (FortyFifthPassRedteamSpelTests)
        check("jwt.secret=#{'a + b' == 'x' ? environment['Y'] : environment['Z']}\n")
                .hasNoFinding("secrets.placeholder");
    }

    @Test
    void aPlusInsideALiteralIsPartOfIt() {
        SoftAssertions.assertSoftly(soft -> {
            soft.assertThat(SpelLiterals.literal("#{'a + b'}")).isEqualTo("a + b");
            soft.assertThat(SpelLiterals.literal("#{'it''s' + ' ok'}")).isEqualTo("it's ok");
            soft.assertThat(SpelLiterals.literal("#{'a' +}")).isNull();
            soft.assertThat(SpelLiterals.literal("#{+ 'a'}")).isNull();
            soft.assertThat(SpelLiterals.literal("#{'a' 'b'}")).isNull();
        });
    }
}
