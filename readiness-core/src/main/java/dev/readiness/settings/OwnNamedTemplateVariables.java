package dev.readiness.settings;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A template that hands each setting the variable of its own name: an Ansible or Salt template of a service's INI
 * file writes {@code db_name = {{ db_name }}}, {@code dbfilter = {{ dbfilter }}}, {@code timezone = {{ timezone }}},
 * {@code admin_passwd = '{{ admin_passwd }}'} (Odoo's {@code openerp-server.conf.j2}), or the role's prefix before it
 * ({@code skin = {{ ilias_skin }}}, an Ansible role's {@code client.ini.php}), the deployment's inventory supplying each
 * value. Three or more settings of one file written so, each the whole value (quotes aside) and the key's own last
 * word, alone or after a prefix joined by {@code _}, show such a template; one or two ({@code jwt_secret: "{{ jwt_secret }}"}) may be a
 * sample's fill-in markers and are no evidence, nor is an upper-case key given its lower-case name
 * ({@code JWT_SECRET: "{{ jwt_secret }}"}, a note of what to type). A value naming the whole key as written counts
 * too ({@code serverUrl={{serverUrl}}}, {@code url@javax.sql.BaseDataSource={{url@javax.sql.BaseDataSource}}}).
 * Stateless; the count lives in the caller's map.
 */
final class OwnNamedTemplateVariables {

    /** The fewest settings of one file, each its own-named variable, that make the file a template. */
    static final int MIN_SETTINGS = 3;

    private OwnNamedTemplateVariables() {
    }

    /**
     * Whether this setting is its own-named variable and, counting it, the file now holds {@value #MIN_SETTINGS}.
     *
     * @param setting a setting whose value holds {@code {{}
     * @param file its file
     * @param seen the caller's scratch map, keyed by file (counts are kept under a key no variable can have)
     * @return {@code true} once the file shows the template
     */
    static boolean thirdInFile(Setting setting, String file, Map<String, String> seen) {
        String key = setting.key();
        int dot = Math.max(key.lastIndexOf('.'), key.lastIndexOf(']'));
        String own = key.substring(dot + 1);
        String value = setting.value().trim();
        if (own.length() < 2 || !isVariable(value, own) && !isWholeKey(value, key)) {
            return false;
        }
        String counter = file + "\u0000\u0001own";
        String before = seen.get(counter);
        int count = before == null ? 1 : Integer.parseInt(before) + 1;
        seen.put(counter, Integer.toString(count));
        return count >= MIN_SETTINGS;
    }

    /**
     * Whether a value is {@code {{KEY}}}, optionally quoted and spaced, for the setting's whole key as written, in any
     * case and with its dots and {@code @} ({@code serverUrl={{serverUrl}}}, {@code url@javax.sql.BaseDataSource=
     * {{url@javax.sql.BaseDataSource}}} in Sakai's deployed {@code sakai.properties}, thirty-eighth pass): a deploy
     * tool that fills each property by its own name.
     */
    private static boolean isWholeKey(String value, String key) {
        return value.length() >= key.length() + 4 && key.equals(variable(value));
    }

    /**
     * Whether a value is {@code {{ name }}}, optionally quoted, for this lower-case name or a variable that ends in it
     * after a prefix of its project or role ({@code skin = {{ ilias_skin }}}, {@code name = {{ ilias_db_name }}}).
     */
    private static boolean isVariable(String value, String name) {
        String variable = variable(value);
        if (variable == null) {
            return false;
        }
        int length = variable.length();
        boolean own = length == name.length() || length > name.length() + 1 && variable.charAt(length - name.length() - 1) == '_';
        if (!own || !variable.endsWith(name)) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            char c = variable.charAt(k);
            if (!(c >= 'a' && c <= 'z' || c == '_' || k > 0 && c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /** What a whole {@code {{ … }}} value, optionally quoted, holds between its braces, without spaces; or {@code null}. */
    static @Nullable String variable(String value) {
        int start = 0;
        int end = value.length();
        if (end >= 2 && (value.charAt(0) == '\'' || value.charAt(0) == '"') && value.charAt(end - 1) == value.charAt(0)) {
            start++;
            end--;
        }
        if (end - start < 4 || !value.startsWith("{{", start) || !value.startsWith("}}", end - 2)) {
            return null;
        }
        int i = start + 2;
        while (i < end - 2 && value.charAt(i) == ' ') {
            i++;
        }
        int j = end - 2;
        while (j > i && value.charAt(j - 1) == ' ') {
            j--;
        }
        return value.substring(i, j);
    }
}
