package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatabaseSectionHostsTests {

    private static final SandboxGate GATE = new SandboxGate(ProviderCatalog.builtIn());

    private static List<String> production(String properties) {
        return GATE.check(GateContext.of(Stage.PRODUCTION, ApplicationConfig.builder()
                        .configText("config.properties", properties).build().settings())).findings().stream()
                .map(Finding::subject).toList();
    }

    @Test
    void theHostOfASectionThatDeclaresADatabaseEngineIsLeftToTheDatabaseGate() {
        assertThat(production("development.dialect=mysql\ndevelopment.host=localhost\n"
                + "test.adapter=postgresql\ntest.host=127.0.0.1\n"
                + "TYPEORM_CONNECTION=mysql\nTYPEORM_HOST=localhost\n")).isEmpty();
    }

    @Test
    void theHostOfACacheOrAnUndeclaredSectionIsStillJudged() {
        assertThat(production("cache.type=redis\ncache.host=localhost\nsearch.host=localhost\n"
                + "mail.type=smtp\nmail.host=mailhog\n"))
                .contains("cache.host", "search.host", "mail.host");
    }

    @Test
    void aWebUrlUnderADeclaredSectionsHostIsStillJudged() {
        assertThat(production("type=postgres\nhost=http://localhost:8080\n")).contains("host");
    }
}
