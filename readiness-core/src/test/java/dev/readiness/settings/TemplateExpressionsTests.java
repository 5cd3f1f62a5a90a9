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
}
