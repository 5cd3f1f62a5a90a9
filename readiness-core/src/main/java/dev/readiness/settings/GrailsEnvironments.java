package dev.readiness.settings;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Grails's environment blocks in a configuration file, read the way Grails reads them: {@code
 * environments.production.dataSource.url=…} holds {@code dataSource.url} for the {@code production} environment only,
 * and when that environment runs it replaces the file's own {@code dataSource.url}. So a setting of another
 * environment's block is not part of what runs ({@code environments.development.dataSource.url} on an in-memory H2 is
 * the developer's), and neither is a top-level setting the running environment's block replaces (an H2 block's blank
 * {@code dataSource.password} under a production block that sets its own). The settings that apply keep their key as
 * written, so a finding names the line the user will edit.
 *
 * <p>A file is read this way only when a key starts with {@code environments.} followed by one of Grails's own
 * environment names ({@code production}, {@code development}, {@code test}). The running environment is the one
 * named for the check ({@code prod} and {@code dev} stand for {@code production} and {@code development}, as on
 * Grails's command line); with none named, {@code grails.env} ({@code GRAILS_ENV}) when the environment (an env file,
 * a manifest) sets it, never a configuration file's own key, which Grails does not read to choose; else
 * {@code production}, which Grails runs in every packaged application.
 */
final class GrailsEnvironments {

    private static final String PREFIX = "environments.";
    private static final Set<String> GRAILS_NAMES = Set.of("production", "development", "test");
    private static final String ENV_KEY = RelaxedNames.canonical("grails.env");

    private GrailsEnvironments() {
    }

    /**
     * The settings a Grails application runs with in its running environment.
     *
     * @param settings the settings of the files, in the order read
     * @param named the profiles named for the check (may be empty)
     * @param environment the environment's settings, where {@code GRAILS_ENV} may be set
     * @return the same list when no key is in a Grails environment block; else the settings that apply
     */
    static List<Setting> applying(List<Setting> settings, List<String> named, List<List<Setting>> environment) {
        if (!anyGrailsBlock(settings)) {
            return settings;
        }
        // only the environment chooses: Grails reads the grails.env system property or GRAILS_ENV before it reads
        // any file, so a file's own grails.env key would hide its production block from the check (session 29)
        Set<String> running = RunningEnvironments.of(named, environment, Set.of(ENV_KEY));
        Set<String> replaced = new HashSet<>();
        for (Setting setting : settings) {
            int dot = blockEnd(setting.key());
            if (dot > 0 && running.contains(blockName(setting.key(), dot))) {
                replaced.add(setting.key().substring(dot + 1));
            }
        }
        List<Setting> applying = new ArrayList<>(settings.size());
        for (Setting setting : settings) {
            int dot = blockEnd(setting.key());
            if (dot > 0 ? running.contains(blockName(setting.key(), dot)) : !replaced.contains(setting.key())) {
                applying.add(setting);
            }
        }
        return applying;
    }

    private static boolean anyGrailsBlock(List<Setting> settings) {
        for (Setting setting : settings) {
            int dot = blockEnd(setting.key());
            if (dot > 0 && GRAILS_NAMES.contains(blockName(setting.key(), dot))) {
                return true;
            }
        }
        return false;
    }

    /** The index of the dot that ends an {@code environments.<name>} block prefix, or -1 when the key has none. */
    private static int blockEnd(String key) {
        if (key.length() <= PREFIX.length() || !key.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return -1;
        }
        int dot = key.indexOf('.', PREFIX.length());
        return dot > PREFIX.length() && dot + 1 < key.length() ? dot : -1;
    }

    private static String blockName(String key, int dot) {
        return key.substring(PREFIX.length(), dot).toLowerCase(Locale.ROOT);
    }
}
