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
     */
    private static final Set<String> FUNCTIONS = Set.of("tpl", "include", "template", "required", "default",
            "quote", "squote", "toYaml", "toJson", "printf", "print", "index", "lookup", "if", "with", "range",
            "b64enc", "b64dec", "env", "coalesce", "ternary", "trim", "lower", "upper", "getenv", "expandenv",
            "getv");

    private TemplateExpressions() {
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
            open = value.indexOf("{{", close + 2);
        }
        return null;
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
