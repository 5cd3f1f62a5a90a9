package dev.readiness.internal;

import dev.readiness.Finding;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a problem in a resolved value is written. {@code SITE_URL=https://${DOMAIN}} with
 * {@code DOMAIN=app.example.com} has its template domain in {@code DOMAIN}: the fix belongs there, so a gate reports
 * the problem once, on {@code DOMAIN}, rather than on every key that references it. A problem that the referencing
 * value adds itself ({@code https://${SUBDOMAIN}.example.com}) stays on the referencing key.
 *
 * <p>The resolver records where a resolved value came through in its origin ({@code site.env:8 via environment
 * variable DOMAIN from site.env:2}); the defining setting is the referenced one whose value holds the offending
 * text. Stateless and thread-safe.
 */
public final class ReferencedValues {

    private static final String VIA = " via ";

    private ReferencedValues() {
    }

    /**
     * The setting that defines the offending part of a setting's resolved value, when that part comes entirely from
     * one value the setting references.
     *
     * @param settings the resolved settings the setting belongs to
     * @param setting a setting whose value may have been resolved through references
     * @param offending the text a finding is about (a host, a user name), as it appears in the resolved value
     * @return the referenced setting whose own value holds the offending text; empty when the setting references
     *         nothing, or when the text is not wholly inside one referenced value
     */
    public static Optional<Setting> definingSetting(Settings settings, Setting setting, String offending) {
        String description = setting.origin().description();
        int via = description.indexOf(VIA);
        if (via < 0 || offending.isEmpty()) {
            return Optional.empty();
        }
        String routes = description.substring(via + VIA.length());
        for (Setting candidate : settings) {
            if (candidate.equals(setting) || candidate.isDeferred()
                    || !containsIgnoringCase(candidate.value(), offending)) {
                continue;
            }
            String written = candidate.origin().description();
            int own = written.indexOf(VIA);
            if (mentions(routes, own < 0 ? written : written.substring(0, own))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * The findings with only the first of each code on each subject: a problem moved to the key that defines it may
     * already have been found there.
     *
     * @param findings the findings of one gate, in order
     * @return the findings without repeats, in order
     */
    public static List<Finding> once(List<Finding> findings) {
        Set<String> seen = new HashSet<>();
        List<Finding> kept = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            if (seen.add(finding.code() + '\u0000' + finding.subject())) {
                kept.add(finding);
            }
        }
        return kept;
    }

    /** Whether the list of routes names an origin as a whole item, not as the start of a longer one. */
    private static boolean mentions(String routes, String origin) {
        if (origin.isEmpty()) {
            return false;
        }
        for (int at = routes.indexOf(origin); at >= 0; at = routes.indexOf(origin, at + 1)) {
            int end = at + origin.length();
            boolean startsItem = at == 0 || routes.charAt(at - 1) == ' ';
            boolean endsItem = end == routes.length() || routes.charAt(end) == ',' || routes.startsWith(VIA, end);
            if (startsItem && endsItem) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsIgnoringCase(String value, String part) {
        int last = value.length() - part.length();
        for (int i = 0; i <= last; i++) {
            if (value.regionMatches(true, i, part, 0, part.length())) {
                return true;
            }
        }
        return false;
    }
}
