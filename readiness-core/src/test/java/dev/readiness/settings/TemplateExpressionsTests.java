package dev.readiness.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TemplateExpressionsTests {

    @ParameterizedTest
    @ValueSource(strings = {"{{ .Values.global.environment.config.dina_db.db_password }}",
        "jdbc:postgresql://{{ .Values.db.service }}/collection?currentSchema=collection",
        "{{ tpl .Values.global.keycloak.url . }}/realms/dina", "{{- .Values.password -}}", "{{ $host }}:5432",
        "{{ include \"app.fullname\" . }}-db", "<%= ENV[\"APP_DATABASE_PASSWORD\"] %>",
        "<%= ENV.fetch(\"RAILS_MAX_THREADS\") { 5 } %>", "{{ getenv \"DB_PASSWORD\" }}",
        "{{ getenv \"DB_HOST\" \"postgres\" }}", "{{getv \"/database/password\"}}", "{{ expandenv \"$HOME/data\" }}"})
    void aTemplateActionOrAnErbTagIsRenderedBeforeTheServiceReadsIt(String value) {
        assertThat(TemplateExpressions.renderedBy(value)).isNotNull().doesNotContain(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{{DB_PASSWORD}}", "{{ db_password }}", "{{ }}", "{{.}}", "changeme", "${DB_PASSWORD}",
        "a {{ b", "<your PayPal merchant>", "50% off %> now", "{{ default }}", "{{ getenv }}",
        "{{ your getenv key }}"})
    void fillInMarkersAndOrdinaryTextAreNoExpressions(String value) {
        assertThat(TemplateExpressions.renderedBy(value)).isNull();
    }

    @Test
    void aValueRenderedByHelmIsDeferredAndAFillInMarkerIsNot() {
        Settings settings = ApplicationConfig.builder().configText("values.properties",
                "db.password={{ .Values.db.password }}\nrails.password=<%= ENV[\"DB_PASSWORD\"] %>\n"
                        + "template.password={{DB_PASSWORD}}\nimage.password={{ getenv \"DB_PASSWORD\" }}\n").build()
                .settings();
        assertThat(settings.get("db.password").orElseThrow().isDeferred()).isTrue();
        assertThat(settings.get("db.password").orElseThrow().suppliedBy()).get().asString()
                .contains("template").doesNotContain(".Values");
        assertThat(settings.get("rails.password").orElseThrow().isDeferred()).isTrue();
        assertThat(settings.get("template.password").orElseThrow().isDeferred()).isFalse();
        assertThat(settings.get("image.password").orElseThrow().isDeferred()).isTrue();
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "<%= get_env(name=\"DATABASE_URL\", default=\"sqlite://app.sqlite?mode=rwc\") %> | ${DATABASE_URL:sqlite://app.sqlite?mode=rwc}",
        "{{ get_env(name=\"HOST\", default=\"http://localhost\") }} | ${HOST:http://localhost}",
        "{{get_env(default='5150', name='PORT')}} | ${PORT:5150}",
        "{{ get_env(name=\"SMTP_PASSWORD\") }} | ${SMTP_PASSWORD}"})
    void locosEnvironmentLookupIsTheSpringPlaceholderItMeans(String value, String placeholder) {
        assertThat(TemplateExpressions.environmentLookup(value)).isEqualTo(placeholder);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{{ get_env(name=\"A\", default=\"{{ other }}\") }}", "{{ getenv \"DB_HOST\" \"postgres\" }}",
        "prefix {{ get_env(name=\"A\") }}", "{{ get_env(name=A) }}", "{{ get_env(name=\"A\", fallback=\"x\") }}",
        "<%= get_env(name=\"A\", default=\"${B}\") %>", "get_env(name=\"A\")"})
    void otherExpressionsAreNoEnvironmentLookup(String value) {
        assertThat(TemplateExpressions.environmentLookup(value)).isNull();
    }

    @Test
    void aLookupsDefaultIsJudgedUnlessTheEnvironmentGivesTheVariable() {
        String config = "server.host=<%= get_env(name=\"HOST\", default=\"http://localhost\") %>\n";
        Settings alone = ApplicationConfig.builder().configText("production.properties", config).build().settings();
        assertThat(alone.value("server.host")).contains("http://localhost");
        assertThat(alone.get("server.host").orElseThrow().isDeferred()).isFalse();
    }
}
