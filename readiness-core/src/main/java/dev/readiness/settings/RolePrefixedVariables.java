package dev.readiness.settings;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A template whose values are an Ansible role's variables: whole values {@code {{akaunting_database_password}}},
 * {@code {{akaunting_company_name}}}, {@code {{akaunting_setup_admin_password}}} (an {@code env.j2} of the role
 * {@code akaunting}), the inventory supplying each. Ansible's own guidance prefixes every variable of a role with the
 * role's name, so three or more different lower-case variables of one file sharing their first word show such a
 * template, whatever the keys are called. One or two ({@code JWT_SECRET={{ jwt_secret }}}) may be a sample's fill-in
 * markers and are no evidence, nor is one variable used three times (which {@link JinjaReferences} reads on its own
 * terms). Stateless; the variables seen live in the caller's map.
 */
final class RolePrefixedVariables {

    /** The fewest different variables sharing a prefix that make the file a role's template. */
    static final int MIN_VARIABLES = 3;

    private RolePrefixedVariables() {
    }

    /**
     * Whether this setting's whole value is a role-prefixed variable and, counting it, the file now holds
     * {@value #MIN_VARIABLES} different ones of its prefix.
     *
     * @param setting a setting whose value holds {@code {{}
     * @param file its file
     * @param seen the caller's scratch map, keyed by file (entries are kept under keys no variable can have)
     * @return {@code true} once the file shows the template
     */
    static boolean thirdInFile(Setting setting, String file, Map<String, String> seen) {
        String variable = variable(setting.value().trim());
        int underscore = variable == null ? -1 : variable.indexOf('_');
        if (underscore < 2 || underscore == variable.length() - 1) {
            return false;
        }
        String prefix = variable.substring(0, underscore);
        if (seen.putIfAbsent(file + "\u0000\u0002" + variable, "") != null) {
            return false;
        }
        String counter = file + "\u0000\u0003" + prefix;
        String before = seen.get(counter);
        int count = before == null ? 1 : Integer.parseInt(before) + 1;
        seen.put(counter, Integer.toString(count));
        return count >= MIN_VARIABLES;
    }

    /** The lower-case variable a whole {@code {{ … }}} value names, optionally quoted and spaced; or {@code null}. */
    private static @Nullable String variable(String value) {
        String variable = OwnNamedTemplateVariables.variable(value);
        if (variable == null || variable.length() < 3) {
            return null;
        }
        for (int k = 0; k < variable.length(); k++) {
            char c = variable.charAt(k);
            if (!(c >= 'a' && c <= 'z' || c == '_' || k > 0 && c >= '0' && c <= '9')) {
                return null;
            }
        }
        return variable;
    }
}
