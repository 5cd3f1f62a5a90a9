package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Thirty-fourth pass: list items that assign a variable ({@code NAME=value}), as a flattened Kustomize
 * {@code secretGenerator}'s {@code literals} or a Compose {@code environment} list writes them, are judged under the
 * name they assign. Public kustomizations commit {@code literals: [password=password1]}; the Kustomize docs' own
 * {@code key=value}, a generator's {@code files} entries and non-secret names stay clean. Random values were
 * generated for this test.
 */
class ThirtyFourthPassSecretsListedAssignmentsTests {

    private static List<String> findingsIn(String lines, String key) {
        Settings settings = ApplicationConfig.builder()
                .configText("kustomization.properties", lines.replace('|', '\n') + "\n").build().settings();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(finding -> finding.subject().equals(key))
                .map(finding -> finding.severity() + " " + finding.code()).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", value = {
            "secretGenerator[0].literals[0]=DB_PASSWORD=admin123 ~ secretGenerator[0].literals[0] ~ NO_GO secrets.published-default",
            "secretGenerator[0].literals[0]=JWT_SECRET=changeme ~ secretGenerator[0].literals[0] ~ NO_GO secrets.placeholder",
            "secretGenerator[0].literals[0]=password=password1 ~ secretGenerator[0].literals[0] ~ NO_GO secrets.guessable",
            "services.db.environment[0]=POSTGRES_PASSWORD=postgres ~ services.db.environment[0] ~ NO_GO secrets.published-default"})
    void aListedAssignmentOfAWeakSecretShouldBeJudgedUnderItsName(String lines, String key, String expected) {
        assertThat(findingsIn(lines, key)).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", value = {
            "secretGenerator[0].literals[0]=API_KEY=Qm7xT2vR9pLw4ZsK8nYb3HcE ~ secretGenerator[0].literals[0]",
            "secretGenerator[0].literals[0]=key=value ~ secretGenerator[0].literals[0]",
            "secretGenerator[0].literals[0]=JWT_SECRET=$(JWT_SECRET) ~ secretGenerator[0].literals[0]",
            "secretGenerator[0].literals[0]=SESSION_SECRET=${SESSION_SECRET} ~ secretGenerator[0].literals[0]",
            "secretGenerator[0].files[0]=server.key=certs/server.key ~ secretGenerator[0].files[0]",
            "configMapGenerator[0].literals[0]=LOG_LEVEL=info ~ configMapGenerator[0].literals[0]",
            "args[0]=--password=admin ~ args[0]",
            "services.app.environment[0]=PASSWORD_MIN_LENGTH=12 ~ services.app.environment[0]"})
    void aRandomReferencedOrNonSecretAssignmentShouldStayClean(String lines, String key) {
        assertThat(findingsIn(lines, key)).isEmpty();
    }

    @Test
    void anAssignmentShouldNeedAListItemAndAVariableName() {
        assertThat(ListedAssignments.of("literals[0]", "DB_PASSWORD=x")).isEqualTo(new ListedAssignments("DB_PASSWORD", "x"));
        assertThat(ListedAssignments.of("literals", "DB_PASSWORD=x")).isNull();
        assertThat(ListedAssignments.of("literals[0]", "--password=x")).isNull();
        assertThat(ListedAssignments.of("literals[0]", "DB_PASSWORD=")).isNull();
        assertThat(ListedAssignments.of("literals[0]", "a b=c")).isNull();
    }
}
