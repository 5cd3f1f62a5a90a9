package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hostile testing, thirty-first pass (the last pass's leftover): a command substitution that only prints text written
 * in the file ({@code JWT_SECRET=$(echo changeme)}, {@code DB_PASSWORD=`echo hunter2`}) was an INFO
 * {@code secrets.shell-generated}, so the file was GO. A shell that sources the file sets the printed text, which is
 * committed in the file as plainly as a literal; Docker Compose's {@code env_file} keeps the command text itself, the
 * same in every copy. Either way the value is written in the file, so it is judged as the text the command prints.
 */
class ThirtyFirstPassRedteamShellCommandTests {

    private static List<String> findings(String line) {
        Settings settings = Settings.builder().dotenv("deploy/prod.env", line + "\n").build();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .map(finding -> finding.severity() + " " + finding.code()).toList();
    }

    @Test
    void aCommandThatPrintsTextWrittenInTheFileShouldBeJudgedAsThatText() {
        assertThat(findings("JWT_SECRET=$(echo changeme)")).hasSize(1).allMatch(code -> code.startsWith("NO_GO "));
        assertThat(findings("DB_PASSWORD=`echo hunter2`")).containsExactly("NO_GO secrets.guessable");
        assertThat(findings("DB_PASSWORD=\"$(echo -n 'hunter2')\"")).containsExactly("NO_GO secrets.guessable");
        assertThat(findings("SESSION_SECRET=$(printf '%s' secret123)")).hasSize(1)
                .allMatch(code -> code.startsWith("NO_GO "));
        assertThat(findings("SESSION_SECRET=$(printf hunter2)")).containsExactly("NO_GO secrets.guessable");
    }

    @Test
    void aCommandThatMakesOrReadsItsOutputShouldStillOnlyInform() {
        assertThat(findings("APP_KEY=$(openssl rand -hex 32)")).containsExactly("INFO secrets.shell-generated");
        assertThat(findings("JWT_SECRET=$(echo $RANDOM$RANDOM)")).containsExactly("INFO secrets.shell-generated");
        assertThat(findings("JWT_SECRET=$(cat /run/secrets/jwt)")).containsExactly("INFO secrets.shell-generated");
        assertThat(findings("JWT_SECRET=`echo hunter2 | sha256sum`")).containsExactly("INFO secrets.shell-generated");
        assertThat(findings("JWT_SECRET=$(printf '%s' \"$(head -c 32 /dev/urandom | base64)\")"))
                .containsExactly("INFO secrets.shell-generated");
    }

    @Test
    void aRandomValuePrintedByEchoShouldBeJudgedAsTheSameLiteralWouldBe() {
        assertThat(findings("API_TOKEN=$(echo G7K3M9P2Q4R8S5T6W2X3vv)"))
                .isEqualTo(findings("API_TOKEN=G7K3M9P2Q4R8S5T6W2X3vv"));
    }
}
