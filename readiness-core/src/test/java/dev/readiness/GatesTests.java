package dev.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GatesTests {

    /** A well-behaved provider. */
    public static final class FineGate implements Gate {
        @Override
        public Outcome check(GateContext context) {
            return Outcome.go();
        }

        @Override
        public String id() {
            return "test.fine";
        }
    }

    /** A provider whose constructor throws. */
    public static final class ExplodingGate implements Gate {
        public ExplodingGate() {
            throw new IllegalStateException("cannot start: password=hunter2hunter2");
        }

        @Override
        public Outcome check(GateContext context) {
            return Outcome.go();
        }
    }

    /** A provider whose id is not a valid gate id. */
    public static final class BadIdGate implements Gate {
        @Override
        public Outcome check(GateContext context) {
            return Outcome.go();
        }

        @Override
        public String id() {
            return "Not A Valid Id";
        }
    }

    /** A provider whose id throws. */
    public static final class ThrowingIdGate implements Gate {
        @Override
        public Outcome check(GateContext context) {
            return Outcome.go();
        }

        @Override
        public String id() {
            throw new IllegalStateException("no id");
        }
    }

    /** A provider whose constructor blocks. */
    public static final class HangingGate implements Gate {
        public HangingGate() throws InterruptedException {
            Thread.sleep(60_000);
        }

        @Override
        public Outcome check(GateContext context) {
            return Outcome.go();
        }
    }

    /** A fact contributor whose constructor throws. */
    public static final class ExplodingContributor implements FactContributor {
        public ExplodingContributor() {
            throw new IllegalStateException("password=hunter2hunter2");
        }

        @Override
        public void contribute(FactSink sink) {
        }
    }

    /** A provider registered for the wrong interface. */
    public static final class NotAGate {
    }

    @TempDir
    Path dir;

    private ClassLoader loaderWithRegistrations(String... lines) throws IOException {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(Gate.class.getName()), String.join("\n", lines) + "\n",
                StandardCharsets.UTF_8);
        ClassLoader classesWithoutRegistrations = new ClassLoader(getClass().getClassLoader()) {
            @Override
            public Enumeration<URL> getResources(String name) throws IOException {
                return name.startsWith("META-INF/services/") ? Collections.emptyEnumeration() : super.getResources(name);
            }
        };
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, classesWithoutRegistrations);
    }

    @Test
    void discoverShouldTurnEveryBrokenProviderIntoAFailingGateAndStillLoadTheOthers() throws IOException {
        ClassLoader loader = loaderWithRegistrations(
                "com.example.MissingGate",
                ExplodingGate.class.getName(),
                FineGate.class.getName(),
                NotAGate.class.getName());

        List<Gate> gates = Gates.discover(loader);
        Report report = Readiness.builder().gates(gates).build().run();

        assertThat(gates).extracting(Gate::id).contains("test.fine");
        assertThat(gates).hasSize(4);
        assertThat(report.verdict()).isEqualTo(Status.NO_GO);
        assertThat(report.gate("test.fine").orElseThrow().status()).isEqualTo(Status.GO);
        List<Finding> failures = report.findings().filter(f -> f.code().equals("gate.failed")).toList();
        assertThat(failures).extracting(Finding::subject).containsExactlyInAnyOrder("com.example.MissingGate",
                ExplodingGate.class.getName(), NotAGate.class.getName());
        assertThat(failures).allSatisfy(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.NO_GO);
            assertThat(finding.origin().description()).isEqualTo("META-INF/services/dev.readiness.Gate");
            assertThat(finding.message()).doesNotContain("hunter2");
        });
        assertThat(failures).filteredOn(f -> f.subject().equals("com.example.MissingGate")).singleElement()
                .extracting(Finding::message).asString().contains("not found");
        assertThat(failures).filteredOn(f -> f.subject().equals(ExplodingGate.class.getName())).singleElement()
                .extracting(Finding::message).asString().contains("could not be instantiated")
                .contains("IllegalStateException");
    }

    @Test
    void discoverShouldGiveDistinctIdsToTheSameBrokenProviderListedTwice() throws IOException {
        ClassLoader loader = loaderWithRegistrations("com.example.MissingGate", "# comment",
                "com.example.MissingGate");
        List<Gate> gates = Gates.discover(loader);

        assertThat(gates).extracting(Gate::id).doesNotHaveDuplicates();
        Readiness.builder().gates(gates).build();
    }

    @Test
    void discoverWithoutRegistrationsShouldFindNothingBroken() throws IOException {
        List<Gate> gates = Gates.discover(loaderWithRegistrations(FineGate.class.getName()));

        assertThat(gates).extracting(Gate::id).containsExactly("test.fine");
    }

    @Test
    void discoverWhenAGateHasNoValidIdShouldReportItAsGateFailedAndStillRunTheOthers() throws IOException {
        List<Gate> gates = Gates.discover(loaderWithRegistrations(
                BadIdGate.class.getName(), ThrowingIdGate.class.getName(), FineGate.class.getName()));

        Report report = Readiness.builder().gates(gates).build().run();

        assertThat(report.gate("test.fine").orElseThrow().status()).isEqualTo(Status.GO);
        assertThat(report.findings().filter(f -> f.code().equals("gate.failed")))
                .extracting(Finding::subject)
                .containsExactlyInAnyOrder(BadIdGate.class.getName(), ThrowingIdGate.class.getName());
        assertThat(report.verdict()).isEqualTo(Status.NO_GO);
    }

    @Test
    void discoveredGatesShouldBeConstructedDuringTheRunSoAHangingConstructorIsATimeoutNotAHang()
            throws IOException {
        ClassLoader loader = loaderWithRegistrations(HangingGate.class.getName(), FineGate.class.getName());
        Path services = dir.resolve("META-INF/services");
        Files.writeString(services.resolve(FactContributor.class.getName()), ExplodingContributor.class.getName() + "\n",
                StandardCharsets.UTF_8);
        Readiness readiness = Readiness.builder()
                .gateTimeout(java.time.Duration.ofMillis(300))
                .deadline(java.time.Duration.ofSeconds(2))
                .discoveredGates(loader)
                .discoveredFactContributors(loader)
                .build();
        long start = System.nanoTime();

        Report report = readiness.run();

        assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofSeconds(4));
        assertThat(report.gate("test.fine").orElseThrow().status()).isEqualTo(Status.GO);
        String hangingId = "gate.provider." + HangingGate.class.getName().toLowerCase(java.util.Locale.ROOT)
                .replace('$', '-');
        assertThat(report.gate(hangingId).orElseThrow().findings()).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("gate.timeout");
            assertThat(finding.message()).contains("its constructor").contains(HangingGate.class.getName());
        });
        assertThat(report.gate(Readiness.FACTS_GATE_ID).orElseThrow().findings()).singleElement()
                .satisfies(finding -> {
                    assertThat(finding.code()).isEqualTo("facts.failed");
                    assertThat(finding.subject()).isEqualTo(ExplodingContributor.class.getName());
                    assertThat(finding.message()).doesNotContain("hunter2");
                });
    }

    @Test
    void dottedIdShouldAcceptLowerCaseWordsJoinedBySingleDotsOrHyphens() {
        assertThat(List.of("secrets", "acme.carrier-urls", "a", "s3.bucket-2", "x.y.z")).allMatch(Gates::isDottedId);
        assertThat(List.of("", ".", "-", "secrets.", ".secrets", "a..b", "a.-b", "Secrets", "a b", "a_b", "caf\u00e9",
                "a/b")).noneMatch(Gates::isDottedId);
    }

    @Property(tries = 2_000)
    void dottedIdShouldAgreeWithTheIdGrammar(@ForAll @StringLength(max = 12) @Chars({ 'a', 'z', '0', '9', '.', '-',
        'A', '_', ' ' }) String text) {
        assertThat(Gates.isDottedId(text)).isEqualTo(Pattern.matches("[a-z0-9]+([.-][a-z0-9]+)*", text));
    }

    @Test
    void notLoadableShouldNameTheApplicationsOwnGatesThisLoaderCannotFindInAProjectOrAJar(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path project) throws Exception {
        java.nio.file.Path services = java.nio.file.Files.createDirectories(
                project.resolve("src/main/resources/META-INF/services"));
        java.nio.file.Files.writeString(services.resolve("dev.readiness.Gate"), "# ours\n"
                + "com.acme.catalog.FlagServiceHttpsGate\n\n" + FineGate.class.getName() + "  # on the class path\n");
        ClassLoader loader = GatesTests.class.getClassLoader();

        assertThat(Gates.notLoadable(project, loader)).containsExactly("com.acme.catalog.FlagServiceHttpsGate");
        assertThat(Gates.notLoadable(project.resolve("src/main/resources"), loader))
                .containsExactly("com.acme.catalog.FlagServiceHttpsGate");

        java.nio.file.Path jar = project.resolve("catalog.jar");
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(
                java.nio.file.Files.newOutputStream(jar))) {
            out.putNextEntry(new java.util.zip.ZipEntry("BOOT-INF/classes/META-INF/services/dev.readiness.Gate"));
            out.write("com.acme.catalog.FlagServiceHttpsGate\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
        }
        assertThat(Gates.notLoadable(jar, loader)).containsExactly("com.acme.catalog.FlagServiceHttpsGate");

        java.nio.file.Path plain = java.nio.file.Files.createDirectories(project.resolve("plain"));
        assertThat(Gates.notLoadable(plain, loader)).isEmpty();
    }
}
