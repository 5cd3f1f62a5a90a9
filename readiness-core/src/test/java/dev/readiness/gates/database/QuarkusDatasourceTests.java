package dev.readiness.gates.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Quarkus's datasource settings as a Quarkus application's {@code application.properties} writes them: the reactive
 * client's {@code vertx-reactive:} prefix before a database URI, and profile prefixes ({@code %dev.}, {@code %prod.}).
 */
class QuarkusDatasourceTests {

    private static List<String> production(String text) {
        Settings settings = ApplicationConfig.builder().configText("application.properties", text).build()
                .settings();
        return new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .map(f -> f.code() + " " + f.subject() + " " + f.severity()).toList();
    }

    @Test
    void aReactiveUrlShouldBeJudgedAsTheDatabaseUriAfterItsPrefix() {
        assertThat(production("quarkus.datasource.reactive.url=vertx-reactive:postgresql://localhost:5432/orders\n"))
                .containsExactly("database.loopback quarkus.datasource.reactive.url WARN");
    }

    @Test
    void aReactiveUrlOnAServiceHostShouldStayClean() {
        assertThat(production("""
                quarkus.datasource.reactive.url=vertx-reactive:postgresql://orders-db.internal:5432/orders
                quarkus.datasource.username=orders
                quarkus.datasource.password=${DB_PASSWORD}
                """)).isEmpty();
    }

    @Test
    void aDevProfileUrlShouldNotBeJudgedForProductionButTheProdOneShould() {
        assertThat(production("""
                %dev.quarkus.datasource.jdbc.url=jdbc:postgresql://localhost:5432/orders
                %prod.quarkus.datasource.jdbc.url=jdbc:postgresql://localhost:5433/orders
                quarkus.datasource.password=${DB_PASSWORD}
                """)).containsExactly("database.loopback %prod.quarkus.datasource.jdbc.url WARN");
    }
}
