package dev.readiness.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The forty-first pass's rule on {@code __NAME__} markers: in a file whose markers also fill parts of values
 * ({@code restapi.listen=0.0.0.0:__PATRONI_API_PORT__}, {@code ALLOWED_HOSTS=…,__SUBDOMAIN__.acme.org}) a machine
 * renders every marker, so a whole marker there is filled later and not judged as written; in a file with whole markers
 * only (an application's own {@code .env} a deploy was meant to fill by hand) it stays template text, and capital
 * environment names nested with double underscores ({@code APP__DB__HOST}) are no evidence.
 */
class FortyFirstPassPlaceholdersRenderedMarkerTests {

    private static final String RENDERED = """
            name=__MY_NAME__
            restapi.listen=0.0.0.0:__PATRONI_API_PORT__
            postgresql.authentication.superuser.password=__POSTGRES_SUPERUSER_PASSWORD__
            """;

    private static final String WHOLE_ONLY = """
            DB_HOST=db.acme-corp.io
            DB_PASSWORD=__DB_PASSWORD__
            JWT_SECRET=__JWT_SECRET__
            """;

    private static Settings settings(String text) throws Exception {
        return ApplicationConfig.builder().configText("config.properties", text).build().settings();
    }

    private static List<Finding> findings(String text, String key) throws Exception {
        return ThirtySeventhPassPrecisionTemplateVariableTests.findings(text, key);
    }

    @Test
    void aWholeMarkerInAFileWhoseMarkersFillPartsOfValuesShouldBeLeftToTheRenderer() throws Exception {
        assertThat(findings(RENDERED, "postgresql.authentication.superuser.password")).isEmpty();
        Setting password = settings(RENDERED).get("postgresql.authentication.superuser.password").orElseThrow();
        assertThat(password.isDeferred()).isTrue();
        assertThat(password.suppliedBy()).get().asString().contains("renderer of this template file");
        String cookiecutter = "ALLOWED_HOSTS=localhost,__SUBDOMAIN__.acme.org\nSECRET_KEY=__SECRETKEY__\n";
        assertThat(findings(cookiecutter, "SECRET_KEY")).isEmpty();
    }

    @Test
    void wholeMarkersOnlyOrNestedEnvironmentNamesShouldStillBeTemplateText() throws Exception {
        List<Finding> password = findings(WHOLE_ONLY, "DB_PASSWORD");
        assertThat(password).extracting(Finding::code).contains("secrets.placeholder");
        assertThat(password).extracting(Finding::severity).contains(Severity.NO_GO);
        String nested = WHOLE_ONLY + "APP__DB__HOST=db.acme-corp.io\nJWKS_KEY=__JWKS_KEY_PEM__\\n\n";
        assertThat(findings(nested, "JWT_SECRET")).extracting(Finding::code).contains("secrets.placeholder");
        assertThat(YunoHostTemplates.fillsPartOfValue("0.0.0.0:__PORT__")).isTrue();
        assertThat(YunoHostTemplates.fillsPartOfValue("https://__DOMAIN____PATH__")).isTrue();
        assertThat(YunoHostTemplates.fillsPartOfValue("\"__DB_PASSWORD__\"")).isFalse();
        assertThat(YunoHostTemplates.fillsPartOfValue("__KEY_PEM__\\n")).isFalse();
        assertThat(YunoHostTemplates.fillsPartOfValue("a__b__c")).isFalse();
        assertThat(YunoHostTemplates.fillsPartOfValue("__________")).isFalse();
    }
}
