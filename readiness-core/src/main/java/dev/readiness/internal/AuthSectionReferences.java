package dev.readiness.internal;

import dev.readiness.settings.RelaxedNames;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Set;

/**
 * An {@code auth} setting whose value names the section that holds the credentials, as Asterisk's pjsip does
 * ({@code [NOC1] auth=authNOC1} beside {@code [authNOC1] username=NOC1, password=…}; flattened
 * {@code NOC1.auth=authNOC1}, {@code trunk.outbound_auth=trunk-auth}): the value is a section's name, printed as the
 * first segment of other keys, not a secret. Read only under a key whose last word is {@code auth}, for a value of
 * letters, digits, {@code _} and {@code -} that another key's first segment repeats, where that key ends in a
 * password, secret or user name. Stateless.
 */
public final class AuthSectionReferences {

    private static final Set<String> CREDENTIAL_WORDS = Set.of("password", "passwd", "secret", "username", "user");
    private static final int MAX_LENGTH = 64;

    private AuthSectionReferences() {
    }

    /**
     * Whether a setting's value names the section of its credentials.
     *
     * @param settings the settings of one check
     * @param key the setting's key
     * @param value its value
     * @return {@code true} for an {@code auth} key naming a credentials section
     */
    public static boolean namesAuthSection(Settings settings, String key, String value) {
        if (key.length() < 4 || !endsWithAuth(key)) {
            return false;
        }
        String name = value.strip();
        if (name.length() < 2 || name.length() > MAX_LENGTH || !isName(name)) {
            return false;
        }
        String section = name + ".";
        for (Setting other : settings) {
            String otherKey = other.key();
            if (otherKey.length() > section.length() && otherKey.startsWith(section)) {
                List<String> words = RelaxedNames.words(otherKey.substring(section.length()));
                if (!words.isEmpty() && CREDENTIAL_WORDS.contains(words.get(words.size() - 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean endsWithAuth(String key) {
        int end = key.length();
        return key.regionMatches(true, end - 4, "auth", 0, 4)
                && (end == 4 || !Character.isLetterOrDigit(key.charAt(end - 5)));
    }

    private static boolean isName(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }
}
