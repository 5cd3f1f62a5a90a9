package dev.readiness.settings;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shell form of a reference, {@code $NAME} without braces, where a dotenv file means one: dotenv-expand, Docker
 * Compose and POSIX shells all read it as the value of {@code NAME}. Two forms count, both with a name of upper-case
 * letters, digits and underscores ({@code [A-Z_][A-Z0-9_]*}, the way environment variables are named):
 * <ul>
 * <li>the whole value: {@code DATABASE_URL_DIRECT="$DATABASE_URL"};</li>
 * <li>a part of a URL ({@code ://} in the value) standing between URL delimiters: after {@code //}, {@code :},
 * {@code @}, {@code /}, {@code ?}, {@code &} or {@code =}, and followed by the end or one of {@code :@/?&#}
 * ({@code postgres://$PGUSER:$PGPASSWORD@$PGHOST:5432/app}).</li>
 * </ul>
 * Anything else with a {@code $} is literal text: a secret such as {@code pa$$word}, {@code abc$def} or
 * {@code $ecret}, and a URL password such as {@code p$ss}. Stateless.
 */
final class ShellReferences {

    private static final Pattern WHOLE = Pattern.compile("\\$([A-Z_][A-Z0-9_]*)");
    private static final Pattern IN_URL = Pattern.compile("(?<=[/:@?&=])\\$([A-Z_][A-Z0-9_]*)(?=$|[:@/?&#])");

    private ShellReferences() {
    }

    /**
     * Whether a value holds a shell reference of either form.
     *
     * @param value the value as written
     * @return {@code true} when {@link #braced(String)} would change it
     */
    static boolean contains(String value) {
        return value.indexOf('$') >= 0 && !braced(value).equals(value);
    }

    /**
     * The value with each shell reference written {@code ${NAME}}.
     *
     * @param value the value as written
     * @return the value with braces added, or the value itself when it holds no shell reference
     */
    static String braced(String value) {
        if (value.indexOf('$') < 0) {
            return value;
        }
        String trimmed = value.strip();
        if (WHOLE.matcher(trimmed).matches()) {
            return "${" + trimmed.substring(1) + "}";
        }
        if (value.indexOf("://") < 0) {
            return value;
        }
        Matcher matcher = IN_URL.matcher(value);
        return matcher.replaceAll(match -> Matcher.quoteReplacement("${" + match.group(1) + "}"));
    }
}
