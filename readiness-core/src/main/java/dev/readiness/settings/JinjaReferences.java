package dev.readiness.settings;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Jinja variable references in a file that is itself a Jinja template, as Ansible role defaults, Tutor's
 * {@code config.yml} or Salt pillars are: {@code JWT_SECRET_KEY: "{{ OPENEDX_SECRET_KEY }}"} is filled in from another
 * variable when the template renders, so the expression is not what the service reads. A file shows it is such a
 * template when one of its values refers to another of its own keys ({@code CMS_HOST: studio.{{ LMS_HOST }}}), pipes
 * a value through a filter ({@code {{ db_host | quote }}}), holds a statement ({@code {% if ENABLE_HTTPS %}}) or gives
 * one lower-case variable to two keys ({@code {{ kerneluser_password }}} as the password of several data sources) or
 * composes one upper-case variable into two values ({@code MEDIA_URL={{TAIGA_URL}}/media/},
 * {@code STATIC_URL={{TAIGA_URL}}/static/}, an Ansible template of Taiga's {@code local.py}), or
 * gives whole values to two different upper-case variables ({@code {{POSTGRES_DB}}}, {@code {{POSTGRES_PW}}}, an
 * installer's tokens, {@link InstallerTokens}), or gives whole values to three different lower-case variables of one
 * role's prefix ({@code {{akaunting_database_password}}}, {@code {{akaunting_company_name}}}, {@link RolePrefixedVariables}); then
 * every value of that file holding a {@code {{ … }}} expression is deferred. Without such evidence a lone
 * {@code {{ jwt_secret }}} is a fill-in marker (what a person should type) and stays judged as written, as does a
 * cookiecutter {@code {{ cookiecutter.project_name }}} that becomes the value when the project is generated.
 * Stateless; linear in the length of the values that hold {@code {{}.
 */
final class JinjaReferences {

    private static final String RENDERED = "a Jinja expression rendered from the template's other variables";

    private JinjaReferences() {
    }

    /**
     * The files among the settings' origins that are Jinja templates referring to their own variables.
     *
     * @param settings the merged settings
     * @return the file names (as {@link Origin#file()} gives them), empty when none; never {@code null}
     */
    static Set<String> templatedFiles(Settings settings) {
        Set<String> files = Set.of();
        Map<String, String> variables = null;
        for (Setting setting : settings.list()) {
            String value = setting.value();
            if (value.indexOf("{{") < 0 && value.indexOf("{%") < 0 || setting.isDeferred()) {
                continue;
            }
            String file = setting.origin().file().orElse(null);
            if (file == null || files.contains(file)) {
                continue;
            }
            if (!showsTemplate(setting, settings, file)) {
                if (variables == null) {
                    variables = new HashMap<>();
                }
                if (!sharesVariable(setting, file, variables) && !refersFromVariablesFile(setting, settings, file)
                        && !InstallerTokens.secondInFile(setting.value(), file, variables)
                        && !OwnNamedTemplateVariables.thirdInFile(setting, file, variables)
                        && !RolePrefixedVariables.thirdInFile(setting, file, variables)) {
                    continue;
                }
            }
            if (files.isEmpty()) {
                files = new HashSet<>(2);
            }
            files.add(file);
        }
        return files;
    }

    /**
     * Whether a setting refers to a plain lower-case variable ({@code {{ kerneluser_password }}}) that another key of
     * the same file refers to as well: a template's variable feeds every value that needs it (an Ansible template of a
     * service's properties gives {@code {{ kerneluser_password }}} to eight data sources), while a note of what a
     * person should type is written once, in its own slot. Whole upper-case values ({@code {{YOUR_ACCESS_TOKEN}}}, a
     * sample's fill-in for two tokens) and upper-case fill-in words, names starting with {@code your} or {@code my},
     * and dotted ones
     * ({@code {{ cookiecutter.project_name }}}, which becomes the value when the project is generated) are no evidence.
     * Records the variables seen in {@code seen}, keyed by file and name.
     */
    private static boolean sharesVariable(Setting setting, String file, Map<String, String> seen) {
        String value = setting.value();
        int open = value.indexOf("{{");
        while (open >= 0) {
            int close = value.indexOf("}}", open + 2);
            if (close < 0) {
                return false;
            }
            String name = plainVariable(value, open + 2, close);
            if (name == null) {
                name = composedToken(value, open, close);
            }
            if (name != null) {
                String first = seen.putIfAbsent(file + '\u0000' + name, setting.key());
                if (first != null && !first.equals(setting.key())) {
                    return true;
                }
            }
            open = value.indexOf("{{", close + 2);
        }
        return false;
    }

    /** The fewest keys of a file, each a lower-case name with an underscore, that make it a file of variables. */
    private static final int MIN_VARIABLE_KEYS = 4;

    /**
     * Whether a whole value is one plain lower-case variable ({@code {{ mysql_users_pass }}}) in a file whose keys are
     * themselves such variables ({@code mysql_port}, {@code mysql_users[0].password}, {@code ferm_input_group_list}),
     * as Ansible's {@code group_vars}, {@code host_vars} and role defaults are: every top-level key of the file is a
     * lower-case name, at least {@value #MIN_VARIABLE_KEYS} of them joined by underscores, so the expression names
     * another variable of the same inventory (one kept in a vault) rather than asking a person for a value. A file with
     * an upper-case key ({@code .env}, {@code JWT_SECRET}) or dotted framework keys ({@code spring.datasource.password})
     * is no such evidence.
     */
    private static boolean refersFromVariablesFile(Setting setting, Settings settings, String file) {
        String value = setting.value().trim();
        if (!value.startsWith("{{") || !value.endsWith("}}") || value.indexOf("}}") != value.length() - 2
                || plainVariable(value, 2, value.length() - 2) == null) {
            return false;
        }
        int joined = 0;
        for (Setting other : settings.list()) {
            if (!file.equals(other.origin().file().orElse(null))) {
                continue;
            }
            String key = other.key();
            int end = 0;
            boolean underscore = false;
            while (end < key.length() && key.charAt(end) != '.' && key.charAt(end) != '[') {
                char c = key.charAt(end);
                if (!(c >= 'a' && c <= 'z' || c == '_' || end > 0 && c >= '0' && c <= '9')) {
                    return false;
                }
                underscore |= c == '_';
                end++;
            }
            if (underscore) {
                joined++;
            }
        }
        return joined >= MIN_VARIABLE_KEYS;
    }

    /** The variable an expression is, when it is one lower-case name between optional spaces, or {@code null}. */
    private static @Nullable String plainVariable(String value, int start, int end) {
        int i = start;
        while (i < end && value.charAt(i) == ' ') {
            i++;
        }
        int name = i;
        while (i < end && (value.charAt(i) >= 'a' && value.charAt(i) <= 'z' || value.charAt(i) == '_'
                || i > name && value.charAt(i) >= '0' && value.charAt(i) <= '9')) {
            i++;
        }
        int nameEnd = i;
        while (i < end && value.charAt(i) == ' ') {
            i++;
        }
        if (i != end || nameEnd - name < 2 || value.startsWith("your", name) || addressesTheReader(value, name)) {
            return null;
        }
        return value.substring(name, nameEnd);
    }

    /**
     * An upper-case variable composed with other text ({@code MEDIA_URL={{TAIGA_URL}}/media/}), as an installer's
     * token is written ({@link InstallerTokens#token}: no fill-in word such as {@code YOUR}); a whole value
     * ({@code {{TAIGA_ADDRESS}}}) is not one, a sample's fill-in is written whole in each slot.
     */
    private static @Nullable String composedToken(String value, int open, int close) {
        if (open == 0 && close + 2 == value.strip().length()) {
            return null;
        }
        return InstallerTokens.token(value.substring(open, close + 2));
    }

    /** What may follow {@code my} glued in a fill-in marker ({@code {{ mypassword }}}). */
    private static final List<String> MY_FILL_INS = List.of("password", "pass", "secret", "key", "token", "user",
            "email", "domain", "app", "api");

    /**
     * Whether a variable name starts with the reader's {@code my}: {@code my_password}, {@code mypassword}, a fill-in
     * marker; not a name that only begins with those letters ({@code mysql_password}, {@code mydata_dir}).
     */
    private static boolean addressesTheReader(String value, int name) {
        if (!value.startsWith("my", name)) {
            return false;
        }
        if (value.startsWith("my_", name)) {
            return true;
        }
        for (String fillIn : MY_FILL_INS) {
            if (value.startsWith(fillIn, name + 2)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The setting deferred when it holds a {@code {{ … }}} expression and comes from one of the templated files.
     *
     * @param setting a setting
     * @param templatedFiles what {@link #templatedFiles(Settings)} found
     * @return the deferred setting, or the setting itself
     */
    static Setting deferredIfRendered(Setting setting, Set<String> templatedFiles) {
        if (templatedFiles.isEmpty() || setting.isDeferred()) {
            return setting;
        }
        String value = setting.value();
        int open = value.indexOf("{{");
        if (open < 0 || value.indexOf("}}", open + 2) < 0) {
            return setting;
        }
        String file = setting.origin().file().orElse(null);
        return file != null && templatedFiles.contains(file)
                ? Setting.deferred(setting.key(), value, setting.origin(), RENDERED)
                : setting;
    }

    private static boolean showsTemplate(Setting setting, Settings settings, String file) {
        String value = setting.value();
        int statement = value.indexOf("{%");
        if (statement >= 0 && value.indexOf("%}", statement + 2) > statement) {
            return true;
        }
        int open = value.indexOf("{{");
        while (open >= 0) {
            int close = value.indexOf("}}", open + 2);
            if (close < 0) {
                return false;
            }
            if (referencesVariable(value, open + 2, close, setting, settings, file)) {
                return true;
            }
            open = value.indexOf("{{", close + 2);
        }
        return false;
    }

    /**
     * Whether an expression starts with a variable name and either pipes it through a filter or names another key
     * of the same file, written exactly as that key is.
     */
    private static boolean referencesVariable(String value, int start, int end, Setting setting, Settings settings,
            String file) {
        int i = start;
        if (i < end && value.charAt(i) == '-') {
            i++;
        }
        while (i < end && value.charAt(i) == ' ') {
            i++;
        }
        int name = i;
        if (i >= end || !isNameStart(value.charAt(i))) {
            return false;
        }
        while (i < end && isNamePart(value.charAt(i))) {
            i++;
        }
        int nameEnd = i;
        while (i < end && value.charAt(i) == ' ') {
            i++;
        }
        if (i < end && value.charAt(i) == '|' && i + 1 < end && value.charAt(i + 1) != '|') {
            return true;
        }
        if (i < end && value.charAt(i) != '.' && value.charAt(i) != '[') {
            return false;
        }
        String variable = value.substring(name, nameEnd);
        if (variable.equals(setting.key())) {
            return false;
        }
        Setting other = settings.get(variable).orElse(null);
        return other != null && other != setting && other.key().equals(variable)
                && file.equals(other.origin().file().orElse(null));
    }

    private static boolean isNameStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }

    private static boolean isNamePart(char c) {
        return isNameStart(c) || c >= '0' && c <= '9';
    }
}
