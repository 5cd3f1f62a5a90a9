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
 * not read either. Stateless.
 */
final class ShiroUserSections {

    /** The section header's key; a caller may look it up first and leave this class unloaded. */
    static final String USERS = "[users]";
    private static final List<String> OTHER_SECTIONS = List.of("[main]", "[roles]", "[urls]");

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
