package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The thirty-first pass's precision rule of the sandbox gate: the alias of a virtual host the server serves (WildFly's
 * shipped {@code <host name="default-host" alias="localhost">}) is a name it answers to, not a destination; a host key
 * whose other words say alias, and an alias key without a host or server word, are judged as before.
 */
class ThirtyFirstPassPrecisionSandboxTests {

    private static final SandboxGate GATE = new SandboxGate(ProviderCatalog.builtIn());

    /** As the CLI reads a flattened standalone.xml or env file. */
    private static List<String> codes(String file, String text) {
        return GATE.check(GateContext.of(Stage.PRODUCTION, ApplicationConfig.builder()
                .configText(file, text).build().settings())).findings().stream()
                .map(f -> f.code() + " " + f.subject()).toList();
    }

    @Test
    void aServedHostsAliasShouldBeCleanButADestinationHostShouldNot() {
        assertThat(codes("standalone.properties",
                "server.profile.subsystem.undertow.server.default-server.host.default-host.alias=localhost\n")).isEmpty();
        assertThat(codes("server.properties", "Server.Service.Engine.Host.Alias=127.0.0.1\n")).isEmpty();
        assertThat(codes("vhost.properties", "ServerAlias=localhost\n")).isEmpty();
        // the same loopback value under a host key the service calls is still a finding
        assertThat(codes("standalone.properties",
                "server.profile.subsystem.undertow.server.default-server.host.default-host.name=localhost\n"))
                .isNotEmpty();
        assertThat(codes("deploy/.env.production", "S3_ALIAS_HOST=files.example.com\n"))
                .contains("sandbox.reserved-host S3_ALIAS_HOST");
        assertThat(ServedHostAliases.named(List.of("frontend", "alias"))).isFalse();
        assertThat(ServedHostAliases.named(List.of("s3", "alias", "host"))).isFalse();
        assertThat(ServedHostAliases.named(List.of("host", "aliases"))).isTrue();
    }
}
