package dev.readiness.internal;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.GateResult;
import dev.readiness.Severity;
import dev.readiness.Waiver;
import dev.readiness.settings.Origin;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Applies waivers to gate results: active waivers mark matching findings waived; expired waivers stop applying and
 * are reported ({@code waiver.expired}); waivers that match nothing are reported ({@code waiver.unused}); active
 * waivers close to expiry are mentioned ({@code waiver.expiring}). Those findings go to a result of their own,
 * {@value #GATE_ID}.
 */
public final class WaiverApplier {

    /** The id of the pseudo-gate that carries findings about waivers. */
    public static final String GATE_ID = "readiness.waivers";

    /** An active waiver expiring within this many days is mentioned as INFO. */
    public static final int EXPIRING_SOON_DAYS = 14;

    private WaiverApplier() {
    }

    /**
     * Applies the waivers, replacing results in place and appending the waivers' own result when it has findings.
     *
     * @param results the gates' results; modified
     * @param waivers the waivers
     * @param context the context, whose clock gives today's date
     */
    public static void apply(List<GateResult> results, List<Waiver> waivers, GateContext context) {
        if (waivers.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(context.clock());
        Set<Waiver> used = new LinkedHashSet<>();
        Set<Waiver> expiredMatching = new LinkedHashSet<>();
        for (int i = 0; i < results.size(); i++) {
            GateResult result = results.get(i);
            List<Finding> findings = new ArrayList<>(result.findings().size());
            boolean changed = false;
            for (Finding finding : result.findings()) {
                Finding applied = finding;
                for (Waiver waiver : waivers) {
                    if (!waiver.covers(finding) || finding.code().startsWith("gate.")) {
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
        List<Finding> waiverFindings = new ArrayList<>();
        for (Waiver waiver : waivers) {
            Origin origin = Origin.of("waiver " + waiver.label());
            if (!waiver.isActiveOn(today)) {
                long daysAgo = ChronoUnit.DAYS.between(waiver.expires(), today);
                waiverFindings.add(Finding.of(Severity.WARN, "waiver.expired", waiver.code())
                        .origin(origin)
                        .message(String.format(Locale.ROOT,
                                "The waiver for %s expired on %s (%d day%s ago) and no longer applies%s.",
                                waiver.label(), waiver.expires(), daysAgo, daysAgo == 1 ? "" : "s",
                                expiredMatching.contains(waiver) ? "; the finding it covered counts again" : ""))
                        .remediation("Fix what it covered, or renew it with a new expiry date and a fresh reason;"
                                + " remove it once nothing matches.")
                        .build());
            } else if (!used.contains(waiver)) {
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
        if (!waiverFindings.isEmpty()) {
            results.add(GateResult.of(GATE_ID, "Waivers: expired, unused and expiring", 0, waiverFindings));
        }
    }
}
