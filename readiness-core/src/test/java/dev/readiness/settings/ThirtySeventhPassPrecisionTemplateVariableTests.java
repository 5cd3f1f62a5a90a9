package dev.readiness.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Gate;
import dev.readiness.GateContext;
import dev.readiness.Gates;
import dev.readiness.Severity;
import dev.readiness.Stage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The thirty-seventh pass's precision rule of the settings: a whole value that is one PHP or Smarty template variable,
 * {@code {$NAME}} (quoted or not), as OJS's container writes {@code password = "{$OJS_DB_PASSWORD}"}, is filled in
 * before the service reads the file, so no gate reads it as a placeholder or a template host; a fill-in marker
 * ({@code {YOUR_DB_PASSWORD}}) and a URL with such a variable inside ({@code http://{$SERVERNAME}}) are still judged.
 */
class ThirtySeventhPassPrecisionTemplateVariableTests {

    /** The WARN and NO-GO findings every built-in gate reports on one key of a properties text, in production. */
    static List<Finding> findings(String text, String key) throws Exception {
        Settings settings = ApplicationConfig.builder().configText("config.properties", text).build().settings();
        GateContext context = GateContext.of(Stage.PRODUCTION, settings);
        List<Finding> found = new ArrayList<>();
        for (Gate gate : Gates.discover()) {
            gate.check(context).findings().stream()
                    .filter(f -> f.subject().equals(key) && f.severity() != Severity.INFO).forEach(found::add);
        }
        return found;
    }

    @Test
    void aWholeTemplateVariableShouldBeDeferredNotJudged() throws Exception {
        String config = """
                driver=mysqli
                host="{$OJS_DB_HOST}"
                username={$OJS_DB_USER}
                password="{$OJS_DB_PASSWORD}"
                """;
        assertThat(findings(config, "host")).isEmpty();
        assertThat(findings(config, "password")).isEmpty();
        Setting password = ApplicationConfig.builder().configText("config.properties", config).build().settings()
                .get("password").orElseThrow();
        assertThat(password.isDeferred()).isTrue();
        assertThat(TemplateExpressions.interpolatedBy("\"{$OJS_DB_PASSWORD}\"")).contains("OJS_DB_PASSWORD");
    }

    @Test
    void aFillInMarkerOrAVariableInsideAUrlShouldStillBeJudged() throws Exception {
        List<Finding> marker = findings("password={YOUR_DB_PASSWORD}\n", "password");
        assertThat(marker).extracting(Finding::code).contains("secrets.placeholder");
        assertThat(marker.get(0).message()).contains("password").doesNotContain("YOUR_DB_PASSWORD");
        Setting url = ApplicationConfig.builder().configText("config.properties", "base_url=\"http://{$SERVERNAME}\"\n")
                .build().settings().get("base_url").orElseThrow();
        assertThat(url.isDeferred()).isFalse();
        assertThat(TemplateExpressions.interpolatedBy("{$OJS-DB}")).isNull();
        assertThat(TemplateExpressions.interpolatedBy("{$}")).isNull();
        assertThat(TemplateExpressions.interpolatedBy("x{$NAME}")).isNull();
    }
}
