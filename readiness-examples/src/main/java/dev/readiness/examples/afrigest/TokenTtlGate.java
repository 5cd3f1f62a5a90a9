package dev.readiness.examples.afrigest;

import dev.readiness.Finding;
import dev.readiness.Gate;
import dev.readiness.GateContext;
import dev.readiness.Outcome;
import dev.readiness.Stage;
import dev.readiness.settings.Setting;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * AfriGest's token lifetimes, {@code ACCESS_TTL=15m} and {@code REFRESH_TTL=30d} in the runbook, written as the
 * {@code ms} library that {@code jsonwebtoken} uses reads them. Immutable and thread-safe.
 *
 * <p>Findings (gate {@code afrigest.token-ttl}), in staging and production:
 * <ul>
 *   <li>{@code afrigest.token-ttl.malformed}: not a number with a unit ({@code 15m}, {@code 30d}): NO-GO;</li>
 *   <li>{@code afrigest.token-ttl.no-unit}: a bare number, which {@code jsonwebtoken} reads as milliseconds when it
 *       is a string, so every token is born expired: NO-GO;</li>
 *   <li>{@code afrigest.token-ttl.refresh-not-longer}: the refresh token does not outlive the access token, so
 *       sessions cannot be refreshed: NO-GO;</li>
 *   <li>{@code afrigest.token-ttl.access-too-long}: access tokens live longer than one hour, so a stolen one stays
 *       useful and rotation cannot revoke it quickly: WARN;</li>
 *   <li>{@code afrigest.token-ttl.refresh-too-long}: refresh tokens live longer than 90 days: WARN.</li>
 * </ul>
 */
public final class TokenTtlGate implements Gate {

    static final Duration MAX_ACCESS = Duration.ofHours(1);
    static final Duration MAX_REFRESH = Duration.ofDays(90);
    private static final Pattern MS = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)\\s*(ms|msecs?|milliseconds?|s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?"
                    + "|w|weeks?|y|yrs?|years?)?", Pattern.CASE_INSENSITIVE);

    @Override
    public String id() {
        return "afrigest.token-ttl";
    }

    @Override
    public String description() {
        return "ACCESS_TTL and REFRESH_TTL are sane token lifetimes";
    }

    @Override
    public Outcome check(GateContext context) {
        if (context.stage() != Stage.STAGING && context.stage() != Stage.PRODUCTION) {
            return Outcome.go();
        }
        List<Finding> findings = new ArrayList<>();
        Optional<Duration> access = read(context, "ACCESS_TTL", findings);
        Optional<Duration> refresh = read(context, "REFRESH_TTL", findings);
        if (access.isPresent() && access.get().compareTo(MAX_ACCESS) > 0) {
            findings.add(Finding.warn(id() + ".access-too-long", context.settings().get("ACCESS_TTL").orElseThrow())
                    .message("lets access tokens live " + human(access.get()) + ", more than " + human(MAX_ACCESS))
                    .remediation("keep access tokens short (the runbook uses 15m) and rely on refresh tokens")
                    .build());
        }
        if (refresh.isPresent() && refresh.get().compareTo(MAX_REFRESH) > 0) {
            findings.add(Finding.warn(id() + ".refresh-too-long", context.settings().get("REFRESH_TTL").orElseThrow())
                    .message("lets refresh tokens live " + human(refresh.get()) + ", more than " + human(MAX_REFRESH))
                    .remediation("use at most 90d (the runbook uses 30d)")
                    .build());
        }
        if (access.isPresent() && refresh.isPresent() && refresh.get().compareTo(access.get()) <= 0) {
            findings.add(Finding.noGo(id() + ".refresh-not-longer", context.settings().get("REFRESH_TTL").orElseThrow())
                    .message("(" + human(refresh.get()) + ") does not outlive ACCESS_TTL (" + human(access.get())
                            + "): sessions end when the access token does")
                    .remediation("make REFRESH_TTL longer than ACCESS_TTL, e.g. ACCESS_TTL=15m, REFRESH_TTL=30d")
                    .build());
        }
        return Outcome.of(findings);
    }

    private Optional<Duration> read(GateContext context, String key, List<Finding> findings) {
        Optional<Setting> found = context.settings().get(key)
                .filter(setting -> !setting.value().isBlank() && !setting.isDeferred());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Setting setting = found.get();
        Matcher matcher = MS.matcher(setting.value().trim());
        if (!matcher.matches()) {
            findings.add(Finding.noGo(id() + ".malformed", setting)
                    .message("is not a time span such as 15m or 30d")
                    .remediation("write a number and a unit: ms, s, m, h, d, w or y")
                    .build());
            return Optional.empty();
        }
        if (matcher.group(2) == null) {
            findings.add(Finding.noGo(id() + ".no-unit", setting)
                    .message("has no unit; jsonwebtoken reads a numeric string as milliseconds, so tokens expire "
                            + "at once")
                    .remediation("add the unit, e.g. 900s or 15m")
                    .build());
            return Optional.empty();
        }
        double amount = Double.parseDouble(matcher.group(1));
        return Optional.of(Duration.ofMillis(Math.round(amount * unitMillis(matcher.group(2)))));
    }

    private static double unitMillis(String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("ms") || u.startsWith("milli")) {
            return 1;
        }
        return switch (u.charAt(0)) {
            case 's' -> 1_000;
            case 'm' -> 60_000;
            case 'h' -> 3_600_000;
            case 'd' -> 86_400_000;
            case 'w' -> 604_800_000;
            default -> 31_557_600_000.0;
        };
    }

    private static String human(Duration duration) {
        if (duration.toDays() >= 1 && duration.equals(Duration.ofDays(duration.toDays()))) {
            return duration.toDays() + "d";
        }
        if (duration.toMinutes() >= 1 && duration.equals(Duration.ofMinutes(duration.toMinutes()))) {
            return duration.toMinutes() + "m";
        }
        return duration.toMillis() + "ms";
    }
}
