package dev.readiness.gates.database;

import dev.readiness.gates.internal.EnvironmentFiles;
import dev.readiness.settings.Setting;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A database server whose host name says it belongs to a test, development, QA, UAT, staging or sandbox environment,
 * in production (forty-seventh pass; seed 002's start-up check fails "if the database URL appears to be
 * development/test", and {@code rappit-test.….rds.amazonaws.com}, {@code db.staging.rappit.com} or
 * {@code postgres.qa.svc.cluster.local} were a GO where the database name {@code rappit_test} was a NO-GO). A word of a
 * host label, split at dashes and underscores with a trailing number dropped ({@code qa2}), is read; the last label
 * (a top-level domain such as {@code .dev}) and the registrable label before it ({@code dev-shop.com}, a company's
 * domain) are not. A setting written in a file named for another environment ({@code application-stg.yml},
 * {@code .env.development}) names that environment's own database and is left alone. Stateless.
 */
final class TestStageHosts {

    private static final Set<String> ENVIRONMENT_WORDS = Set.of("test", "testing", "dev", "devel", "development", "qa",
            "uat", "staging", "stage", "stg", "sandbox", "sbx", "preprod", "nonprod");

    private static final String[] WORDS = ENVIRONMENT_WORDS.toArray(new String[0]);

    private TestStageHosts() {
    }

    /**
     * The environment word the first such host names, or {@code null}: read in place, since every server URL of a
     * production check passes here.
     *
     * @param hosts the URL's hosts
     * @return the word, or {@code null} when no host names another environment
     */
    static @Nullable String hostWord(List<DatabaseUrl.HostPort> hosts) {
        for (int i = 0; i < hosts.size(); i++) {
            String word = wordOf(hosts.get(i).host());
            if (word != null) {
                return word;
            }
        }
        return null;
    }

    /**
     * Whether a host's environment word is judged where the value is written: not in a file named for, or placed
     * under, another environment, whose database is its own.
     *
     * @param writtenIn the setting whose file the value is written in
     * @return {@code true} when the finding stands
     */
    static boolean judgedIn(Setting writtenIn) {
        if (EnvironmentFiles.development(writtenIn) != null) {
            return false;
        }
        boolean otherDeployed = EnvironmentFiles.deployed(writtenIn) != null
                && EnvironmentFiles.production(writtenIn) == null;
        return !otherDeployed && !pathNamesOtherEnvironment(writtenIn);
    }

    private static @Nullable String wordOf(String host) {
        int length = host.length();
        if (length == 0 || Character.isDigit(host.charAt(length - 1)) || host.indexOf(':') >= 0) {
            return null; // an IP address
        }
        int last = host.lastIndexOf('.');
        int end = length;
        if (last >= 0) {
            end = host.lastIndexOf('.', last - 1); // before the registrable label and the top-level domain
            if (end < 0) {
                return null;
            }
        }
        int from = 0;
        for (int i = 0; i <= end; i++) {
            char c = i < end ? host.charAt(i) : '.';
            if (c == '.' || c == '-' || c == '_') {
                String word = wordAt(host, from, i);
                if (word != null) {
                    return word;
                }
                from = i + 1;
            }
        }
        return null;
    }

    /** The environment word {@code host[from, to)} spells, a trailing number dropped, in any case; or {@code null}. */
    private static @Nullable String wordAt(String host, int from, int to) {
        int end = to;
        while (end > from && Character.isDigit(host.charAt(end - 1))) {
            end--;
        }
        int length = end - from;
        for (String word : WORDS) {
            if (word.length() == length && host.regionMatches(true, from, word, 0, length)) {
                return word;
            }
        }
        return null;
    }

    /**
     * Whether a word of the setting's file path names a non-production environment the file-name readings above do
     * not ({@code application-qa.properties}, {@code .devcontainer/docker-compose.yml}): its database is that
     * environment's own.
     */
    private static boolean pathNamesOtherEnvironment(Setting setting) {
        String file = setting.origin().file().orElse("");
        for (String word : file.toLowerCase(Locale.ROOT).split("[/\\\\._-]")) {
            if (ENVIRONMENT_WORDS.contains(withoutNumber(word)) || word.equals("devcontainer")) {
                return true;
            }
        }
        return false;
    }

    private static String withoutNumber(String part) {
        int end = part.length();
        while (end > 0 && Character.isDigit(part.charAt(end - 1))) {
            end--;
        }
        return part.substring(0, end);
    }
}
