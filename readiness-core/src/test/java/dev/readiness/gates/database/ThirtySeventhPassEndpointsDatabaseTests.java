package dev.readiness.gates.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The thirty-seventh pass's database rule: a one-word {@code host} at the top of a file is a database's when the file
 * also holds a database port, a database name and a login (OpenEMR's and LibreHealth's {@code sqlconf.php}).
 */
class ThirtySeventhPassEndpointsDatabaseTests {

    private static List<Finding> check(String text) {
        return new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, Settings.builder().dotenv("sqlconf.env", text)
                .build())).findings();
    }

    private static List<String> onHost(List<Finding> findings) {
        return findings.stream().filter(f -> f.subject().equals("host")).map(Finding::code).toList();
    }

    @Test
    void aTopLevelLoopbackHostBesideADatabasePortNameAndLoginIsALoopbackDatabase() {
        List<Finding> findings = check("host=localhost\nport=3306\nlogin=emr\npass=Zq8-vLr2-Wm4x\ndbase=emr\n");
        assertThat(onHost(findings)).containsExactly("database.loopback");
        assertThat(findings.get(0).message()).doesNotContain("Zq8-vLr2-Wm4x");
    }

    @Test
    void aHostnameWithLibpqWordsIsReadToo() {
        assertThat(check("hostname=127.0.0.1\nport=5432\nuser=app\ndbname=shop\n"))
                .extracting(Finding::code).contains("database.loopback");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "host=localhost\nport=8080\nlogin=emr\ndbase=emr\n", // no database port: a server's own bind address
            "host=localhost\nport=3306\nlogin=emr\n", // no database name
            "host=localhost\nport=3306\ndbase=emr\n", // no login
            "host=localhost\nport=3306\nuser=app\ndatabase=0\n", // an index, a cache's
            "host=localhost\nport=5432\nuser=app\ndatabase=postgres://app@db:5432/app\n", // the URL names its host
            "host=DB_HOST\nport=3306\nlogin=emr\ndbase=emr\n", // a variable's name the application reads
            "server.host=localhost\nport=3306\nlogin=emr\ndbase=emr\n"})
    void aTopLevelHostWithoutEverySiblingIsNotADatabaseHost(String text) {
        assertThat(onHost(check(text))).isEmpty();
    }
}
