package dev.readiness.gates.database;

import java.util.Locale;

/**
 * A connection-string setting that holds the name of a connection string instead of one ({@code CONNECTION_STRING},
 * {@code AzureStorageConnectionString}, {@code REPLACE_WITH_STAGING_CONNECTION_STRING_FOR_db_shop}): .NET's
 * {@code ConnectionStrings} section and the settings beside it take the string itself, so a single word that says
 * "connection string" is a template's label never filled in, and no driver connects with it. A value with any
 * {@code =}, {@code ;}, {@code :}, {@code /}, {@code .}, {@code @} or space is a connection string, a URL or a file and
 * is judged as one. Stateless.
 */
final class ConnectionStringNames {

    private static final int MIN_LENGTH = 7;

    private static final int MAX_LENGTH = 120;

    private ConnectionStringNames() {
    }

    /**
     * Whether the value is one word, of letters, digits, {@code _} and {@code -}, that names a connection string.
     *
     * @param value the value as written; not retained
     * @return whether it names a connection string where one belongs
     */
    static boolean namesConnectionString(String value) {
        int length = value.length();
        if (length < MIN_LENGTH || length > MAX_LENGTH || value.indexOf(':') >= 0 || value.indexOf('=') >= 0) {
            return false; // a URL or a key=value connection string, as nearly every value here is
        }
        StringBuilder letters = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
                letters.append(c);
            } else if (c != '_' && c != '-') {
                return false;
            }
        }
        String lower = letters.toString().toLowerCase(Locale.ROOT);
        return lower.contains("connectionstring") || lower.contains("connstr");
    }
}
