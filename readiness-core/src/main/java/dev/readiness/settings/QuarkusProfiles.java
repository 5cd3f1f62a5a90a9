package dev.readiness.settings;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Quarkus's profile prefixes in a configuration file, read the way Quarkus reads them: {@code %prod.quarkus.x=…}
 * holds {@code quarkus.x} for the {@code prod} profile only ({@code %dev,test.x} for either), and when that profile
 * is active it replaces the file's unprefixed {@code quarkus.x}. So a setting whose prefix names no active profile is
 * not part of what runs ({@code %dev.quarkus.datasource.jdbc.url} on localhost is the developer's), and neither is
 * an unprefixed setting an active profile's prefixed setting replaces. The prefixed settings that apply keep their
 * key as written, so a finding names the line the user will edit.
 *
 * <p>The active profiles are those named for the check; with none named, {@code quarkus.profile}
 * ({@code QUARKUS_PROFILE}) when a source sets it; else {@code prod}, which Quarkus activates in every packaged
 * application.
 */
final class QuarkusProfiles {

    private static final String PROFILE_KEY = RelaxedNames.canonical("quarkus.profile");

    private QuarkusProfiles() {
    }

    /**
     * The settings a Quarkus application runs with under its active profiles.
     *
     * @param settings the settings of the files, in the order read
     * @param named the profiles named for the check (may be empty)
     * @param environment the environment's settings, where {@code QUARKUS_PROFILE} may be set
     * @return the same list when no key carries a profile prefix; else the settings that apply
     */
    static List<Setting> applying(List<Setting> settings, List<String> named, List<List<Setting>> environment) {
        if (!anyPrefixed(settings)) {
            return settings;
        }
        Set<String> active = active(settings, named, environment);
        Set<String> replaced = new HashSet<>();
        for (Setting setting : settings) {
            int dot = prefixEnd(setting.key());
            if (dot > 0 && applies(setting.key(), dot, active)) {
                replaced.add(setting.key().substring(dot + 1));
            }
        }
        List<Setting> applying = new ArrayList<>(settings.size());
        for (Setting setting : settings) {
            int dot = prefixEnd(setting.key());
            if (dot > 0 ? applies(setting.key(), dot, active) : !replaced.contains(setting.key())) {
                applying.add(setting);
            }
        }
        return applying;
    }

    /**
     * The file setting of {@code quarkus.profile} that chose the active profiles, when one did: no profile was named,
     * the environment sets none, and some key carries a profile prefix. Quarkus reads the key from the file too, so
     * the check follows it, and a caller should say so (the Spring profiles a file activates are said likewise).
     *
     * @param settings the settings of the files, in the order read
     * @param named the profiles named for the check (may be empty)
     * @param environment the environment's settings
     * @return the setting, or empty
     */
    static java.util.Optional<Setting> chosenByFile(List<Setting> settings, List<String> named,
            List<List<Setting>> environment) {
        if (!named.isEmpty() || !anyPrefixed(settings)) {
            return java.util.Optional.empty();
        }
        for (List<Setting> source : environment) {
            for (Setting setting : source) {
                if (setting.canonicalKey().equals(PROFILE_KEY)) {
                    return java.util.Optional.empty();
                }
            }
        }
        Setting chosen = null;
        for (Setting setting : settings) {
            if (setting.canonicalKey().equals(PROFILE_KEY)) {
                chosen = setting;
            }
        }
        return chosen == null || chosen.value().isBlank() || chosen.value().indexOf('$') >= 0
                || chosen.value().strip().equalsIgnoreCase("prod") ? java.util.Optional.empty()
                        : java.util.Optional.of(chosen);
    }

    private static boolean anyPrefixed(List<Setting> settings) {
        for (Setting setting : settings) {
            if (prefixEnd(setting.key()) > 0) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> active(List<Setting> settings, List<String> named, List<List<Setting>> environment) {
        Set<String> active = new HashSet<>();
        if (!named.isEmpty()) {
            named.forEach(profile -> active.add(profile.strip().toLowerCase(Locale.ROOT)));
            return active;
        }
        String chosen = null;
        for (Setting setting : settings) {
            if (setting.canonicalKey().equals(PROFILE_KEY)) {
                chosen = setting.value();
            }
        }
        for (List<Setting> source : environment) {
            for (Setting setting : source) {
                if (setting.canonicalKey().equals(PROFILE_KEY)) {
                    chosen = setting.value();
                }
            }
        }
        if (chosen != null && !chosen.isBlank() && chosen.indexOf('$') < 0) {
            for (String profile : chosen.split(",")) {
                if (!profile.isBlank()) {
                    active.add(profile.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        if (active.isEmpty()) {
            active.add("prod");
        }
        return active;
    }

    /** The index of the dot that ends a {@code %profile} prefix, or -1 when the key has none. */
    private static int prefixEnd(String key) {
        if (key.length() < 3 || key.charAt(0) != '%') {
            return -1;
        }
        int dot = key.indexOf('.');
        return dot > 1 && dot + 1 < key.length() ? dot : -1;
    }

    private static boolean applies(String key, int dot, Set<String> active) {
        for (String profile : key.substring(1, dot).split(",")) {
            if (active.contains(profile.strip().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
