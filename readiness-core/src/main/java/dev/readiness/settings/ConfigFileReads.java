package dev.readiness.settings;

import org.jspecify.annotations.Nullable;

/**
 * A value that Python code reads from its program's own configuration file when it runs, through ConfigParser's
 * section-and-option call: Airflow's {@code webserver_config.py}, as its template shipped it for years, writes
 * {@code SQLALCHEMY_DATABASE_URI = conf.get('core', 'SQL_ALCHEMY_CONN')}, and other services read
 * {@code config.get("database", "url")} or {@code cfg.getint("smtp", "port")}. The text is the look-up, not the value;
 * the configuration file it names supplies the value and is judged where it is read. Only a receiver named for a
 * configuration ({@code conf}, {@code config}, {@code cfg}, {@code parser}), exactly two string arguments, a
 * lower-case section word that names no secret and an option name are read so: a dictionary's
 * {@code settings.get('secret_key', 'changeme')} (a key and its default) and a call with a {@code fallback=} stay
 * judged as written. Stateless.
 */
final class ConfigFileReads {

    private static final String[] METHODS = {".get(", ".getint(", ".getboolean(", ".getfloat("};
    private static final String[] SECRET_WORDS = {"secret", "pass", "pwd", "key", "token", "cred", "url", "uri",
        "dsn"};

    private ConfigFileReads() {
    }

    /**
     * What supplies a value written as a ConfigParser section-and-option read.
     *
     * @param value a setting's value as written
     * @return a description naming the section and option (never a value), or {@code null} for anything else
     */
    static @Nullable String readBy(String value) {
        String text = value.strip();
        if (text.length() < 12 || text.length() > 200 || !text.endsWith(")")) {
            return null;
        }
        int dot = -1;
        int call = -1;
        for (String method : METHODS) {
            dot = text.indexOf(method);
            if (dot > 0) {
                call = dot + method.length();
                break;
            }
        }
        if (call < 0 || !namesConfiguration(text, dot)) {
            return null;
        }
        String[] arguments = text.substring(call, text.length() - 1).split(",", -1);
        if (arguments.length != 2) {
            return null;
        }
        String section = unquote(arguments[0].strip());
        String option = unquote(arguments[1].strip());
        if (section == null || option == null || !isSection(section) || !isOption(option)) {
            return null;
        }
        return "the program's configuration file (section [" + section + "], option " + option
                + "), read when it runs";
    }

    /** Whether the receiver before the method (its last dotted segment) is named for a configuration object. */
    private static boolean namesConfiguration(String text, int dot) {
        if (dot <= 0) {
            return false;
        }
        int start = dot;
        while (start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '_')) {
            start--;
        }
        if (start > 0 && text.charAt(start - 1) != '.') {
            return false;
        }
        for (int i = 0; i < start; i++) {
            char c = text.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '.')) {
                return false;
            }
        }
        String receiver = text.substring(start, dot).toLowerCase(java.util.Locale.ROOT);
        return receiver.equals("conf") || receiver.equals("config") || receiver.equals("cfg")
                || receiver.equals("parser") || receiver.equals("configuration") || receiver.endsWith("_conf")
                || receiver.endsWith("_config") || receiver.equals("configparser");
    }

    private static @Nullable String unquote(String argument) {
        int length = argument.length();
        if (length < 3 || argument.charAt(0) != '\'' && argument.charAt(0) != '"'
                || argument.charAt(length - 1) != argument.charAt(0)) {
            return null;
        }
        return argument.substring(1, length - 1);
    }

    private static boolean isSection(String section) {
        for (int i = 0; i < section.length(); i++) {
            char c = section.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' && i > 0 || c == '_' || c == '-')) {
                return false;
            }
        }
        for (String word : SECRET_WORDS) {
            if (section.contains(word)) {
                return false;
            }
        }
        return section.length() <= 40;
    }

    private static boolean isOption(String option) {
        if (option.length() > 64 || !Character.isLetter(option.charAt(0))) {
            return false;
        }
        for (int i = 1; i < option.length(); i++) {
            char c = option.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_')) {
                return false;
            }
        }
        return true;
    }
}
