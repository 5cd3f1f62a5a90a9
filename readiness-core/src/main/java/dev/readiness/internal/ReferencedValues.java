package dev.readiness.internal;

import dev.readiness.Finding;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where a problem in a resolved value is written. {@code SITE_URL=https://${DOMAIN}} with
 * {@code DOMAIN=app.example.com} has its template domain in {@code DOMAIN}: the fix belongs there, so a gate reports
 * the problem once, on {@code DOMAIN}, rather than on every key that references it. A problem that the referencing
 * value adds itself ({@code https://${SUBDOMAIN}.example.com}) stays on the referencing key.
 *
 * <p>The resolver records where a resolved value came through in its origin ({@code site.env:8 via environment
 * variable DOMAIN from site.env:2}); the defining setting is the referenced one whose value holds the offending
 * text. Found through an index of the settings by origin, built once per check when a setting has references.
 */
public final class ReferencedValues {

    private static final String VIA = " via ";
    private static final String ENVIRONMENT = "environment variable ";
    private static final String FROM = " from ";
    private static final String REFERENCED = " references; fix it there.";

    private final Settings settings;
    private @Nullable Map<String, Setting> byOrigin;

    private ReferencedValues(Settings settings) {
        this.settings = settings;
    }

    /**
     * The references among these settings; the index of origins is built on first use, so settings without
     * references cost nothing. Not thread-safe: use one per check.
     *
     * @param settings the resolved settings of one check
     * @return the references
     */
    public static ReferencedValues in(Settings settings) {
        return new ReferencedValues(settings);
    }

    /**
     * The setting that defines the offending part of a setting's resolved value, when that part comes entirely from
     * one value the setting references.
     *
     * @param setting a setting whose value may have been resolved through references
     * @param offending the text a finding is about (a host, a whole value), as it appears in the resolved value
     * @return the referenced setting whose own value holds the offending text; empty when the setting references
     *         nothing, or when the text is not wholly inside one referenced value
     */
    public Optional<Setting> definingSetting(Setting setting, String offending) {
        String description = setting.origin().description();
        int via = description.indexOf(VIA);
        if (via < 0 || offending.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Setting> index = index();
        for (String route : description.substring(via + VIA.length()).split(", ")) {
            Setting candidate = routeCandidate(index, route);
            if (candidate != null && !candidate.equals(setting) && !candidate.isDeferred()
                    && containsIgnoringCase(candidate.value(), offending)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * The setting under a key in these settings, matched by relaxed names.
     *
     * @param key a key in any spelling
     * @return the setting, if present
     */
    public Optional<Setting> setting(String key) {
        return settings.get(key);
    }

    /**
     * The settings a setting's resolved value came through, in the order its origin names them.
     *
     * @param setting a setting whose value may have been resolved through references
     * @return the referenced settings found among these settings; empty when it references nothing
     */
    public List<Setting> referenced(Setting setting) {
        String description = setting.origin().description();
        int via = description.indexOf(VIA);
        if (via < 0) {
            return List.of();
        }
        Map<String, Setting> index = index();
        List<Setting> found = new ArrayList<>(2);
        for (String route : description.substring(via + VIA.length()).split(", ")) {
            Setting candidate = routeCandidate(index, route);
            if (candidate != null && !candidate.equals(setting)) {
                found.add(candidate);
            }
        }
        return found;
    }

    private static @Nullable Setting routeCandidate(Map<String, Setting> index, String route) {
        Setting candidate = index.get(route);
        if (candidate == null && route.startsWith(ENVIRONMENT) && route.indexOf(FROM) > 0) {
            candidate = index.get(route.substring(route.indexOf(FROM) + FROM.length()));
        }
        return candidate;
    }

    private Map<String, Setting> index() {
        Map<String, Setting> index = byOrigin;
        if (index == null) {
            index = new HashMap<>();
            for (Setting candidate : settings) {
                String written = candidate.origin().description();
                int own = written.indexOf(VIA);
                index.putIfAbsent(own < 0 ? written : written.substring(0, own), candidate);
            }
            byOrigin = index;
        }
        return index;
    }

    /**
     * The findings with only the first of each code on each subject: a problem moved to the key that defines it may
     * already have been found there.
     *
     * @param findings the findings of one gate, in order
     * @return the findings without repeats, in order
     */
    public static List<Finding> once(List<Finding> findings) {
        Map<String, Integer> seen = new HashMap<>();
        List<Finding> kept = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            Integer at = seen.putIfAbsent(finding.code() + '\u0000' + finding.subject(), kept.size());
            if (at == null) {
                kept.add(finding);
            } else if (saysMore(finding, kept.get(at))) {
                kept.set(at, finding);
            }
        }
        return kept;
    }

    /** Whether a repeat says which key references the value and the finding kept does not. */
    private static boolean saysMore(Finding repeat, Finding kept) {
        return repeat.message().endsWith(REFERENCED) && !kept.message().endsWith(REFERENCED);
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
