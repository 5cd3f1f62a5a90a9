package dev.readiness.internal;

import dev.readiness.Finding;
import dev.readiness.settings.Origin;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    private static final String ROUTES = ", ";
    private static final String REFERENCED = " references; fix it there.";
    private static final String WHICH = ", which ";

    private final Settings settings;
    private @Nullable Map<String, Setting> byOrigin;
    private Set<String> routedOrigins = Set.of();
    private @Nullable Map<String, Setting> byAnyOrigin;

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
        Origin origin = setting.origin();
        if (offending.isEmpty() || !mayRoute(origin)) {
            return Optional.empty();
        }
        String description = origin.description();
        int via = description.indexOf(VIA);
        if (via < 0 || offending.isEmpty()) {
            return Optional.empty();
        }
        for (int start = via + VIA.length(); start >= 0; start = nextRoute(description, start)) {
            Setting candidate = routeCandidate(route(description, start));
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
     * The settings these references are among.
     *
     * @return the settings of the check
     */
    public Settings settings() {
        return settings;
    }

    /**
     * The settings a setting's resolved value came through, in the order its origin names them.
     *
     * @param setting a setting whose value may have been resolved through references
     * @return the referenced settings found among these settings; empty when it references nothing
     */
    public List<Setting> referenced(Setting setting) {
        Origin origin = setting.origin();
        if (!mayRoute(origin)) {
            return List.of();
        }
        String description = origin.description();
        int via = description.indexOf(VIA);
        if (via < 0) {
            return List.of();
        }
        List<Setting> found = new ArrayList<>(2);
        for (int start = via + VIA.length(); start >= 0; start = nextRoute(description, start)) {
            Setting candidate = routeCandidate(route(description, start));
            if (candidate != null && !candidate.equals(setting)) {
                found.add(candidate);
            }
        }
        return found;
    }

    /**
     * Whether a Compose value was interpolated wholly from a variable: {@code JWT_SECRET: ${STAGING_JWT_SECRET}} with
     * {@code --env-file staging.env} before {@code --compose} is written
     * {@code compose.yml:18 via STAGING_JWT_SECRET from staging.env:1}, and the variable is a setting of the check too.
     * The two are one secret passed on, not one secret serving two purposes (forty-fourth pass: the newcomer's staging
     * Compose file was a false {@code secrets.reused} NO-GO). Compose names its variables joined by {@code " and "},
     * which {@link #referenced} does not read as routes, so the finding stays on the Compose file's line.
     *
     * @param setting a setting whose origin may name the variables it was interpolated from
     * @param variable another setting of the check
     * @return {@code true} when the setting's origin names {@code variable}'s key and origin as a variable it used
     */
    public static boolean interpolatedFrom(Setting setting, Setting variable) {
        if (!mayRoute(setting.origin())) {
            return false;
        }
        String description = setting.origin().description();
        int via = description.indexOf(VIA);
        if (via < 0) {
            return false;
        }
        String used = variable.key() + FROM + variable.origin().description();
        for (String part : description.substring(via + VIA.length()).split(" and ")) {
            if (part.equals(used)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an origin may name a route: any origin but a plain file origin ({@code prod.env:3}) whose file name
     * holds no {@code " via "}, which is asked without making its description.
     */
    private static boolean mayRoute(Origin origin) {
        return !PlainOrigins.isPlainFile(origin) || origin.file().orElseThrow().contains(VIA);
    }

    private static String route(String description, int start) {
        int end = routeEnd(description, start);
        return end < 0 ? description.substring(start) : description.substring(start, end);
    }

    private static int nextRoute(String description, int start) {
        int end = routeEnd(description, start);
        return end < 0 ? -1 : end + ROUTES.length();
    }

    /**
     * Where the route starting at {@code start} ends: the next {@code ", "} outside parentheses, since one route may
     * describe itself in them ({@code k8s.yaml:7 (Secret orders key JWT_SECRET, for env JWT_SECRET at k8s.yaml:32)}).
     * When no parenthesis opens before the next separator, that separator is the end, found by one search.
     */
    private static int routeEnd(String description, int start) {
        int separator = description.indexOf(ROUTES, start);
        int open = description.indexOf('(', start);
        if (open < 0 || separator >= 0 && separator < open) {
            return separator;
        }
        int depth = 0;
        for (int i = start; i < description.length(); i++) {
            char c = description.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if (depth == 0 && description.startsWith(ROUTES, i)) {
                return i;
            }
        }
        return -1;
    }

    private @Nullable Setting routeCandidate(String route) {
        Setting candidate = withOrigin(route);
        if (candidate == null && route.startsWith(ENVIRONMENT) && route.indexOf(FROM) > 0) {
            candidate = withOrigin(ownOrigin(route.substring(route.indexOf(FROM) + FROM.length())));
        }
        return candidate;
    }

    /**
     * An origin without the route of its own value: a variable a Compose file interpolated from {@code .env} is
     * written {@code compose.yaml:24 via DB_PASSWORD from .env:1}, and the settings are indexed by
     * {@code compose.yaml:24}.
     */
    private static String ownOrigin(String origin) {
        int via = origin.indexOf(VIA);
        return via < 0 ? origin : origin.substring(0, via);
    }

    /**
     * The first of these settings written at an origin. The index holds only the origins that these settings'
     * routes name, so it stays small; an origin outside it (asked for a setting from elsewhere) is looked up in an
     * index of all.
     */
    private @Nullable Setting withOrigin(String written) {
        Map<String, Setting> routed = byOrigin;
        if (routed == null) {
            Set<String> origins = new HashSet<>();
            int[] vias = new int[settings.size()];
            Origin[] read = new Origin[settings.size()];
            String[] descriptions = new String[settings.size()];
            int position = 0;
            for (Setting candidate : settings) {
                Origin origin = candidate.origin();
                read[position] = origin;
                if (!mayRoute(origin)) {
                    vias[position++] = -1;
                    continue;
                }
                String description = origin.description();
                int via = description.indexOf(VIA);
                descriptions[position] = description;
                vias[position++] = via;
                for (int start = via < 0 ? -1 : via + VIA.length(); start >= 0;
                        start = nextRoute(description, start)) {
                    String route = route(description, start);
                    origins.add(route);
                    if (route.startsWith(ENVIRONMENT) && route.indexOf(FROM) > 0) {
                        origins.add(ownOrigin(route.substring(route.indexOf(FROM) + FROM.length())));
                    }
                }
            }
            routedOrigins = origins;
            routed = index(origins, vias, read, descriptions);
            byOrigin = routed;
        }
        if (routedOrigins.contains(written)) {
            return routed.get(written);
        }
        Map<String, Setting> all = byAnyOrigin;
        if (all == null) {
            all = index(null, null, null, null);
            byAnyOrigin = all;
        }
        return all.get(written);
    }

    /**
     * The first setting at each origin, of the given origins or, for {@code null}, of all; {@code vias} holds where
     * each setting's route starts in its origin, as the pass that found the origins read it, or is {@code null};
     * {@code written} and {@code descriptions} the settings' origins and their descriptions as that pass read them
     * (a description {@code null} where the pass left a plain file origin's unmade), or {@code null}. Of the given
     * origins, only a setting whose own origin has the length of one of them is looked up (a bit per length modulo
     * 64), and a plain file origin's description is made only then: hashing each long file path was most of the
     * index's cost.
     */
    private Map<String, Setting> index(@Nullable Set<String> origins, int @Nullable [] vias,
            Origin @Nullable [] written, String @Nullable [] descriptions) {
        Map<String, Setting> index = new HashMap<>(origins == null ? settings.size() * 4 / 3 + 1 : 16);
        long lengths = 0;
        if (origins != null) {
            for (String origin : origins) {
                lengths |= 1L << origin.length();
            }
        }
        int position = 0;
        for (Setting candidate : settings) {
            String text = descriptions != null ? descriptions[position] : null;
            if (text == null && written != null && origins != null) {
                Origin plain = written[position];
                int length = PlainOrigins.descriptionLength(plain.file().orElseThrow(), plain.line().orElseThrow(),
                        plain.column().orElse(0));
                if ((lengths & 1L << length) == 0) {
                    position++;
                    continue;
                }
                text = plain.description();
            } else if (text == null) {
                text = candidate.origin().description();
            }
            int own = vias != null ? vias[position] : text.indexOf(VIA);
            position++;
            int length = own < 0 ? text.length() : own;
            if (origins != null && (lengths & 1L << length) == 0) {
                continue;
            }
            String origin = own < 0 ? text : text.substring(0, own);
            if (origins == null || origins.contains(origin)) {
                index.putIfAbsent(origin, candidate);
            }
        }
        return index;
    }

    /**
     * The findings with each one on a key whose whole value comes from another key moved to that key when the same
     * code, at the same severity, was found there too: {@code notify.mail.domain=${MAILGUN_DOMAIN}} with a sandbox
     * domain in {@code MAILGUN_DOMAIN} is one value to fix, in one place, not two findings. The moved finding says
     * which key references the value (so a waiver for either key covers it, see {@link #referencingKey(Finding)});
     * {@link #once(List)} then keeps it in place of the finding on the defining key. A finding whose key adds to the
     * referenced value, or whose referenced key was not found with the same code and severity, stays where it is.
     *
     * @param findings the findings of one gate over these settings, in order
     * @return the findings, those on a referencing key moved to the defining key, in order
     */
    public List<Finding> onDefiningKeys(List<Finding> findings) {
        if (findings.size() < 2) {
            return findings;
        }
        Set<String> found = null;
        List<Finding> moved = null;
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            if (finding.waived() || !mayRoute(finding.origin()) || finding.origin().description().indexOf(VIA) < 0) {
                continue;
            }
            Setting setting = settings.get(finding.subject()).orElse(null);
            if (setting == null || setting.isDeferred() || !setting.key().equals(finding.subject())) {
                continue;
            }
            if (found == null) {
                found = new HashSet<>();
                for (Finding other : findings) {
                    found.add(sameProblem(other.code(), other.severity(), other.subject()));
                }
            }
            String value = setting.value().strip();
            for (Setting defining : referenced(setting)) {
                if (!defining.isDeferred() && !value.isEmpty() && defining.value().strip().equals(value)
                        && found.contains(sameProblem(finding.code(), finding.severity(), defining.key()))
                        && !defaultsItself(defining)) {
                    if (moved == null) {
                        moved = new ArrayList<>(findings);
                    }
                    moved.set(i, Finding.of(finding.severity(), finding.code(), defining)
                            .message(finding.message() + (finding.message().endsWith(".") ? "" : ".")
                                    + " The value comes from " + defining.key() + WHICH + setting.key() + REFERENCED)
                            .remediation(finding.remediation())
                            .build());
                    break;
                }
            }
        }
        return moved == null ? findings : moved;
    }

    /**
     * A finding on the key that defines a value, saying which key references it, in the form
     * {@link #referencingKey(Finding)} reads (so a waiver for either key covers it): for a gate that judges the value
     * once, where it is written, and leaves the referencing key alone ({@code spring.rabbitmq.password=
     * ${RABBITMQ_PASSWORD}} with {@code RABBITMQ_PASSWORD=guest}).
     *
     * @param finding a finding on the defining key
     * @param referencingKey the key whose value is a reference to it
     * @return the finding saying so; the finding itself when it already names a referencing key
     */
    public static Finding namingReference(Finding finding, String referencingKey) {
        if (referencingKey(finding) != null) {
            return finding;
        }
        return finding.toBuilder()
                .message(finding.message() + (finding.message().isEmpty() || finding.message().endsWith(".") ? ""
                        : ".") + " The value comes from " + finding.subject() + WHICH + referencingKey + REFERENCED)
                .build();
    }

    private static String sameProblem(String code, dev.readiness.Severity severity, String subject) {
        return code + '\u0000' + severity + '\u0000' + subject;
    }

    /**
     * The findings with only the first of each code on each subject: a problem moved to the key that defines it may
     * already have been found there.
     *
     * @param findings the findings of one gate, in order
     * @return the findings without repeats, in order
     */
    public static List<Finding> once(List<Finding> findings) {
        Map<CodeOnSubject, Integer> seen = new HashMap<>();
        List<Finding> kept = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            Integer at = seen.putIfAbsent(new CodeOnSubject(finding.code(), finding.subject()), kept.size());
            if (at == null) {
                kept.add(finding);
            } else if (saysMore(finding, kept.get(at))) {
                kept.set(at, finding);
            }
        }
        return kept;
    }

    /**
     * Whether a key only defaults itself ({@code OR_HOSTNAME=${OR_HOSTNAME:-localhost}}), Compose's idiom for "from the
     * outer environment, else this default": a key that repeats the same text ({@code DOMAINNAME=${OR_HOSTNAME:-localhost}})
     * carries the default in its own line, so its finding stays on it, as the defining key's own does.
     *
     * @param defining the key another key's value was resolved through
     * @return whether its value is the default of a reference to itself
     */
    public static boolean defaultsItself(Setting defining) {
        String origin = defining.origin().description();
        int at = origin.indexOf(SELF_DEFAULT);
        return at >= 0 && origin.startsWith(defining.key(), at + SELF_DEFAULT.length())
                && origin.startsWith("}", at + SELF_DEFAULT.length() + defining.key().length());
    }

    /** How a resolved value's origin names the default of a reference ({@code via the default of ${NAME}}). */
    private static final String SELF_DEFAULT = "the default of ${";

    /**
     * The key that references the value a finding is about, when the finding was moved to where that value is
     * written (its message ends {@code ", which spring.datasource.url references; fix it there."}).
     *
     * @param finding a finding
     * @return the referencing key, or {@code null} when the finding is on the key it was found on
     */
    public static @Nullable String referencingKey(Finding finding) {
        String message = finding.message();
        if (!message.endsWith(REFERENCED)) {
            return null;
        }
        int end = message.length() - REFERENCED.length();
        int start = message.lastIndexOf(WHICH, end);
        return start < 0 ? null : message.substring(start + WHICH.length(), end);
    }

    /** A finding's code and subject, compared as a pair (no joined string made per finding). */
    private record CodeOnSubject(String code, String subject) {
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
