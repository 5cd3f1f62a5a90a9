package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Readiness;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * When the command line starts a check process, and what it passes on; the process itself is run by
 * {@link CliJarIT}.
 */
class CheckProcessTests {

    private static final String SERVICES = "META-INF/services/dev.readiness.Gate";

    /** The class loader of this test, less every gate registration but readiness-core's own. */
    private static final ClassLoader CORE_GATES_ONLY = new ClassLoader(CheckProcessTests.class.getClassLoader()) {
        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            URL core = coreServices();
            return Collections.enumeration(name.equals(SERVICES) ? List.of(core) : Collections.list(
                    super.getResources(name)));
        }
    };

    private static URL coreServices() throws IOException {
        String core = Readiness.class.getProtectionDomain().getCodeSource().getLocation().toString();
        return Collections.list(CheckProcessTests.class.getClassLoader().getResources(SERVICES)).stream()
                .filter(url -> url.toString().contains(core)).findFirst().orElseThrow();
    }

    @Test
    void builtInGatesShouldBeExactlyTheOnesReadinessCoreRegisters() throws IOException {
        Set<String> registered;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(coreServices().openStream(),
                StandardCharsets.UTF_8))) {
            registered = lines.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .collect(Collectors.toSet());
        }

        assertThat(CheckProcess.BUILT_IN_GATES).isEqualTo(registered);
    }

    @Test
    void hasOtherGatesWhenOnlyTheBuiltInGatesAreRegisteredShouldBeFalse() {
        assertThat(CheckProcess.hasOtherGates(CORE_GATES_ONLY)).isFalse();
    }

    @Test
    void hasOtherGatesWhenAUserGateIsRegisteredShouldBeTrue() {
        assertThat(CheckProcess.hasOtherGates(CheckProcessTests.class.getClassLoader())).isTrue();
    }

    @Test
    void forUserGatesShouldStartAProcessOnlyForACheckThatRunsAUserGate() {
        ClassLoader withUserGate = CheckProcessTests.class.getClassLoader();

        assertThat(CheckProcess.forUserGates(new String[] {"check", "--env-file", "prod.env"}, withUserGate))
                .isNotNull();
        assertThat(CheckProcess.forUserGates(new String[] {"check", "--env-file", "prod.env"}, CORE_GATES_ONLY))
                .isNull();
        assertThat(CheckProcess.forUserGates(new String[] {"--version"}, withUserGate)).isNull();
        assertThat(CheckProcess.forUserGates(new String[] {"check", "--help"}, withUserGate)).isNull();
        assertThat(CheckProcess.forUserGates(new String[] {"check", "--no-such-option"}, withUserGate)).isNull();
    }

    @Test
    void forUserGatesShouldGiveTheProcessTheDeadlinePlusTheMargin() {
        ClassLoader withUserGate = CheckProcessTests.class.getClassLoader();

        assertThat(CheckProcess.forUserGates(new String[] {"check", "--include-env"}, withUserGate).limit())
                .isEqualTo(Readiness.DEFAULT_DEADLINE.plus(CheckProcess.MARGIN));
        assertThat(CheckProcess.forUserGates(new String[] {"check", "--include-env", "--deadline", "2m"}, withUserGate).limit())
                .isEqualTo(Duration.ofMinutes(2).plus(CheckProcess.MARGIN));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-agentlib:jdwp=transport=dt_socket,server=y,address=5005", "-javaagent:/opt/agent.jar",
            "-agentpath:/opt/libprofiler.so", "-Xdebug", "-Xrunjdwp:transport=dt_socket",
            "-Dreadiness.cli.receipt=/tmp/other"})
    void isInheritedShouldLeaveOutAgentsDebuggingAndTheReceipt(String option) {
        assertThat(CheckProcess.isInherited(option)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-Xmx256m", "-Xss2m", "-Dscripted.block-constructor=10", "-XX:+UseSerialGC",
            "--add-opens=java.base/java.lang=ALL-UNNAMED", "-Dfile.encoding=UTF-8"})
    void isInheritedShouldPassOnMemoryAndOtherOptions(String option) {
        assertThat(CheckProcess.isInherited(option)).isTrue();
    }
}
