package dev.readiness.gates.secrets;

import dev.readiness.testkit.ReportAssert;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Forty-fifth pass, hostile tester: a Spring expression whose condition picks one of two written values
 * ({@code #{cond ? 'a' : 'changeme'}}, {@code #{environment['X'] != null ? environment['X'] : 'changeme'}}) gives the
 * service a written value, yet was taken for a value computed at run time, GO without a word (the forty-fourth pass's
 * open item "a SpEL ternary"). A literal branch is now judged; a ternary whose branches are both computed, a safe
 * navigation ({@code ?.}) and a selection ({@code ?[…]}) stay run-time values.
 */
class FortyFifthPassRedteamSpelTests {

    private static final String STRONG = FortyFourthPassRedteamSpelTests.STRONG;

    private static ReportAssert check(String properties) {
        return FortyFourthPassRedteamSpelTests.check(properties);
    }

    @Test
    void aTernaryWithAWeakLiteralBranchIsJudged() {
        check("jwt.secret=#{true ? 'changeme' : 'changeme'}\n").hasFinding("secrets.placeholder", "jwt.secret")
                .isNoGo();
        check("jwt.secret=#{environment['X'] != null ? environment['X'] : 'changeme'}\n")
                .hasFinding("secrets.placeholder", "jwt.secret").isNoGo();
        check("jwt.secret=#{${USE_VAULT:false} ? @vault.secret() : 'chan' + 'geme'}\n")
                .hasFinding("secrets.placeholder", "jwt.secret").isNoGo();
    }

    @Test
    void aStrongAndAWeakBranchAreJudgedByTheWeakOne() {
        check("jwt.secret=#{systemProperties['x'] == 'y' ? '" + STRONG + "' : 'changeme'}\n")
                .hasFinding("secrets.placeholder", "jwt.secret").isNoGo();
        check("jwt.secret=#{systemProperties['x'] == 'y' ? 'changeme' : '" + STRONG + "'}\n")
                .hasFinding("secrets.placeholder", "jwt.secret").isNoGo();
    }

    @Test
    void strongBranchesAndComputedBranchesAreNoProblem() {
        check("jwt.secret=#{environment['X'] != null ? environment['X'] : '" + STRONG + "'}\n")
                .hasNoFinding("secrets.placeholder").hasNoFinding("secrets.too-short");
        check("jwt.secret=#{environment['A'] != null ? environment['A'] : environment['B']}\n")
                .hasNoFinding("secrets.placeholder").hasNoFinding("secrets.too-short");
    }

    @Test
    void safeNavigationAndSelectionAreNoTernary() {
        SoftAssertions.assertSoftly(soft -> {
            soft.assertThat(SpelLiterals.literal("#{@vault?.secret('changeme')}")).isNull();
            soft.assertThat(SpelLiterals.literal("#{list.?[name == 'changeme']}")).isNull();
            soft.assertThat(SpelLiterals.literal("#{a ? 'x?y' : 'p:q:r'}")).isEqualTo("x?y");
            soft.assertThat(SpelLiterals.literal("#{a ? (b ? 'one' : 'three') : 'four'}")).isEqualTo("one");
            soft.assertThat(SpelLiterals.literal("#{a ? b ? 'one' : 'three' : 'four'}")).isEqualTo("one");
            soft.assertThat(SpelLiterals.literal("#{a ? 'x'}")).isNull();
        });
    }
}
