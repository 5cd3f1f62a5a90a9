package dev.readiness.gates.secrets;

import java.util.ArrayList;
import java.util.List;

/**
 * A list of static users written as {@code name::password} entries under a key ending in {@code users}, Apereo CAS's
 * accept-users form ({@code cas.authn.accept.users=casuser::Mellon,admin::admin123}), which its overlay template ships
 * with the documented {@code casuser::Mellon}: each entry's password logs in to the identity provider, so a weak,
 * stand-in or published one is judged as any password. A value whose entries are not all such pairs (a plain name
 * list, a reference to the whole list) and an entry with a blank in its name or no name are not read; an entry whose
 * password references a variable ({@code admin::${ADMIN_PASSWORD}}) is judged where the variable is supplied, and the
 * entries written beside it are still judged (the thirty-sixth pass found {@code casuser::Mellon} passing beside one).
 * Stateless.
 */
final class StaticUserLists {

    private static final String SEPARATOR = "::";

    private StaticUserLists() {
    }

    /**
     * The passwords of a static user list.
     *
     * @param key the setting's key
     * @param value its value; not retained
     * @return each entry's password in order, or none when the key or the value is no such list
     */
    static List<String> passwords(String key, String value) {
        int end = key.length();
        if (end < 5 || !key.regionMatches(true, end - 5, "users", 0, 5)) {
            return List.of();
        }
        List<String> passwords = new ArrayList<>(2);
        for (String entry : value.split(",")) {
            String item = entry.strip();
            int at = item.indexOf(SEPARATOR);
            if (at <= 0 || at + SEPARATOR.length() == item.length() || item.lastIndexOf(' ', at) >= 0) {
                return List.of();
            }
            String password = item.substring(at + SEPARATOR.length());
            if (password.indexOf("${") < 0) {
                passwords.add(password);
            }
        }
        return passwords;
    }
}
