package dev.readiness.spring.autoconfigure;

import dev.readiness.Policy;
import dev.readiness.Readiness;
import dev.readiness.Status;
import dev.readiness.Waiver;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import dev.readiness.spring.ReadinessConfigurationException;
import dev.readiness.spring.ReadinessGateException;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;

/**
 * The {@link ReadinessProperties} checked and turned into what the runner needs. Every invalid property is
 * reported at once, each by name, in one {@link ReadinessConfigurationException}.
 *
 * @param stage the stage and where it came from
 * @param policy fail-on and waivers
 * @param gateTimeout per-gate timeout
 * @param deadline per-phase deadline
 * @param exitCode exit code on refusal
 */
record ReadinessOptions(StageResolution stage, Policy policy, Duration gateTimeout, Duration deadline,
        int exitCode) {

    static ReadinessOptions of(ReadinessProperties properties, Environment environment, Launch launch) {
        List<String> problems = new ArrayList<>();
        Policy.Builder policy = Policy.builder();
        if (properties.getFailOn() != null) {
            policy.failOn(properties.getFailOn() == ReadinessProperties.FailOn.WARN ? Status.WARN : Status.NO_GO);
        }
        List<ReadinessProperties.Waiver> waivers = properties.getWaivers();
        for (int i = 0; i < waivers.size(); i++) {
            Waiver waiver = waiver(i, waivers.get(i), problems);
            if (waiver != null) {
                policy.waiver(waiver.at(written(environment, "readiness.waivers[" + i + "].code")));
            }
        }
        requirePositive("readiness.gate-timeout", properties.getGateTimeout(), problems);
        requirePositive("readiness.deadline", properties.getDeadline(), problems);
        boolean validExitCode = properties.getExitCode() >= 1 && properties.getExitCode() <= 255;
        if (!validExitCode) {
            problems.add("readiness.exit-code must be between 1 and 255, but was " + properties.getExitCode());
        }
        if (!problems.isEmpty()) {
            throw new ReadinessConfigurationException(problems, validExitCode ? properties.getExitCode()
                    : ReadinessGateException.DEFAULT_EXIT_CODE);
        }
        return new ReadinessOptions(StageResolution.resolve(properties.getStage(), environment, launch), policy.build(),
                properties.getGateTimeout(), properties.getDeadline(), properties.getExitCode());
    }

    /**
     * Where a property is written, as the report names origins ({@code class path resource [application.yml] -
     * 41:13}), or {@code null}: the findings about a waiver (expired, unused) then point at its line (thirty-fifth
     * pass).
     */
    private static dev.readiness.settings.@Nullable Origin written(Environment environment, String name) {
        if (!(environment instanceof org.springframework.core.env.ConfigurableEnvironment configurable)) {
            return null;
        }
        try {
            for (org.springframework.core.env.PropertySource<?> source : configurable.getPropertySources()) {
                if (source.containsProperty(name)) {
                    org.springframework.boot.origin.Origin origin =
                            org.springframework.boot.origin.PropertySourceOrigin.get(source, name);
                    return origin == null ? null : dev.readiness.settings.Origin.of(origin.toString());
                }
            }
        }
        catch (RuntimeException unknown) {
            return null;
        }
        return null;
    }

    private static @Nullable Waiver waiver(int index, ReadinessProperties.Waiver waiver, List<String> problems) {
        String prefix = "readiness.waivers[" + index + "].";
        int before = problems.size();
        if (isBlank(waiver.getCode())) {
            problems.add(prefix + "code is required: the finding code to waive, e.g. secrets.too-short");
        }
        if (isBlank(waiver.getReason())) {
            problems.add(prefix + "reason is required: say why the exception is acceptable");
        }
        LocalDate expires = null;
        if (isBlank(waiver.getExpires())) {
            problems.add(prefix + "expires is required: the last day it applies, as an ISO date such as 2026-12-31");
        }
        else {
            try {
                expires = LocalDate.parse(waiver.getExpires().trim());
            }
            catch (DateTimeParseException ex) {
                problems.add(String.format(Locale.ROOT,
                        "%sexpires must be an ISO date such as 2026-12-31, but was '%s'", prefix, waiver.getExpires()));
            }
        }
        if (problems.size() > before || expires == null) {
            return null;
        }
        return new Waiver(waiver.getCode().trim(), waiver.getSubject(), waiver.getReason().trim(), expires);
    }

    private static boolean isBlank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    private static void requirePositive(String property, Duration duration, List<String> problems) {
        // past Readiness.MAX_TIME_LIMIT the runner refuses it too, and past 292 years it cannot be counted in
        // nanoseconds: refused here, naming the property, never an ArithmeticException at the barrier
        if (duration == null || duration.isZero() || duration.isNegative()
                || duration.compareTo(Readiness.MAX_TIME_LIMIT) > 0) {
            problems.add(property + " must be a positive duration of at most 1h such as 5s, but was " + duration);
        }
    }
}
