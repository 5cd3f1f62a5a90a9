package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hostile testing, twenty-eighth pass: a guessable password written into a connection URL that the deploy injects
 * ({@code DATABASE_URL=postgres://app:hunter2@db…}) was GO in production where the same password under
 * {@code DB_PASSWORD} was NO-GO, and a password in the user information of a broker or host list entry
 * ({@code spring.kafka.bootstrap-servers=admin:hunter2@kafka1:9092}, {@code spring.rabbitmq.addresses}) was never
 * read (the last pass's leftover).
 */
class TwentyEighthPassRedteamSecretsTests {

    private static List<String> findings(String file, String line) {
        Settings settings = file.endsWith(".env") ? Settings.builder().dotenv(file, line + "\n").build()
                : Settings.builder().properties(file, line + "\n").build();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .map(finding -> finding.severity() + " " + finding.code() + " " + finding.subject()).toList();
    }

    @Test
    void aGuessablePasswordInAConnectionUrlTheDeployInjectsShouldBeNoGoAsUnderAPasswordKey() {
        assertThat(findings("deploy/prod.env", "DATABASE_URL=postgres://orders:hunter2@db.prod.acme.io:5432/orders"))
                .containsExactly("NO_GO secrets.guessable DATABASE_URL");
        assertThat(findings("deploy/prod.env", "REDIS_URL=redis://default:Summer2024@cache.prod.acme.io:6379"))
                .hasSize(1).allMatch(finding -> finding.startsWith("NO_GO secrets."));
        assertThat(findings("deploy/prod.env", "RABBITMQ_URL=amqp://orders:qwerty123@mq.prod.acme.io:5672/orders"))
                .containsExactly("NO_GO secrets.guessable RABBITMQ_URL");
        assertThat(findings("deploy/prod.env",
                "SPRING_DATASOURCE_URL=jdbc:mysql://db.prod.acme.io:3306/orders?user=orders&password=hunter2"))
                .containsExactly("NO_GO secrets.guessable SPRING_DATASOURCE_URL");
    }

    @Test
    void aGuessablePasswordInAHostListEntryShouldBeJudged() {
        assertThat(findings("deploy/prod.env", "SPRING_KAFKA_BOOTSTRAP_SERVERS=admin:hunter2@kafka1.acme.io:9092,"
                + "kafka2.acme.io:9092")).containsExactly("NO_GO secrets.guessable SPRING_KAFKA_BOOTSTRAP_SERVERS");
        assertThat(findings("deploy/prod.env", "KAFKA_BROKERS=kafka1.acme.io:9092,svc:hunter2@kafka2.acme.io:9092"))
                .containsExactly("NO_GO secrets.guessable KAFKA_BROKERS");
        assertThat(findings("deploy/prod.env", "SPRING_KAFKA_BOOTSTRAP_SERVERS=SASL_SSL://admin:hunter2@kafka1.acme.io"
                + ":9092,SASL_SSL://kafka2.acme.io:9092"))
                .containsExactly("NO_GO secrets.guessable SPRING_KAFKA_BOOTSTRAP_SERVERS");
        assertThat(findings("deploy/prod.env", "SPRING_RABBITMQ_ADDRESSES=orders:hunter2@rabbit1.acme.io:5672"))
                .containsExactly("NO_GO secrets.guessable SPRING_RABBITMQ_ADDRESSES");
    }

    @Test
    void aRandomReferencedDefaultOrDevelopmentProfilePasswordShouldStayAsBefore() {
        assertThat(findings("deploy/prod.env",
                "DATABASE_URL=postgres://orders:G7K3M9P2Q4R8S5T6W2X3vv@db.prod.acme.io:5432/orders")).isEmpty();
        assertThat(findings("deploy/prod.env",
                "SPRING_KAFKA_BOOTSTRAP_SERVERS=admin:G7K3M9P2Q4R8S5T6W2X3vv@kafka1.acme.io:9092")).isEmpty();
        assertThat(findings("deploy/prod.env", "DATABASE_URL=postgres://orders:${DB_PASSWORD}@db.prod.acme.io/orders"))
                .isEmpty();
        assertThat(findings("src/main/resources/application-dev.properties",
                "spring.datasource.url=jdbc:postgresql://app:hunter2@db.acme.io:5432/orders")).isEmpty();
        assertThat(findings("deploy/prod.env", "KAFKA_BROKERS=kafka1.acme.io:9092,kafka2.acme.io:9092")).isEmpty();
        assertThat(findings("deploy/prod.env", "OPS_CONTACT=ops@acme.io")).isEmpty();
        // found scoring the first version: a mailto contact and Oracle thin URLs are no host list entries
        assertThat(findings("deploy/prod.env", "WEB_PUSH_SUBJECT=mailto:ops@acme.io")).isEmpty();
        assertThat(findings("src/main/resources/application-live.properties",
                "spring.datasource.url=jdbc:oracle:thin:@DBCORE.ACME.LOCAL:1521/orders")).isEmpty();
        assertThat(findings("src/main/resources/application-k8s.properties",
                "DATASOURCE_URL=jdbc:oracle:thin:@10.36.126.32:1521:LOYALTY")).isEmpty();
        assertThat(findings("deploy/prod.env", "ORACLE_URL=jdbc:oracle:thin:@db.acme.io:1521")).isEmpty();
    }
}
