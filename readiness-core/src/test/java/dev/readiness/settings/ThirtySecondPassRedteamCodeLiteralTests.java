package dev.readiness.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.gates.secrets.SecretsGate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile testing, thirty-second pass: a literal secret written as code that only looks computed or deferred. The
 * thirty-first pass read code look-ups and {@code .format(…)} calls, but a statement's end ({@code ;}, a trailing
 * {@code ,} of an object literal, a {@code # dev only} or {@code // TODO} comment), a Python string prefix
 * ({@code r'…'}) or a JavaScript template literal in the default, {@code %} formatting with literal arguments, an
 * f-string whose fields are literals, a format spec ({@code '{:s}'}) and literals joined by {@code +} turned the value
 * into either text judged whole (the comment's words lengthen it past the guessability rules) or a value "built from
 * other values when it runs": GO in production with {@code hunter2} written in the file.
 */
class ThirtySecondPassRedteamCodeLiteralTests {

    private static final String STRONG = "Qz8vR2mK9xT4wL7pN3sB6yH1aF5cJ0dEu3Wq7Zk4Lm9Ps2Rb6";

    private static List<String> findings(Map<String, String> environment, String line) {
        Settings settings = ApplicationConfig.builder().environment(environment).configText("application.properties",
                line + "\n").build().settings();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .map(finding -> finding.severity() + " " + finding.subject()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SECRET_KEY = os.environ.get('SECRET_KEY', 'hunter2')  # dev only",
        "SECRET_KEY = os.environ.get('SECRET_KEY', 'hunter2');",
        "SECRET_KEY = os.getenv('SECRET_KEY', 'hunter2') // TODO",
        "SECRET_KEY = process.env.SECRET_KEY || 'hunter2';",
        "SECRET_KEY = process.env.SECRET_KEY || 'hunter2',",
        "SECRET_KEY = process.env.SECRET_KEY ?? 'hunter2' // TODO rotate",
        "SECRET_KEY = os.environ.get('SECRET_KEY', r'hunter2')",
        "SECRET_KEY = os.environ.get('SECRET_KEY', u\"hunter2\")",
        "SECRET_KEY = process.env.SECRET_KEY || `hunter2`",
        "SECRET_KEY = '{}'.format('hunter2')  # set me",
        "SECRET_KEY = '{}'.format('hunter2');",
        "SECRET_KEY = '{:s}'.format('hunter2')",
        "SECRET_KEY = '{0!s}'.format('hunter2')",
        "SECRET_KEY = '%s' % ('hunter2',)",
        "SECRET_KEY = '%s' % ('hunter2')",
        "SECRET_KEY = '%s%s' % ('hun', 'ter2')",
        "SECRET_KEY = '%(pw)s' % {'pw': 'hunter2'}",
        "SECRET_KEY = f'{\"hunter2\"}'",
        "SECRET_KEY = f'hunter2{\"\"}'",
        "SECRET_KEY = 'hun' + 'ter2'",
        "SECRET_KEY = 'hunter2'  # TODO rotate before launch",
    })
    void aLiteralSecretWrittenAsCodeShouldBeJudged(String line) {
        assertThat(findings(Map.of(), line)).containsExactly("NO_GO SECRET_KEY");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SECRET_KEY = os.environ.get('SECRET_KEY', 'hunter2');",
        "SECRET_KEY = process.env.SECRET_KEY || 'hunter2',",
        "SECRET_KEY = os.environ.get('SECRET_KEY', r'hunter2')  # dev only",
    })
    void theVariableShouldStillWinWhereTheEnvironmentSetsIt(String line) {
        assertThat(findings(Map.of("SECRET_KEY", STRONG), line)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SECRET_KEY = '%s' % (SECRET,)",
        "SECRET_KEY = '%s-%s' % ('prefix', SECRET)",
        "SECRET_KEY = f'{BASE_SECRET}'",
        "SECRET_KEY = f\"{'x' if DEBUG else SECRET}\"",
        "SECRET_KEY = '{}'.format(SECRET)  # from the vault",
        "SECRET_KEY = process.env.SECRET_KEY || `${PREFIX}-x`;",
    })
    void aValueTheCodeComputesShouldRaiseNoFinding(String line) {
        assertThat(findings(Map.of(), line)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SECRET_KEY = '" + STRONG + "'  # rotated 2026-11",
        "SECRET_KEY = '%s' % '" + STRONG + "'",
    })
    void aStrongLiteralShouldBeNoNoGo(String line) {
        assertThat(findings(Map.of(), line)).noneMatch(finding -> finding.startsWith("NO_GO"));
    }

    @Test
    void theLiteralsShouldBeReadAsPythonAndJavaScriptGiveThem() {
        assertThat(CodeExpressions.literalValue("'%s:%s' % ('app', 'pw')")).isEqualTo("app:pw");
        assertThat(CodeExpressions.literalValue("'%(u)s:%(p)s%%' % {'u': 'app', \"p\": 'pw'}")).isEqualTo("app:pw%");
        assertThat(CodeExpressions.literalValue("f'{{x}}-{\"y\"}'")).isEqualTo("{x}-y");
        assertThat(CodeExpressions.literalValue("'a' 'b' + \"c\"")).isEqualTo("abc");
        assertThat(CodeExpressions.literalValue("'x'")).isNull();
        assertThat(CodeExpressions.literalValue("'%5s' % ('x',)")).isNull();
        assertThat(CodeExpressions.literalValue("'%s' % ('x', 'y')")).isNull();
        assertThat(CodeExpressions.literalValue("'a' - 'b'")).isNull();
    }
}
