package dev.readiness.gates.secrets;

import dev.readiness.gates.internal.AsciiCase;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.settings.RelaxedNames;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The optional integrations a configuration switches off: {@code druid.slave.enabled=false},
 * {@code REDIS_USE_SENTINEL=false}, {@code ldap.disabled=true}, {@code auth.required=false} (authentication off, so its
 * secret signs nothing). A switch's key without its switch word names the
 * integration ({@code druid.slave}, {@code redis sentinel}); a key whose words start with the same word and contain
 * the integration's words in order belongs to it ({@code druid.slave.password}, {@code REDIS_SENTINEL_PASSWORD}).
 * Immutable; built once per check.
 */
final class FeatureSwitches {

    private static final Set<String> ON_WORDS = Set.of("enabled", "enable", "active", "activated", "use", "used",
            "required");
    private static final Set<String> OFF_WORDS = Set.of("disabled", "disable");
    private static final Set<String> FALSE = Set.of("false", "0", "no", "off", "n", "disabled");
    private static final Set<String> TRUE = Set.of("true", "1", "yes", "on", "y");

    private static final FeatureSwitches NONE = new FeatureSwitches(List.of());

    private final Map<String, List<List<String>>> offByFirstWord = new HashMap<>();

    private FeatureSwitches(List<List<String>> off) {
        for (List<String> integration : off) {
            offByFirstWord.computeIfAbsent(integration.get(0), first -> new ArrayList<>()).add(integration);
        }
    }

    static FeatureSwitches of(Settings settings) {
        List<List<String>> off = new ArrayList<>();
        for (Setting setting : settings) {
            String value = setting.value();
            if (value.isEmpty() || value.length() > 12 || "tfyno01dTFYNOD ".indexOf(value.charAt(0)) < 0) {
                continue;
            }
            value = value.trim();
            String lower = value.toLowerCase(Locale.ROOT);
            boolean isFalse = FALSE.contains(lower);
            if (!isFalse && (!TRUE.contains(lower) || !mentionsDisable(setting.key()))) {
                continue;
            }
            List<String> words = KeyWords.of(setting.key());
            List<String> integration = new ArrayList<>(words.size());
            boolean switchedOff = false;
            for (String word : words) {
                if (ON_WORDS.contains(word)) {
                    switchedOff |= isFalse;
                } else if (OFF_WORDS.contains(word)) {
                    switchedOff |= !isFalse;
                } else {
                    integration.add(word);
                }
            }
            if (switchedOff && !integration.isEmpty() && integration.size() < words.size()) {
                off.add(List.copyOf(integration));
            }
        }
        return off.isEmpty() ? NONE : new FeatureSwitches(List.copyOf(off));
    }

    /**
     * Whether a key belongs to an integration that is switched off.
     *
     * @param key the key
     * @return {@code true} when its integration is off
     */
    boolean isOff(String key) {
        if (offByFirstWord.isEmpty()) {
            return false;
        }
        List<List<String>> candidates = offByFirstWord.get(firstWord(key));
        if (candidates == null) {
            return false;
        }
        List<String> words = KeyWords.of(key);
        for (List<String> integration : candidates) {
            if (belongsTo(words, integration)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a key may hold an off word; only those switch an integration off with a true value. */
    private static boolean mentionsDisable(String key) {
        for (int i = 0; i + 7 <= key.length(); i++) {
            if (AsciiCase.regionIs(key, i, "disable")) {
                return true;
            }
        }
        return false;
    }

    /** The first word of a key as {@link RelaxedNames#words(String)} cuts it, without cutting the rest. */
    private static String firstWord(String key) {
        int start = 0;
        while (start < key.length() && !Character.isLetterOrDigit(key.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < key.length() && Character.isLetterOrDigit(key.charAt(end))
                && !(end > start && Character.isUpperCase(key.charAt(end)) && Character.isLowerCase(key.charAt(end - 1)))) {
            end++;
        }
        return key.substring(start, end).toLowerCase(Locale.ROOT);
    }

    private static boolean belongsTo(List<String> words, List<String> integration) {
        if (words.size() <= integration.size() || !words.get(0).equals(integration.get(0))) {
            return false;
        }
        int next = 1;
        for (int i = 1; i < words.size() && next < integration.size(); i++) {
            if (words.get(i).equals(integration.get(next))) {
                next++;
            }
        }
        return next == integration.size();
    }
}
