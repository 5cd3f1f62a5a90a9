package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Severity;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class UnfilledAddressesTests {

    @Test
    void aReplaceTokenUnderAHostNameKeyIsUnfilledWhateverItsRole() {
        List<Finding> findings = SandboxRuleChecks.production("HOSTNAME=__HOSTNAME__ #PATCH ME\nPUBLIC_PORT=8080\n");
        assertThat(findings).extracting(Finding::subject, Finding::code, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("HOSTNAME", "sandbox.reserved-host",
                        Severity.NO_GO));
    }

    @Test
    void anInstructionUnderAnIpKeyIsUnfilledButARealIpOrHostIsNot() {
        assertThat(SandboxRuleChecks.production("SERVER_IP=REPLACE_WITH_PROD_SERVER_IP\n"))
                .extracting(Finding::code).containsExactly("sandbox.reserved-host");
        assertThat(SandboxRuleChecks.production("SERVER_IP=203.0.113.7\nNODE_IP=10.0.4.12\nSERVER_HOST=0.0.0.0\n"
                + "BIND_IP=eth0\n"))
                .isEmpty();
    }

    @Test
    void bracketedNamesUnderABindAddressAreUnfilledButAnIpv6LiteralIsNot() {
        assertThat(SandboxRuleChecks.production("server.address=[TO SET]\nNODE_IP=<server-ip>\n"))
                .extracting(Finding::code).containsExactly("sandbox.reserved-host", "sandbox.reserved-host");
        assertThat(SandboxRuleChecks.production("server.address=[::1]\nLISTEN_ADDRESS=[fe80::1%eth0]\n")).isEmpty();
    }

    @Test
    void runTimeTemplatesAndServiceNamesStayClean() {
        assertThat(SandboxRuleChecks.production("DB_HOST=<%= ENV[\"DB_HOST\"] %>\nSERVER_HOST=__init__.py\n"
                + "APP_HOST=app_server\nWORKER_HOST=_worker\nCACHE_HOST=cache-primary\n"
                + "WALLET_ADDRESS=__wallet__\n"))
                .isEmpty();
    }

    @Test
    void outsideProductionNothingIsJudged() {
        List<Finding> findings = new SandboxGate(ProviderCatalog.builtIn()).check(dev.readiness.GateContext.of(
                dev.readiness.Stage.DEVELOPMENT, dev.readiness.settings.Settings.builder()
                        .dotenv("app.env", "HOSTNAME=__HOSTNAME__\n").build())).findings();
        assertThat(findings).isEmpty();
    }

    @Property(tries = 500)
    void noDottedHostOrIpv4AddressIsEverUnfilled(@ForAll("addresses") String address) {
        assertThat(UnfilledAddresses.unfilled(address)).isFalse();
    }

    @Provide
    Arbitrary<String> addresses() {
        Arbitrary<String> label = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789-_")
                .ofMinLength(1).ofMaxLength(20);
        Arbitrary<String> host = Combinators.combine(label, label, Arbitraries.of("com", "internal", "io", "local"))
                .as((a, b, tld) -> a + "." + b + "." + tld);
        Arbitrary<String> ipv4 = Arbitraries.integers().between(0, 255).list().ofSize(4)
                .map(parts -> parts.get(0) + "." + parts.get(1) + "." + parts.get(2) + "." + parts.get(3));
        return Arbitraries.oneOf(host, ipv4);
    }
}
