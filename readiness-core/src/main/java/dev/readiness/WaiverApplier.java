package dev.readiness;

import dev.readiness.settings.Origin;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one place waivers are validated and applied. Active waivers mark matching findings waived; expired waivers
 * stop applying ({@code waiver.expired}); waivers that match nothing are reported ({@code waiver.unused}); active
 * waivers close to expiry are mentioned ({@code waiver.expiring}); waivers whose expiry lies beyond the policy's
 * horizon ({@code waiver.beyond-horizon}) or whose code may not be waived ({@code waiver.not-allowed}) are
 * rejected and apply to nothing.
 */
final class WaiverApplier {

    /** An active waiver expiring within this many days is mentioned as INFO. */
    static final int EXPIRING_SOON_DAYS = 14;

    /** Findings of the runner and of the stage check: never acceptable, so never waivable or excludable. */
    private static final List<String> UNWAIVABLE_PREFIXES = List.of("gate.", "facts.", "stage.", "waiver.",
            "exemption.");

    private WaiverApplier() {
    }

    static boolean waivable(String code) {
        return UNWAIVABLE_PREFIXES.stream().noneMatch(code::startsWith);
    }

    /**
     * Applies the waivers, replacing results in place.
     *
     * @return the findings about the waivers themselves
     */
    static List<Finding> apply(List<GateResult> results, List<Waiver> waivers, Period horizon, LocalDate today) {
        if (waivers.isEmpty()) {
            return List.of();
        }
        LocalDate latest = today.plus(horizon);
        List<Finding> waiverFindings = new ArrayList<>();
        Map<String, List<Waiver>> usableByCode = new HashMap<>();
        List<Waiver> usable = new ArrayList<>();
        for (Waiver waiver : waivers) {
            if (!waivable(waiver.code())) {
                waiverFindings.add(rejected(waiver, "waiver.not-allowed", String.format(Locale.ROOT,
                        "The waiver for %s is rejected: %s findings report a broken gate, a failed fact contributor or"
                                + " a wrong stage, which are never acceptable.", waiver.label(), waiver.code()),
                        "Remove the waiver and fix what the finding reports."));
            } else if (waiver.expires().isAfter(latest)) {
                waiverFindings.add(rejected(waiver, "waiver.beyond-horizon", String.format(Locale.ROOT,
                        "The waiver for %s is rejected: it expires on %s, beyond the waiver horizon of %s"
                                + " (the latest allowed expiry is %s); it applies to nothing.",
                        waiver.label(), waiver.expires(), horizon, latest),
                        "Give the waiver an expiry date within the horizon and renew it when it runs out."));
            } else {
                usableByCode.computeIfAbsent(waiver.code(), code -> new ArrayList<>()).add(waiver);
                usable.add(waiver);
            }
        }
        Set<Waiver> used = new LinkedHashSet<>();
        Set<Waiver> expiredMatching = new LinkedHashSet<>();
        for (int i = 0; i < results.size(); i++) {
            GateResult result = results.get(i);
            List<Finding> findings = new ArrayList<>(result.findings().size());
            boolean changed = false;
            for (Finding finding : result.findings()) {
                Finding applied = finding;
                for (Waiver waiver : usableByCode.getOrDefault(finding.code(), List.of())) {
                    if (!waiver.covers(finding)) {
                        continue;
                    }
                    if (waiver.isActiveOn(today)) {
                        applied = finding.asWaived();
                        used.add(waiver);
                    } else {
                        expiredMatching.add(waiver);
                    }
                }
                changed |= applied != finding;
                findings.add(applied);
            }
            if (changed) {
                results.set(i, GateResult.of(result.id(), result.description(), result.durationMillis(), findings));
            }
        }
        for (Waiver waiver : usable) {
            report(waiver, today, used.contains(waiver), expiredMatching.contains(waiver), waiverFindings,
                    used.contains(waiver) || ranGateOwning(results, waiver.code()));
        }
        return waiverFindings;
    }

