package dev.readiness.internal;

import dev.readiness.settings.RelaxedNames;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.HashSet;
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
     * The sections of a snapshot's credentials: the first segments of the keys that end in a password, secret or user
     * name ({@code authNOC1} of {@code authNOC1.password}), read in one pass. Asking every setting's neighbours instead
     * cost the square of the snapshot's size (thirty-sixth pass: 100,000 {@code .auth} lines, minutes).
     *
     * @param settings the settings of one check
     * @return the section names; a set to ask with {@link #namesAuthSection(Set, String, String)}
     */
    public static Set<String> credentialSections(Settings settings) {
        Set<String> sections = new HashSet<>();
        for (Setting setting : settings) {
            String key = setting.key();
            int dot = key.indexOf('.');
            if (dot >= 2 && dot <= MAX_LENGTH && dot < key.length() - 1) {
                List<String> words = RelaxedNames.words(key.substring(dot + 1));
                if (!words.isEmpty() && CREDENTIAL_WORDS.contains(words.get(words.size() - 1))) {
                    sections.add(key.substring(0, dot));
                }
            }
        }
        return sections;
    }

    /**
     * Whether a setting's value names the section of its credentials.
     *
     * @param sections the snapshot's {@link #credentialSections(Settings) credential sections}
     * @param key the setting's key
     * @param value its value
     * @return {@code true} for an {@code auth} key naming a credentials section
     */
    public static boolean namesAuthSection(Set<String> sections, String key, String value) {
        if (!isAuthKey(key)) {
            return false;
        }
        String name = value.strip();
        return name.length() >= 2 && name.length() <= MAX_LENGTH && isName(name) && sections.contains(name);
    }

    /**
     * Whether a key's last word is {@code auth} ({@code NOC1.auth}, {@code trunk.outbound_auth}).
     *
     * @param key a setting's key
     * @return whether the key may name a credentials section
     */
    public static boolean isAuthKey(String key) {
        int end = key.length();
        return end >= 4 && key.regionMatches(true, end - 4, "auth", 0, 4)
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
