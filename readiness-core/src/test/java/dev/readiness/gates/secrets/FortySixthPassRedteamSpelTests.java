package dev.readiness.gates.secrets;

import dev.readiness.testkit.ReportAssert;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Forty-sixth pass, hostile tester: a {@link String} method called on literals inside a Spring expression
 * ({@code #{'changeme'.toString()}}, {@code #{'chan'.concat('geme')}}, {@code #{T(java.lang.String).valueOf('changeme')}})
 * gives the service the literal's text, yet was taken for a value computed at run time, GO without a word (the
 * forty-fifth pass's open item). A few methods of {@code String} whose result is fixed by their string arguments are
 * now applied, as SpEL applies them; any other call (a bean, a variable, another type or method, a number) stays a
 * run-time value, and nothing is evaluated.
 */
class FortySixthPassRedteamSpelTests {

    private static final String STRONG = FortyFourthPassRedteamSpelTests.STRONG;

    private static ReportAssert check(String properties) {
        return FortyFourthPassRedteamSpelTests.check(properties);
    }

    @Test
    void aStringMethodOnALiteralIsJudgedAsItsResult() {
        check("jwt.secret=#{'changeme'.toString()}\n").hasFinding("secrets.placeholder", "jwt.secret").isNoGo();
        check("jwt.secret=#{'chan'.concat('geme')}\n").hasFinding("secrets.placeholder", "jwt.secret").isNoGo();
        check("jwt.secret=#{T(java.lang.String).valueOf('changeme')}\n")
                .hasFinding("secrets.placeholder", "jwt.secret").isNoGo();
        check("jwt.secret=#{new String('changeme').trim()}\n").hasFinding("secrets.placeholder", "jwt.secret")
                .isNoGo();
    }

    @Test
    void aMethodCallInAFallbackOrABranchIsJudged() {
        check("jwt.secret=#{environment['JWT_SECRET'] ?: 'CHANGEME'.toLowerCase()}\n")
                .hasFinding("secrets.placeholder", "jwt.secret").isNoGo();
        check("jwt.secret=#{environment['X'] != null ? environment['X'] : T(String).join('', 'chan', 'geme')}\n")
                .hasFinding("secrets.placeholder", "jwt.secret").isNoGo();
    }

    @Test
    void aStrongValueThroughAMethodIsNoProblem() {
        check("jwt.secret=#{'" + STRONG.substring(0, 20) + "'.concat('" + STRONG.substring(20) + "').toString()}\n")
                .hasNoFinding("secrets.placeholder").hasNoFinding("secrets.too-short").hasNoFinding("secrets.too-weak");
    }

    @Test
    void anythingButAStringMethodOnTermsStaysARunTimeValue() {
        SoftAssertions.assertSoftly(soft -> {
            soft.assertThat(SpelLiterals.literal("#{'changeme'.toString()}")).isEqualTo("changeme");
            soft.assertThat(SpelLiterals.literal("#{('chan' + 'ge').concat(\"me\").intern()}")).isEqualTo("changeme");
            soft.assertThat(SpelLiterals.literal("#{ T( String ).valueOf( 'x' ) }")).isEqualTo("x");
            soft.assertThat(SpelLiterals.literal("#{'changeme'.substring(0)}")).isNull();
            soft.assertThat(SpelLiterals.literal("#{'a'.concat(environment['X'])}")).isNull();
            soft.assertThat(SpelLiterals.literal("#{@vault.secret('changeme')}")).isNull();
            soft.assertThat(SpelLiterals.literal("#{T(my.Strings).valueOf('changeme')}")).isNull();
            soft.assertThat(SpelLiterals.literal("#{T(StringUtils).valueOf('changeme')}")).isNull();
            soft.assertThat(SpelLiterals.literal("#{newString('changeme')}")).isNull();
            soft.assertThat(SpelLiterals.literal("#{T(String).valueOf(1)}")).isNull();
            soft.assertThat(SpelLiterals.literal("#{'a'.toString}")).isNull();
            soft.assertThat(SpelLiterals.literal("#{'a'.toString()x}")).isNull();
            soft.assertThat(SpelLiterals.literal("#{" + "(".repeat(10_000) + "'a'" + ")".repeat(10_000) + "}"))
                    .isNull();
        });
    }
}
