package dev.readiness.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Gate;
import dev.readiness.Gates;
import dev.readiness.Report;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.Status;
import dev.readiness.Waiver;
import dev.readiness.Waivers;
import dev.readiness.render.JsonReportRenderer;
import dev.readiness.render.TextReportRenderer;
import dev.readiness.settings.RelaxedNames;
import dev.readiness.settings.Settings;
import dev.readiness.testkit.GateCheck;
import dev.readiness.testkit.ReportAssert;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Test support shared by the example tests: loads an example's configuration, breaks one line of it, runs the
 * built-in gates (found through {@link Gates#discover()}) together with the example's own, and checks that no secret
 * of the configuration shows up in a rendering of the report.
 */
public final class ExampleConfiguration {

    private static final Set<String> SECRET_WORDS = Set.of("secret", "password", "token", "key", "dsn");
    private static final java.util.regex.Pattern URL_PASSWORD = java.util.regex.Pattern.compile("://[^:/@]*:([^@/]+)@");

    /** The day the example tests judge on, so that the waivers in the configurations do not expire under them. */
    public static final java.time.Clock CLOCK = java.time.Clock.fixed(java.time.Instant.parse("2026-12-01T09:00:00Z"),
            java.time.ZoneOffset.UTC);

    private ExampleConfiguration() {
    }

    /**
     * Loads a properties file from the class path.
     *
     * @param resource e.g. {@code shopee/production.properties}
     * @return its keys and values
     */
    public static Map<String, String> load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = ExampleConfiguration.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> values = new LinkedHashMap<>();
        properties.stringPropertyNames().stream().sorted().forEach(key -> values.put(key, properties.getProperty(key)));
        return Collections.unmodifiableMap(values);
    }

    /**
     * Loads a properties file from the file system.
     *
     * @param file the file, relative to the module's directory
     * @return its keys and values
     */
    public static Map<String, String> loadFile(java.nio.file.Path file) {
        Properties properties = new Properties();
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> values = new LinkedHashMap<>();
        properties.stringPropertyNames().stream().sorted().forEach(key -> values.put(key, properties.getProperty(key)));
        return Collections.unmodifiableMap(values);
    }

    /**
     * A copy with one key changed, or removed when the value is {@code null}.
     *
     * @param base the configuration
     * @param key the key
     * @param value the new value, or {@code null} to remove the key
     * @return the copy
     */
    public static Map<String, String> with(Map<String, String> base, String key, @Nullable String value) {
        Map<String, String> copy = new LinkedHashMap<>(base);
        if (value == null) {
            copy.remove(key);
        } else {
            copy.put(key, value);
        }
        return copy;
    }

    /**
     * Runs the gates found through {@link Gates#discover()} (the built-in gates, and rappit's, which this module
     * registers and which read only rappit's keys) and the given custom gates not among them.
     *
     * @param stage the stage
     * @param settings the configuration
     * @param custom the example's own gates
     * @return assertions on the report
     */
    public static ReportAssert check(Stage stage, Map<String, String> settings, List<Gate> custom) {
        return check(stage, settings, custom, Map.of());
    }

    /**
     * Runs the discovered gates and the given custom gates, with facts such as the persistent types.
     *
     * @param stage the stage
     * @param settings the configuration
     * @param custom the example's own gates
     * @param facts the facts by type
     * @return assertions on the report
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static ReportAssert check(Stage stage, Map<String, String> settings, List<Gate> custom,
            Map<Class<?>, Object> facts) {
        List<Gate> gates = new ArrayList<>(Gates.discover());
        Set<String> ids = new java.util.HashSet<>();
        gates.forEach(gate -> ids.add(gate.id()));
        custom.stream().filter(gate -> ids.add(gate.id())).forEach(gates::add);
        GateCheck check = GateCheck.forStage(stage).settings(settings).gates(gates.toArray(Gate[]::new)).clock(CLOCK);
        waivers(settings).forEach(check::waiver);
        facts.forEach((type, fact) -> check.fact((Class) type, fact));
        return check.run();
    }

    /**
     * The waivers a configuration declares as {@code readiness.waivers[i].code}, {@code .subject}, {@code .reason},
     * {@code .expires} in any relaxed spelling ({@code READINESS_WAIVERS_0_CODE}), read with core's {@link Waivers}
     * as the CLI reads them.
     *
     * @param settings the configuration
     * @return its waivers
     */
    public static List<Waiver> waivers(Map<String, String> settings) {
        return Waivers.fromSettings(Settings.of(settings));
    }

    /**
     * Asserts the report has the expected verdict, a finding with the code on the subject, and that every finding
     * that counts (WARN or NO-GO) is about that subject: the one broken line, nothing else. The one exception is
     * {@code sandbox.inconsistent}, which by definition names the other half of a provider's now mismatched pair
     * (a test secret key beside a live publishable key).
     *
     * @param report the report
     * @param expected the expected verdict
     * @param code the expected code
     * @param subject the expected subject
     */
    public static void assertOnlyLineBroken(ReportAssert report, Status expected, String code, String subject) {
        report.hasVerdict(expected).hasFinding(code, subject);
        assertThat(report.report().findings()
                .filter(finding -> finding.severity() != Severity.INFO && !finding.waived())
                .filter(finding -> !finding.code().equals("sandbox.inconsistent"))
                .filter(finding -> !RelaxedNames.matches(finding.subject(), subject)))
                .as("findings about other subjects than %s:%n%s", subject,
                        TextReportRenderer.full().render(report.report()))
                .isEmpty();
    }

    /**
     * Asserts that no value of a secret-looking key of the configuration, nor a password inside a URL, appears in
     * the text or JSON rendering of the report, nor in any finding's {@code toString()}.
     *
     * @param report the report
     * @param settings the configuration the report judged
     */
    public static void assertNoSecretLeaks(Report report, Map<String, String> settings) {
        String text = TextReportRenderer.full().render(report);
        String json = JsonReportRenderer.pretty().render(report);
        String findings = report.findings().map(Object::toString).reduce("", String::concat);
        settings.forEach((key, value) -> {
            List<String> secrets = new ArrayList<>();
            if (value.trim().length() >= 6 && RelaxedNames.words(key).stream().anyMatch(SECRET_WORDS::contains)) {
                secrets.add(value.trim());
            }
            java.util.regex.Matcher password = URL_PASSWORD.matcher(value);
            if (password.find() && password.group(1).length() >= 8) {
                secrets.add(password.group(1));
            }
            for (String secret : secrets) {
                for (String rendering : List.of(text, json, findings)) {
                    assertThat(rendering).as("rendering must not contain the secret in %s", key)
                            .doesNotContain(secret);
                }
            }
        });
    }

    /**
     * One line of a checklist and a value that breaks it.
     *
     * @param item the checklist line, for the test's display name
     * @param key the key to change
     * @param value the breaking value, or {@code null} to remove the key
     * @param code the finding code expected
     * @param status the verdict expected
     */
    public record BrokenLine(String item, String key, @Nullable String value, String code, Status status) {

        /**
         * A line whose breaking is a NO-GO.
         *
         * @param item the checklist line
         * @param key the key
         * @param value the value, or {@code null} to remove it
         * @param code the code
         * @return the line
         */
        public static BrokenLine noGo(String item, String key, @Nullable String value, String code) {
            return new BrokenLine(item, key, value, code, Status.NO_GO);
        }

        /**
         * A line whose breaking is a WARN.
         *
         * @param item the checklist line
         * @param key the key
         * @param value the value, or {@code null} to remove it
         * @param code the code
         * @return the line
         */
        public static BrokenLine warn(String item, String key, @Nullable String value, String code) {
            return new BrokenLine(item, key, value, code, Status.WARN);
        }

        @Override
        public String toString() {
            return item + " [" + key + " -> " + code + "]";
        }
    }
}
