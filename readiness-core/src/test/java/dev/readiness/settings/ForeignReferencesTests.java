package dev.readiness.settings;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ForeignReferencesTests {

    @Test
    void eachLanguagesLookUpShouldMeanTheSpringPlaceholder() {
        assertThat(ForeignReferences.placeholderOf("process.env.SECRET || 'keyboard cat'"))
                .isEqualTo("${SECRET:keyboard cat}");
        assertThat(ForeignReferences.placeholderOf("process.env.A || process.env.B || 'mongodb://db/app'"))
                .isEqualTo("${A:${B:mongodb://db/app}}");
        assertThat(ForeignReferences.placeholderOf("System.get_env(\"SECRET_KEY_BASE\")")).isEqualTo("${SECRET_KEY_BASE}");
        assertThat(ForeignReferences.placeholderOf("System.get_env(\"HOST\") || \"localhost\""))
                .isEqualTo("${HOST:localhost}");
        assertThat(ForeignReferences.placeholderOf("env('APP_KEY', 'base64')")).isEqualTo("${APP_KEY:base64}");
        assertThat(ForeignReferences.placeholderOf("env('DEBUG', false)")).isEqualTo("${DEBUG:false}");
        assertThat(ForeignReferences.placeholderOf("os.environ.get('DB_HOST', 'localhost')")).isEqualTo("${DB_HOST:localhost}");
        assertThat(ForeignReferences.placeholderOf("os.environ['DB_HOST']")).isEqualTo("${DB_HOST}");
        assertThat(ForeignReferences.placeholderOf("<%= ENV.fetch(\"REDIS_URL\") { \"redis://localhost:6379/1\" } %>"))
                .isEqualTo("${REDIS_URL:redis://localhost:6379/1}");
        assertThat(ForeignReferences.placeholderOf("{{ lookup('env', 'DB_PASSWORD') | default('password', true) }}"))
                .isEqualTo("${DB_PASSWORD:password}");
        assertThat(ForeignReferences.placeholderOf("${env:JWT_SECRET}")).isEqualTo("${JWT_SECRET}");
    }

    @Test
    void aComputedValueShouldBeDeferredAndAJoinedOneLeftAsWritten() {
        assertThat(ForeignReferences.placeholderOf("process.env.SECURE === 'true' ? true : false")).isEqualTo("${SECURE}");
        assertThat(ForeignReferences.placeholderOf("process.env.A || 'mongodb://' + (process.env.H || 'localhost')"))
                .isNull();
        assertThat(ForeignReferences.placeholderOf("${env:dev}")).isNull();
        assertThat(ForeignReferences.placeholderOf("environment")).isNull();
        assertThat(ForeignReferences.placeholderOf("process.env.X || '${Y}'")).isEqualTo("${X}");
    }

    @Test
    void onlyTheServerlessFrameworksOwnSourcesShouldBeDeployedByIt() {
        assertThat(ForeignReferences.deployedBy("${self:service}-${sls:stage}-errors")).isNotNull();
        assertThat(ForeignReferences.deployedBy("${ssm:/app/prod/db}")).isNotNull();
        assertThat(ForeignReferences.deployedBy("prefix-${env:STAGE}")).isNotNull();
        assertThat(ForeignReferences.deployedBy("${env:dev}")).isNull();
        assertThat(ForeignReferences.deployedBy("${DB_HOST:localhost}")).isNull();
    }

    @Property(tries = 2000)
    void anyValueShouldGiveAPlaceholderOrNothingAndNeverThrow(@ForAll("values") String value) {
        String placeholder = ForeignReferences.placeholderOf(value);
        if (placeholder != null) {
            assertThat(placeholder).startsWith("${").endsWith("}");
        }
        ForeignReferences.deployedBy(value);
    }

    @Provide
    Arbitrary<String> values() {
        Arbitrary<String> pieces = Arbitraries.of("process.env.", "System.get_env(", "env(", "'", "\"", "X_1", ")",
                " || ", " ?? ", "{{ ", " }}", "<%= ", " %>", "lookup('env', ", "| default(", "${env:", "${self:", "}",
                "ENV[", "]", "ENV.fetch(", " { ", ",", "é", "\n", "\\");
        return Arbitraries.oneOf(pieces.list().ofMaxSize(12).map(list -> String.join("", list)),
                Arbitraries.strings().ofMaxLength(200));
    }
}
