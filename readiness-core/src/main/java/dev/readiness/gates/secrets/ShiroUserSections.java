package dev.readiness.gates.secrets;

import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The {@code [users]} section of an Apache Shiro INI file read as properties ({@code shiro.ini}, {@code shiro.properties}):
 * each line is {@code username = password, role1, role2}, so the key is an account's name and the value's first item
 * its password ({@code root = secret, admin}, {@code guest = guest, guest}, Shiro's tutorial accounts, which
 * applications keep). The properties reader keeps the section header as a key of its own ({@code [users]}, an empty
 * value), so an entry is a key without a dot written after that header and before the next of Shiro's other sections
 * ({@code [main]}, {@code [roles]}, {@code [urls]}) in the same file; one of those must be there too, so a file with a
 * {@code [users]} header of another program (Grafana's {@code [users]} holds {@code allow_sign_up},
 * {@code password_hint}) is not read. An account's name may hold dots ({@code jane.doe}, an e-mail address), as
 * Shiro's own do; the thirty-eighth pass found such accounts passing when only dotless keys were read. The {@code [roles]} section's {@code admin = *} maps roles to permissions and is
 * not read either. A file flattened with its sections as key prefixes ({@code users.admin=admin, admin} beside
 * {@code roles.admin=*}) is read the same way ({@link #isFlattenedAccount}; the fortieth pass found Shiro's tutorial
 * account passing in that spelling). Stateless.
 */
final class ShiroUserSections {

    /** The section header's key; a caller may look it up first and leave this class unloaded. */
    static final String USERS = "[users]";
    private static final List<String> OTHER_SECTIONS = List.of("[main]", "[roles]", "[urls]");
    /** The prefix of a flattened {@code [users]} section's keys; asked by the gate before this class is loaded. */
    static final String FLAT_USERS = "users.";
    private static final String FLAT_URLS = "urls";
    /** The flattened sections that make a {@code users.} key Shiro's: {@code roles.admin=*}, {@code urls./login=authc}. */
    private static final List<String> FLAT_OTHER_SECTIONS = List.of("roles", FLAT_URLS);

    private ShiroUserSections() {
    }

    /**
     * Whether a setting is an account of a Shiro {@code [users]} section; its key may hold dots, as a user name may.
     *
     * @param settings the configuration, for the section headers
     * @param setting the setting
     * @return {@code true} for {@code username = password, roles} inside the section
     */
    static boolean isAccount(Settings settings, Setting setting) {
        String key = setting.key();
        if (key.indexOf('[') >= 0 || !settings.contains(USERS)) {
            return false;
        }
        Optional<String> file = setting.origin().file();
        OptionalInt line = setting.origin().line();
        Optional<Setting> header = settings.get(USERS);
        if (file.isEmpty() || line.isEmpty() || header.isEmpty() || !sameFile(header.get(), file.get())) {
            return false;
        }
        int start = header.get().origin().line().orElse(Integer.MAX_VALUE);
        int end = Integer.MAX_VALUE;
        boolean shiro = false;
        for (String name : OTHER_SECTIONS) {
            Optional<Setting> other = settings.get(name);
            if (other.isPresent() && sameFile(other.get(), file.get())) {
                shiro = true;
                int at = other.get().origin().line().orElse(Integer.MAX_VALUE);
                if (at > start) {
                    end = Math.min(end, at);
                }
            }
        }
        return shiro && line.getAsInt() > start && line.getAsInt() < end;
    }

    /**
     * Whether a key may be an account of a {@code [users]} section that was flattened with its section as a key prefix
     * ({@code users.admin=admin, admin}, the way INI files are turned into properties when two sections share a key);
     * a key test only, so that {@link #isFlattenedAccount} looks at the other keys for nothing else.
     *
     * @param key the key as written
     * @return {@code true} for {@code users.} and a name, without list indexes
     */
    static boolean mayBeFlattenedAccount(String key) {
        return key.length() > FLAT_USERS.length() && key.startsWith(FLAT_USERS) && key.indexOf('[') < 0;
    }

    /**
     * Whether a setting whose key passed {@link #mayBeFlattenedAccount} is an account of a flattened Shiro
     * {@code [users]} section: the same file holds Shiro's {@code [roles]} section flattened the same way
     * ({@code roles.admin=*}) or its {@code [urls]} section ({@code urls./login=authc}). Grafana's flattened
     * {@code users.allow_sign_up}, ClickHouse's {@code users.default.profile} and a Keycloak realm's
     * {@code users[0].username} have neither beside them (the last has list indexes).
     *
     * @param settings the configuration, for the other sections' keys
     * @param setting the setting
     * @return {@code true} for {@code users.name = password, roles} beside a flattened {@code [roles]} or {@code [urls]}
     */
    static boolean isFlattenedAccount(Settings settings, Setting setting) {
        Optional<String> file = setting.origin().file();
        if (file.isEmpty()) {
            return false;
        }
        for (String section : FLAT_OTHER_SECTIONS) {
            for (Setting other : settings.withPrefix(section)) {
                String key = other.key();
                if (key.length() > section.length() + 1 && key.startsWith(section) && key.charAt(section.length()) == '.'
                        && key.indexOf('[') < 0 && (section != FLAT_URLS || key.charAt(section.length() + 1) == '/')
                        && sameFile(other, file.get())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The password of an account line: the value's first comma-separated item, or {@code null} when it is blank.
     *
     * @param value the value, {@code password, role1, role2}; not retained
     * @return the password
     */
    static @org.jspecify.annotations.Nullable String password(String value) {
        int comma = value.indexOf(',');
        String password = (comma < 0 ? value : value.substring(0, comma)).strip();
        return password.isEmpty() ? null : password;
    }

    private static boolean sameFile(Setting setting, String file) {
        return setting.origin().file().filter(file::equals).isPresent();
    }
}
