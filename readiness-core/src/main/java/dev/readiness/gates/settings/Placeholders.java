package dev.readiness.gates.settings;

import dev.readiness.gates.internal.StandInWords;
import java.util.Locale;

/**
 * Recognizes values that were never filled in: unresolved placeholders such as {@code ${X}}, {@code <your-key>},
 * {@code {{x}}}, {@code %X%}, {@code __X__}, and the words templates use for "put yours here" ({@code changeme},
 * {@code your-api-key-here}, {@code xxx}, {@code TODO}). Stateless and thread-safe.
 */
public final class Placeholders {

    private Placeholders() {
    }

    /**
     * Whether a whole value is an unresolved placeholder or a template word. Leading and trailing white space is
     * ignored; an empty value is not a placeholder (it is blank).
     *
     * @param value the value; not retained
     * @return {@code true} when the value was never filled in
     */
    public static boolean isUnresolved(String value) {
        String text = value.strip();
        int length = text.length();
        if (length == 0 || length > 512) {
            return false;
        }
        if (encloses(text, "${", "}") || encloses(text, "{{", "}}") || encloses(text, "<", ">")
                || encloses(text, "%", "%") && length > 2 && isIdentifier(text.substring(1, length - 1))
                || encloses(text, "[", "]") && looksLikeTemplateWords(text.substring(1, length - 1))) {
            return true;
        }
        if (underscoreToken(text)) {
            return true; // __DB_HOST__, _USERNAME_: a token an install script replaces
        }
        if (fillInPhrase(text)) {
            return true; // REPLACE_OR_INJECT_VIA_SECRETS, PUT_YOUR_DB_URL_HERE: an instruction in capitals
        }
        if (text.startsWith("$") && length > 1 && isIdentifier(text.substring(1))
                && text.substring(1).equals(text.substring(1).toUpperCase(Locale.ROOT))) {
            return true; // $DATABASE_URL left for a shell that never expanded it
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (StandInWords.TEMPLATE_VALUES.contains(lower)) {
            return true;
        }
        if (length >= 3 && onlyXOrStars(lower)) {
            return true;
        }
        return (lower.startsWith("your-") || lower.startsWith("your_") || lower.startsWith("your "))
                && (lower.endsWith("-here") || lower.endsWith("_here") || lower.endsWith(" here")
                        || lower.length() < 40 && !lower.contains(".") && !lower.contains("/"));
    }

    /**
     * Whether a whole value, in lower case and trimmed, is one of the words templates use for "never filled in"
     * ({@code changeme}, {@code replace-me}, {@code TODO}).
     *
     * @param lowerCase the value, lower-cased and trimmed
     * @return {@code true} for a template word
     */
    public static boolean isTemplateWord(String lowerCase) {
        return StandInWords.TEMPLATE_VALUES.contains(lowerCase);
    }

    private static boolean encloses(String text, String open, String close) {
        return text.length() > open.length() + close.length() - 1 && text.startsWith(open) && text.endsWith(close)
                && text.length() >= open.length() + close.length();
    }

    /**
     * Whether the whole value is an instruction in capitals joined by underscores: a fill-in verb, then a word that
     * points at the value itself ({@code REPLACE_OR_INJECT_VIA_SECRETS}, {@code REPLACE_THIS_VALUE},
     * {@code PUT_YOUR_DB_URL_HERE}, {@code SET_ME_BEFORE_DEPLOY}), in other languages too
     * ({@code INSERISCI_LA_TUA_CLIENT_SECRET}, {@code INGRESE_SU_TOKEN}). Named actions and enum constants
     * ({@code REPLACE_EXISTING}, {@code SET_NULL}, {@code CHANGE_DATA_CAPTURE}) stay values.
     */
    private static boolean fillInPhrase(String text) {
        int length = text.length();
        int first = text.indexOf('_');
        if (length < 7 || length > 64 || first < 3 || first == length - 1) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' && i > first || c == '_')) {
                return false;
            }
        }
        int second = text.indexOf('_', first + 1);
        String object = text.substring(first + 1, second < 0 ? length : second);
        String verb = text.substring(0, first);
        return StandInWords.CAPITAL_FILL_IN_VERBS.contains(verb) && StandInWords.CAPITAL_FILL_IN_OBJECTS.contains(object)
                || StandInWords.CAPITAL_FOREIGN_FILL_IN_VERBS.contains(verb)
                && StandInWords.CAPITAL_FOREIGN_FILL_IN_OBJECTS.contains(object);
    }

    /**
     * A token wrapped in underscores that install scripts and chart templates replace: {@code __DB_HOST__} (any case
     * between double underscores), {@code _USERNAME_} (upper case between single ones). Names that merely start or
     * end with an underscore ({@code _internal}, {@code app_}) are not tokens.
     */
    private static boolean underscoreToken(String text) {
        int length = text.length();
        if (length < 3 || text.charAt(0) != '_' || text.charAt(length - 1) != '_') {
            return false;
        }
        boolean doubled = length >= 5 && text.startsWith("__") && text.endsWith("__");
        boolean letter = false;
        for (int i = 1; i < length - 1; i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z') {
                if (!doubled) {
                    return false;
                }
                letter = true;
            } else if (c >= 'A' && c <= 'Z') {
                letter = true;
            } else if (!(c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return letter;
    }

    private static boolean onlyXOrStars(String lower) {
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c != 'x' && c != '*') {
                return false;
            }
        }
        return true;
    }

    private static boolean isIdentifier(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '.'
                    || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksLikeTemplateWords(String inner) {
        String lower = inner.toLowerCase(Locale.ROOT);
        return lower.startsWith("your") || lower.startsWith("insert") || lower.startsWith("enter")
                || lower.contains("here");
    }
}
