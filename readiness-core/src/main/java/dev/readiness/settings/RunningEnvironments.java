package dev.readiness.settings;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which environment a framework that keeps one block per environment in a file runs in (Grails's
 * {@code environments.production}, Rails' top-level {@code production}): the ones named for the check, else the one
 * its variable sets in the environment (an env file, a manifest), never a configuration file's own key, else
 * {@code production}, what a packaged application runs. {@code prod} and {@code dev} stand for {@code production} and
 * {@code development}, as on those frameworks' command lines. Stateless.
 */
final class RunningEnvironments {

    private RunningEnvironments() {
    }

    /**
     * The running environments' full names.
     *
     * @param named the profiles named for the check (may be empty)
     * @param environment the environment's settings
     * @param choosingKeys the canonical keys of the variables that choose the environment ({@code GRAILS_ENV})
     * @return the names, lower case
     */
    static Set<String> of(List<String> named, List<List<Setting>> environment, Set<String> choosingKeys) {
        Set<String> running = new HashSet<>();
        if (!named.isEmpty()) {
            named.forEach(profile -> running.add(fullName(profile)));
            return running;
        }
        String chosen = null;
        for (List<Setting> source : environment) {
            for (Setting setting : source) {
                if (choosingKeys.contains(setting.canonicalKey())) {
                    chosen = setting.value();
                }
            }
        }
        running.add(chosen == null || chosen.isBlank() || chosen.indexOf('$') >= 0 ? "production" : fullName(chosen));
        return running;
    }

    private static String fullName(String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT);
        return switch (lower) {
            case "prod" -> "production";
            case "dev" -> "development";
            default -> lower;
        };
    }
}