    /**
     * Whether a gate of the run has an id that begins the code at a word boundary ({@code acme.partner} for
     * {@code acme.partner.timeout-range}, {@code acme.cors} for {@code acme.cors-wildcard}); the built-in
     * {@code readiness.properties} gate reports the {@code properties.*} codes. When none has, a waiver that matches
     * nothing is most likely for a gate that is not in the check (the CLI without the service's jar on its class
     * path), not for a problem that was fixed.
     */
    static boolean ranGateOwning(List<GateResult> results, String code) {
        for (GateResult result : results) {
            String id = result.id().equals("readiness.properties") ? "properties" : result.id();
            if (code.startsWith(id) && (code.length() == id.length() || code.charAt(id.length()) == '.'
                    || code.charAt(id.length()) == '-')) {
                return true;
            }
        }
        return false;
    }

    private static void report(Waiver waiver, LocalDate today, boolean used, boolean expiredMatching,
            List<Finding> waiverFindings, boolean gateRan) {
        Origin origin = origin(waiver);
        if (!waiver.isActiveOn(today)) {
            long daysAgo = ChronoUnit.DAYS.between(waiver.expires(), today);
            waiverFindings.add(Finding.of(Severity.WARN, "waiver.expired", waiver.code())
                    .origin(origin)
                    .message(String.format(Locale.ROOT,
                            "The waiver for %s expired on %s (%d day%s ago) and no longer applies%s.",
                            waiver.label(), waiver.expires(), daysAgo, daysAgo == 1 ? "" : "s",
                            expiredMatching ? "; the finding it covered counts again" : ""))
                    .remediation("Fix what it covered, or renew it with a new expiry date and a fresh reason;"
                            + " remove it once nothing matches.")
                    .build());
        } else if (!used && !gateRan) {
            // session 27: the CLI run without the service's jar said "fixed or misspelled" of a waiver for a code
            // of the service's own gate, which simply was not in the check
            waiverFindings.add(Finding.of(Severity.WARN, "waiver.unused", waiver.code())
                    .origin(origin)
                    .message("The waiver for " + waiver.label() + " matches no finding, and no gate of this check"
                            + " has an id its code begins with: the gate that reports " + waiver.code()
                            + " did not run (not on the class path, not registered in META-INF/services, or"
                            + " excluded), or the code is misspelled.")
                    .remediation("Run the check with the gate that reports the code (the CLI: java -cp"
                            + " readiness-cli.jar:your-gates.jar dev.readiness.cli.Main check …), or correct the"
                            + " code to the finding's as printed in a report that has it, or remove the waiver.")
                    .build());
        } else if (!used) {
            waiverFindings.add(Finding.of(Severity.WARN, "waiver.unused", waiver.code())
                    .origin(origin)
                    .message("The waiver for " + waiver.label() + " matches no finding; what it covered is fixed"
                            + " or its code or subject is misspelled.")
                    .remediation("Remove the waiver, or correct its code and subject to the finding's as printed"
                            + " in the report.")
                    .build());
        } else {
            long daysLeft = ChronoUnit.DAYS.between(today, waiver.expires());
            if (daysLeft <= EXPIRING_SOON_DAYS) {
                waiverFindings.add(Finding.of(Severity.INFO, "waiver.expiring", waiver.code())
                        .origin(origin)
                        .message(String.format(Locale.ROOT,
                                "The waiver for %s expires on %s, %s; after that the finding blocks again.",
                                waiver.label(), waiver.expires(),
                                daysLeft == 0 ? "today" : "in " + daysLeft + " day" + (daysLeft == 1 ? "" : "s")))
                        .remediation("Fix what it covers before then, or renew it with a reason.")
                        .build());
            }
        }
    }

    /**
     * Where a finding about a waiver points: the line the waiver is written on, when known (thirty-fifth pass: an
     * expired waiver in {@code application.yml} was reported at "waiver database.test-name for
     * spring.datasource.url", and code scanning placed it on {@code pom.xml} without a line), else the waiver's label.
     */
    private static Origin origin(Waiver waiver) {
        return waiver.origin() != null ? waiver.origin() : Origin.of("waiver " + waiver.label());
    }

    private static Finding rejected(Waiver waiver, String code, String message, String remediation) {
        return Finding.of(Severity.WARN, code, waiver.code())
                .origin(origin(waiver))
                .message(message)
                .remediation(remediation)
                .build();
    }
}
