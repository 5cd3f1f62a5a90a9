package dev.readiness.gates.internal;

import dev.readiness.Finding;
import dev.readiness.gates.database.DatabaseUrl;
import dev.readiness.settings.RelaxedNames;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A data source the application derives from a platform's database URL at start-up: Railway, Heroku and Render
 * inject {@code DATABASE_URL=postgresql://user:pass@host:port/db}, which the JDBC driver cannot take, so the service
 * splits it into {@code spring.datasource.url}, {@code .username} and {@code .password} in code (an
 * {@code EnvironmentPostProcessor} adding a property source of its own). At boot both are in the environment and both
 * were judged: every problem of the one connection was reported twice, once on the variable and once on the property
 * the code wrote, which no file holds (session 40's newcomer). A finding on a {@code spring.datasource.*} key written
 * by no file, of the same code as a finding on another key whose URL opens the same database (its hosts, ports and
 * name), is left out; the finding kept, on the variable where the value is set, says so; and the secrets gate does not
 * judge a derived password again ({@link #isDerivedPassword}), as it judges the variable's. Stateless.
 */
public final class DerivedDataSources {

    private static final String URL = RelaxedNames.canonical("spring.datasource.url");
    private static final String PASSWORD = RelaxedNames.canonical("spring.datasource.password");
    private static final Set<String> DATA_SOURCE_KEYS = Set.of(URL, RelaxedNames.canonical("spring.datasource.username"),
            PASSWORD);

    private static final String FROM_SOURCE = " from property source \"";

    private DerivedDataSources() {
    }

    /**
     * The findings with those on a derived data source's keys left out where the variable it was derived from
     * carries the same code.
     *
     * @param findings the gate's findings
     * @param settings the settings judged
     * @return the findings, the same list when nothing was derived
     */
    public static List<Finding> once(List<Finding> findings, Settings settings) {
        boolean any = false;
        for (Finding finding : findings) {
            any |= AsciiCase.contains(finding.subject(), "source")
                    && DATA_SOURCE_KEYS.contains(RelaxedNames.canonical(finding.subject()));
        }
        if (!any) {
            return findings;
        }
        Optional<Setting> url = settings.get("spring.datasource.url");
        Optional<Connection> derived = url.filter(DerivedDataSources::writtenByNoFile).flatMap(s -> connection(s.value()));
        if (derived.isEmpty()) {
            return findings;
        }
        Map<Finding, Boolean> dropped = new IdentityHashMap<>();
        Map<Finding, String> keepers = new IdentityHashMap<>();
        for (Finding finding : findings) {
            String subject = RelaxedNames.canonical(finding.subject());
            if (!DATA_SOURCE_KEYS.contains(subject) || finding.waived()
                    || !settings.get(finding.subject()).map(DerivedDataSources::writtenByNoFile).orElse(false)) {
                continue;
            }
            for (Finding other : findings) {
                if (other != finding && other.code().equals(finding.code()) && !other.waived()
                        && !DATA_SOURCE_KEYS.contains(RelaxedNames.canonical(other.subject()))
                        && other.severity().compareTo(finding.severity()) >= 0
                        && settings.get(other.subject()).flatMap(s -> connection(s.value())).equals(derived)) {
                    dropped.put(finding, Boolean.TRUE);
                    keepers.putIfAbsent(other, finding.subject());
                    break;
                }
            }
        }
        if (dropped.isEmpty()) {
            return findings;
        }
        List<Finding> kept = new ArrayList<>(findings.size() - dropped.size());
        for (Finding finding : findings) {
            if (dropped.containsKey(finding)) {
                continue;
            }
            String derivedKey = keepers.get(finding);
            if (derivedKey == null) {
                kept.add(finding);
                continue;
            }
            String message = finding.message().isEmpty() || finding.message().endsWith(".") ? finding.message()
                    : finding.message() + ".";
            kept.add(finding.toBuilder().message(message + " The application derives " + derivedKey
                    + " from " + finding.subject() + " at start-up (no configuration file writes it): one fix here covers both.")
                    .build());
        }
        return kept;
    }

    /**
     * Whether this setting is {@code spring.datasource.password} written by no file, beside a
     * {@code spring.datasource.url} written by no file that opens the same database as another setting's URL: the
     * password the application's code took out of that URL, judged there.
     *
     * @param settings the settings judged
     * @param setting the setting
     * @return {@code true} for a derived data source's password
     */
    public static boolean isDerivedPassword(Settings settings, Setting setting) {
        if (!writtenByNoFile(setting) || !setting.canonicalKey().equals(PASSWORD)) {
            return false;
        }
        Optional<Connection> derived = settings.get("spring.datasource.url").filter(DerivedDataSources::writtenByNoFile)
                .flatMap(s -> connection(s.value()));
        if (derived.isEmpty()) {
            return false;
        }
        for (Setting other : settings) {
            if (!DATA_SOURCE_KEYS.contains(other.canonicalKey()) && !other.isDeferred()
                    && other.value().indexOf("://") > 0 && connection(other.value()).equals(derived)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A value no configuration file holds: a property source the application's code adds, which Spring reports as
     * {@code "spring.datasource.url" from property source "railwayDatabaseUrl"} (a source without origins); not the
     * environment, system properties or command-line arguments, which a person writes.
     */
    private static boolean writtenByNoFile(Setting setting) {
        if (setting.isDeferred() || setting.origin().file().isPresent()) {
            return false;
        }
        String description = setting.origin().description();
        int from = description.indexOf(FROM_SOURCE);
        if (from < 0) {
            return false;
        }
        String source = description.substring(from + FROM_SOURCE.length());
        return !source.startsWith("systemProperties\"") && !source.startsWith("commandLineArgs\"")
                && !source.startsWith("systemEnvironment\"");
    }

    private static Optional<Connection> connection(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return DatabaseUrl.parse(value.strip()).url().filter(u -> !u.hosts().isEmpty() && u.database().isPresent())
                .map(u -> new Connection(u.vendor(), u.hosts(), u.database().get()));
    }

    private record Connection(DatabaseUrl.Vendor vendor, List<DatabaseUrl.HostPort> hosts, String database) {
        Connection {
            Objects.requireNonNull(hosts);
        }
    }
}
