package dev.readiness.spring;

/**
 * The variables a shell or a login puts in every process's environment ({@code PATH}, {@code HOME}, {@code PWD},
 * {@code TERM}, {@code LANG}, {@code USER}, …) with a value of the shape the shell gives them: directories, a
 * terminal type, a locale, a login name, a nesting level. Such a value holds nothing a gate judges (no address, no
 * credential, no switch), yet each costs a cold gate's first check about 2 to 3 ms (twelve of them took a bare JVM's
 * first check of the three built-in gates from about 35 to about 70 ms), so the environment's settings leave them
 * out. The test is the value's shape, not only the name: {@code HOME=http://localhost:8080} or
 * {@code LC_ALL=api.sandbox.paypal.com} is not a shell's value and is judged as any other variable. Not thread-bound;
 * stateless.
 */
final class ShellVariables {

    private ShellVariables() {
    }

    /**
     * Whether an environment variable is a shell's own with a value of the shell's shape.
     *
     * @param name the variable's name, as the environment spells it
     * @param value its value
     * @return whether the gates can leave it out
     */
    static boolean isShellsOwn(String name, String value) {
        switch (name) {
            case "PATH", "HOME", "PWD", "OLDPWD", "SHELL", "MAIL", "_":
                return isPathList(value);
            case "SHLVL":
                return isDigits(value);
            case "TERM", "USER", "LOGNAME":
                return isToken(value);
            case "LANG", "LANGUAGE":
                return isLocaleList(value);
            default:
                return name.startsWith("LC_") && isLocaleList(value);
        }
    }

    /** Absolute paths separated by {@code :}: {@code /usr/local/bin:/usr/bin}, {@code /home/app}. */
    private static boolean isPathList(String value) {
        int start = 0;
        while (start <= value.length()) {
            int end = value.indexOf(':', start);
            if (end < 0) {
                end = value.length();
            }
            if (end > start && value.charAt(start) != '/') {
                return false;
            }
            for (int i = start; i < end; i++) {
                char c = value.charAt(i);
                if (!(isAsciiLetterOrDigit(c) || c == '/' || c == '.' || c == '_' || c == '-' || c == '+')) {
                    return false;
                }
            }
            start = end + 1;
        }
        return true;
    }

    private static boolean isDigits(String value) {
        if (value.isEmpty() || value.length() > 4) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Letters, digits, {@code _}, {@code -} and {@code +}, no dot: {@code xterm-256color}, {@code app}. */
    private static boolean isToken(String value) {
        if (value.isEmpty() || value.length() > 32) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(isAsciiLetterOrDigit(c) || c == '_' || c == '-' || c == '+')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Locales separated by {@code :}, each a language with an optional territory, charset and modifier:
     * {@code C.UTF-8}, {@code en_US.UTF-8}, {@code en_US:en}, {@code de_DE@euro}, {@code POSIX}. At most one dot,
     * so a host name ({@code api.sandbox.paypal.com}) is not one.
     */
    private static boolean isLocaleList(String value) {
        if (value.isEmpty()) {
            return true;
        }
        for (String locale : value.split(":", -1)) {
            int at = locale.indexOf('@');
            String main = at < 0 ? locale : locale.substring(0, at);
            if (at >= 0 && !isToken(locale.substring(at + 1))) {
                return false;
            }
            int dot = main.indexOf('.');
            String language = dot < 0 ? main : main.substring(0, dot);
            if (!isToken(language) || dot >= 0 && !isToken(main.substring(dot + 1))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
