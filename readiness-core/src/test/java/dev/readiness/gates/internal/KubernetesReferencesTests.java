package dev.readiness.gates.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Kubernetes dependent variables ({@code $(NAME)}) are filled when the container starts: no placeholder, no broken
 * URL; a shell command substitution and placeholders around them are still judged.
 */
class KubernetesReferencesTests {

    @ParameterizedTest
    @ValueSource(strings = {"$(DB_PASSWORD)", "$(username)", "$(app.secret-key)"})
    void aWholeReferenceShouldBeRecognised(String value) {
        assertThat(KubernetesReferences.isWholeReference(value)).as(value).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"$(openssl rand -hex 32)", "$(head -c32 /dev/urandom | base64)", "$()", "$(1abc)",
            "prefix-$(DB_PASSWORD)", "$$(DB_PASSWORD)"})
    void aCommandOrAnEscapedOrPartialReferenceShouldNotBeAWholeReference(String value) {
        assertThat(KubernetesReferences.isWholeReference(value)).as(value).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"APP_SECRET|$(SECRET_FROM_ENV)", "DB_PASSWORD|$(POSTGRES_PASSWORD)",
            "DATABASE_URL|postgres://$(DB_USERNAME):$(DB_PASSWORD)@$(DB_HOST):$(DB_PORT)/postgres",
            "DATABASE_URL|$(DATABASE_URL_FROM_SECRET)",
            "SPRING_DATASOURCE_URL|jdbc:postgresql://$(DB_HOST):5432/$(DB_NAME)"})
    void aValueFilledFromOtherVariablesShouldRaiseNoAlarm(String key, String value) {
        assertThat(GateCodes.of(key, value)).as(value).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"APP_SECRET|changeme", "DB_PASSWORD|$$(POSTGRES_PASSWORD)",
            "DATABASE_URL|postgres://postgres:postgres@localhost:5432/app",
            "DATABASE_URL|postgres://$(DB_USER):$(DB_PASSWORD)@127.0.0.1:5432/app"})
    void aLiteralOrALoopbackUrlAroundReferencesShouldStillBeJudged(String key, String value) {
        assertThat(GateCodes.of(key, value)).as(value).isNotEmpty();
    }
}
