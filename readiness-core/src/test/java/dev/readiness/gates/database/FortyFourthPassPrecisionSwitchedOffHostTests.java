package dev.readiness.gates.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The forty-fourth pass's precision reading of a loopback database host whose section is switched off beside it, or
 * whose switch is left blank: Revive Adserver's INI file (set 172) writes {@code lb.enabled=} (PHP reads false) over
 * {@code lb.host=localhost}; HertzBeat's {@code warehouse.store.iot-db.enabled=false} over {@code host=127.0.0.1}.
 * Nobody connects there. A section switched on, one without a switch, or a switch of another section keeps
 * {@code database.loopback}.
 */
class FortyFourthPassPrecisionSwitchedOffHostTests {

    private static List<Finding> loopback(String text) {
        Settings settings = Settings.builder().properties("revive.conf.properties", text).build();
        return new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(finding -> finding.code().equals("database.loopback")).toList();
    }

    @Test
    void aLoopbackHostOfASectionSwitchedOffOrLeftBlankShouldNotBeReported() {
        for (String enabled : new String[] {"", "false", "0", "off"}) {
            assertThat(loopback("""
                    database.host=db.internal.acme-corp.io
                    lb.enabled=%s
                    lb.type=mysql
                    lb.host=localhost
                    lb.port=3306
                    lb.username=
                    lb.password=
                    """.formatted(enabled))).as(enabled).isEmpty();
        }
    }

    @Test
    void aLoopbackHostOfASectionSwitchedOnOrWithoutASwitchShouldStayReported() {
        assertThat(loopback("lb.enabled=true\nlb.type=mysql\nlb.host=localhost\nlb.username=root\nlb.password=root\n"))
                .extracting(Finding::subject).containsExactly("lb.host");
        assertThat(loopback("lb.type=mysql\nlb.host=localhost\nlb.username=root\nlb.password=root\n"))
                .extracting(Finding::subject).containsExactly("lb.host");
        assertThat(loopback("""
                cache.enabled=false
                database.type=mysql
                database.host=localhost
                database.username=root
                database.password=root
                """)).extracting(Finding::subject).containsExactly("database.host");
    }
}
