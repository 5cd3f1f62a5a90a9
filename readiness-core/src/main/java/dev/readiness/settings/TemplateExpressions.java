package dev.readiness.settings;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Values that a template engine computes before the service reads them: a Helm or Go template action
 * ({@code {{ .Values.db.password }}}, {@code {{ tpl .Values.url . }}}, {@code {{ $host }}}) and an ERB output tag
 * ({@code <%= ENV["DATABASE_PASSWORD"] %>}, as Rails' {@code database.yml} writes it). Such a value is filled in at
 * render time, like a {@code ${X}} reference at run time, so gates must not read the expression as the value (a
 * placeholder, a host, a user). A fill-in marker ({@code {{DB_PASSWORD}}}, {@code {{ db_password }}}) is no
 * expression: it names what a person should type, and stays judged as written. Stateless.
 */
final class TemplateExpressions {

    /**
     * Go template and Sprig functions that start an action ({@code {{ include "name" . }}}), and the functions the
     * Go template renderers of container images read the environment or a key store with: gomplate's and gotpl's
     * {@code {{ getenv "DB_PASSWORD" "default" }}}, Sprig's {@code expandenv}, confd's {@code {{ getv "/db/host" }}}.
     * Sprig's generators too (forty-third pass): {@code {{ randAlphaNum 20 }}} is a fresh random string each time the
     * values are rendered at install (OpenReplay's install values), as are {@code randAlpha}, {@code randAscii},
     * {@code randNumeric}, {@code randBytes}, {@code uuidv4}, {@code derivePassword} and {@code genPrivateKey}; and its
     * hashing of a value given elsewhere ({@code sha256sum}, {@code htpasswd}, {@code bcrypt}).
     */
    private static final Set<String> FUNCTIONS = Set.of("tpl", "include", "template", "required", "default",
            "quote", "squote", "toYaml", "toJson", "printf", "print", "index", "lookup", "if", "with", "range",
            "b64enc", "b64dec", "env", "coalesce", "ternary", "trim", "lower", "upper", "getenv", "expandenv",
            "getv", "randAlphaNum", "randAlpha", "randAscii", "randNumeric", "randBytes", "uuidv4", "derivePassword",
            "genPrivateKey", "sha256sum", "htpasswd", "bcrypt");

    private TemplateExpressions() {
    }

    /**
     * The Spring placeholder a Tera environment lookup stands for, as the Loco framework's configuration writes it
     * ({@code {{ get_env(name="DATABASE_URL", default="sqlite://app.sqlite") }}}, also inside {@code <%= … %>}): the
     * variable when the environment has it, else the default, exactly what {@code ${DATABASE_URL:sqlite://app.sqlite}}
     * means, so it is judged as that (a lookup without a default as {@code ${NAME}}). The whole value must be the one
     * lookup; a default holding a brace, a line break or a reference is left to the template engine.
     *
     * @param value a setting's value as written
     * @return the equivalent placeholder, or {@code null} when the value is no such lookup
     */
    static @Nullable String environmentLookup(String value) {
        String text = value.strip();
        String inner;
        if (text.startsWith("{{") && text.endsWith("}}") && text.length() > 4) {
            inner = text.substring(2, text.length() - 2);
        } else if (text.startsWith("<%=") && text.endsWith("%>") && text.length() > 5) {
            inner = text.substring(3, text.length() - 2);
        } else {
            return null;
        }
        inner = inner.strip();
        if (!inner.startsWith("get_env") || !inner.endsWith(")")) {
            return null;
        }
        String arguments = inner.substring("get_env".length()).strip();
        if (!arguments.startsWith("(")) {
            return null;
        }
        arguments = arguments.substring(1, arguments.length() - 1);
        String name = null;
        String fallback = null;
        int i = 0;
        while (i < arguments.length()) {
            while (i < arguments.length() && (arguments.charAt(i) == ' ' || arguments.charAt(i) == ',')) {
                i++;
            }
            int equals = arguments.indexOf('=', i);
            if (equals < 0) {
                break;
            }
            String argument = arguments.substring(i, equals).strip();
            int open = equals + 1;
            while (open < arguments.length() && arguments.charAt(open) == ' ') {
                open++;
            }
            if (open >= arguments.length() || arguments.charAt(open) != '"' && arguments.charAt(open) != '\'') {
                return null;
            }
            int close = arguments.indexOf(arguments.charAt(open), open + 1);
            if (close < 0) {
                return null;
            }
            String literal = arguments.substring(open + 1, close);
            if ("name".equals(argument)) {
                name = literal;
            } else if ("default".equals(argument)) {
                fallback = literal;
            } else {
                return null;
            }
            i = close + 1;
        }
        if (name == null || name.isEmpty() || !isEnvironmentName(name) || fallback != null
                && (fallback.indexOf('}') >= 0 || fallback.indexOf('{') >= 0 || fallback.indexOf('\n') >= 0
                        || fallback.indexOf("${") >= 0)) {
            return null;
        }
        return fallback == null ? "${" + name + "}" : "${" + name + ":" + fallback + "}";
    }

    private static boolean isEnvironmentName(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(Character.isLetterOrDigit(c) && c < 128 || c == '_' || c == '.' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /**
     * What fills in a value that is one template variable in PHP's and Smarty's interpolation, {@code {$NAME}}
     * (optionally quoted), as the OJS container's {@code config.inc.php} writes {@code password = "{$OJS_DB_PASSWORD}"}:
     * the {@code $} makes it a variable the image's start script or template engine replaces, like {@code {{ $host }}},
     * not a fill-in marker such as {@code {YOUR_CLIENT_ID}} (thirty-seventh pass). Only a whole value is read, so
     * {@code http://{$SERVERNAME}} is still judged as a plain-HTTP URL.
     *
     * @param value a setting's value as written
     * @return a description naming the variable, never a value; {@code null} when the value is no such variable
     */
    static @Nullable String interpolatedBy(String value) {
        String name = wholeName(value, "{$", "}");
        return name == null ? null : "the template variable " + name + ", filled in before the service reads the file";
    }

    /**
     * The name a value that is one whole interpolation of Python's {@code configparser}, {@code %(NAME)s} (optionally
     * quoted), refers to, as pretix's Docker image writes {@code password=%(POSTGRES_PASSWORD)s} in {@code pretix.cfg}:
     * the parser fills it from its section, its {@code [DEFAULT]} or the defaults the program hands it (the
     * environment), never the text itself (thirty-eighth pass). Only a whole value is read:
     * {@code %(protocol)s://%(domain)s/} is still judged as written.
     *
     * @param value a setting's value as written
     * @return the name, or {@code null} when the value is no such interpolation
     */
    static @Nullable String interpolationName(String value) {
        return wholeName(value, "%(", ")s");
    }

    /**
     * The name a whole value (optionally quoted) writes between {@code open} and {@code close}: a letter or an
     * underscore, then letters, digits and underscores; {@code null} for any other value.
     */
    private static @Nullable String wholeName(String value, String open, String close) {
        int start = 0;
        int end = value.length();
        if (end > 1 && (value.charAt(0) == '"' || value.charAt(0) == '\'') && value.charAt(end - 1) == value.charAt(0)) {
            start++;
            end--;
        }
        int nameStart = start + open.length();
        int nameEnd = end - close.length();
        if (nameEnd <= nameStart || !value.startsWith(open, start) || !value.startsWith(close, nameEnd)) {
            return null;
        }
        char first = value.charAt(nameStart);
        if (!(Character.isLetter(first) || first == '_')) {
            return null;
        }
        for (int i = nameStart + 1; i < nameEnd; i++) {
            char c = value.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_')) {
                return null;
            }
        }
        return value.substring(nameStart, nameEnd);
    }

    /**
     * What renders a value, when it holds a template action or an ERB output tag.
     *
     * @param value a setting's value as written
     * @return a description of the engine, never the value; {@code null} when the value holds no expression
     */
    static @Nullable String renderedBy(String value) {
        int erb = value.indexOf("<%");
        if (erb >= 0 && value.indexOf("%>", erb + 2) > erb) {
            return "an ERB expression evaluated when the file is loaded";
        }
        int open = value.indexOf("{{");
        while (open >= 0) {
            int close = value.indexOf("}}", open + 2);
            if (close < 0) {
                return null;
            }
            if (isAction(value, open + 2, close)) {
                return "a Helm or Go template expression rendered before the service starts";
            }
            if (isSubscript(value, open + 2, close)) {
                return "a Jinja expression rendered before the service starts";
            }
            open = value.indexOf("{{", close + 2);
        }
        return null;
    }

    /**
     * Whether the text between a pair of double braces is a Jinja look-up by subscript: a name, then {@code [} and a
     * quoted key ({@code {{ pillar['umami']['secret'] }}}, Salt's pillar; {@code {{ vars['db_password'] }}},
     * Ansible's): code that reads a data store when the template renders, which nobody types as a fill-in marker
     * (thirty-eighth pass). A bare name ({@code {{ jwt_secret }}}) stays a marker unless its file shows otherwise.
     */
    private static boolean isSubscript(String value, int start, int end) {
        int i = start;
        if (i < end && value.charAt(i) == '-') {
            i++;
        }
        while (i < end && value.charAt(i) == ' ') {
            i++;
        }
        int name = i;
        while (i < end && (Character.isLetterOrDigit(value.charAt(i)) || value.charAt(i) == '_')) {
            i++;
        }
        if (i == name || !Character.isLetter(value.charAt(name)) || i + 2 >= end || value.charAt(i) != '[') {
            return false;
        }
        char quote = value.charAt(i + 1);
        return (quote == '\'' || quote == '"') && value.indexOf(quote, i + 2) > i + 2
                && value.indexOf(']', i + 2) > 0 && value.indexOf(']', i + 2) < end;
    }

    /**
     * Whether the text between a pair of double braces is a Go template action: after an optional trim marker and
     * spaces, a field or variable ({@code .Values.x}, {@code $host}) or a function followed by its arguments.
     */
    private static boolean isAction(String value, int start, int end) {
        int i = start;
        if (i < end && value.charAt(i) == '-') {
            i++;
        }
        while (i < end && value.charAt(i) == ' ') {
            i++;
        }
        if (i >= end) {
            return false;
        }
        char first = value.charAt(i);
        if (first == '.' || first == '$') {
            return i + 1 < end && Character.isLetter(value.charAt(i + 1));
        }
        int word = i;
        while (word < end && Character.isLetterOrDigit(value.charAt(word))) {
            word++;
        }
        int argument = word;
        while (argument < end && value.charAt(argument) == ' ') {
            argument++;
        }
        return argument > word && argument < end && FUNCTIONS.contains(value.substring(i, word));
    }
}
