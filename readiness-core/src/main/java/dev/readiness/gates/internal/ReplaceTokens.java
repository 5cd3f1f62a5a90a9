package dev.readiness.gates.internal;

/**
 * Deployment tokens that a release pipeline replaces before the file ships: Azure DevOps' Replace Tokens task
 * ({@code #{JWT_SECRET_KEY}#}, its default pattern), a release script's whole {@code @@API_SECRET_KEY@@} or {@code %%KEYSTORE_PASSWORD%%} token, a Windows-style
 * {@code %DB_PASSWORD%} that an image's entrypoint fills from the environment, Octopus Deploy's variable substitution ({@code #{Db.Password}})
 * and the {@code ((name))} variables that Cloud Foundry's {@code cf push --vars-file}, BOSH and Concourse fill from a
 * vars file or CredHub ({@code SECRET_KEY_BASE: ((secret_key_base))}, {@code ((/cf/admin_password))}), whole or inside
 * a value ({@code Server=tcp:#{SqlServer}#.database.windows.net;Password=#{SqlPassword}#}), and the Perl-style
 * environment reference {@code $ENV{DB_PASSWORD}} (or {@code $env{…}}) that the JSON and JSON5 configuration loaders
 * of PKI services, SCADA servers and HarmonyOS signing profiles expand at start-up. Like {@code ${NAME}}, such a value
 * is filled outside the file, so it is a reference rather than a placeholder, and a connection string built of them
 * is not broken. Stateless; one scan of the value.
 */
public final class ReplaceTokens {

    private ReplaceTokens() {
    }

    /**
     * Whether the trimmed value is one token {@code #{NAME}#}, {@code @@NAME@@}, {@code %%NAME%%} or {@code %NAME%}, one variable {@code ((name))},
     * one environment reference {@code $ENV{NAME}}, or one macro of a letter that the product fills per request
     * (Roundcube's {@code $config['smtp_pass'] = '%p'}, the logged-in user's own password; {@code %u}, the user):
     * no password is two characters starting with {@code %}.
     *
     * @param value the value, trimmed
     * @return {@code true} for a whole Replace Tokens token
     */
    public static boolean isWholeToken(String value) {
        if (value.length() > 4 && value.startsWith("((")) {
            return variableEnd(value, 0) == value.length() && !namesFillIn(value, 2);
        }
        if (value.length() > 6 && value.charAt(0) == '$') {
            return environmentEnd(value, 0) == value.length();
        }
        if (value.length() > 4 && (value.startsWith("@@") || value.startsWith("%%"))) {
            return isDoubledMarkToken(value) && !namesFillIn(value, 2);
        }
        if (value.length() == 2 && value.charAt(0) == '%') {
            return value.charAt(1) >= 'a' && value.charAt(1) <= 'z' || value.charAt(1) >= 'A' && value.charAt(1) <= 'Z';
        }
        if (value.length() > 3 && value.charAt(0) == '%') {
            return isSingleMarkToken(value) && !namesFillIn(value, 1);
        }
        return value.length() > 4 && value.startsWith("#{") && tokenEnd(value, 0) == value.length()
                && value.endsWith("}#") && !namesFillIn(value, 2);
    }

    /** The words a fill-in note opens with, addressing the reader or telling what to do. */
    private static final java.util.Set<String> FILL_IN_STARTS = java.util.Set.of("your", "my", "enter", "insert",
            "paste", "replace", "change", "put", "add", "set", "fill", "todo", "changeme", "placeholder");

    /**
     * Whether a whole token's name, starting at {@code start}, is a note of what a person should type rather than a
     * pipeline's variable: {@code @@CHANGEME@@}, {@code %%REPLACE_ME%%}, {@code #{YOUR_JWT_SECRET}#},
     * {@code ((your-secret-here))}, as {@code {{YOUR_ACCESS_TOKEN}}} is for installer tokens (hostile testing,
     * thirty-second pass: such a value was a reference, GO in production).
     */
    private static boolean namesFillIn(String value, int start) {
        return namesFillIn(value, start, true);
    }

    /**
     * {@link #namesFillIn(String, int)}, where a dot after the first word joins a note ({@code dotJoins}) or, in a
     * build property's dotted name ({@code @add.opens@}), opens a namespace and names no note.
     */
    static boolean namesFillIn(String value, int start, boolean dotJoins) {
        int at = start;
        while (at < value.length() && value.charAt(at) == '/') {
            at++;
        }
        int end = at;
        while (end < value.length() && Character.isLetter(value.charAt(end))) {
            end++;
        }
        if (end == at || end < value.length() && Character.isLetterOrDigit(value.charAt(end))) {
            return false;
        }
        char next = end < value.length() ? value.charAt(end) : ' ';
        if (next == '.' && !dotJoins) {
            return false;
        }
        String word = value.substring(at, end).toLowerCase(java.util.Locale.ROOT);
        return FILL_IN_STARTS.contains(word) && (next == '_' || next == '-' || next == '.' || word.equals("changeme")
                || word.equals("placeholder") || word.equals("todo") || !Character.isLetterOrDigit(next));
    }

    /**
     * {@code @@API_SECRET_KEY@@} or {@code %%KEYSTORE_PASSWORD%%}: one upper-case variable name between the same doubled
     * marks, as release and image build scripts write; or (thirty-sixth pass) a camel-case one, a lower-case letter
     * followed by a capital somewhere in it, as LabKey's Gradle tasks fill {@code @@jdbcPassword@@} and
     * {@code @@encryptionKey@@}. A lower-case word ({@code %%changeit%%}, {@code @@Password@@}) is a value.
     */
    private static boolean isDoubledMarkToken(String value) {
        int end = value.length() - 2;
        if (end <= 3 || !value.startsWith(value.substring(0, 2), end)) {
            return false;
        }
        boolean anyLower = false;
        boolean hump = false;
        for (int i = 2; i < end; i++) {
            char c = value.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_' || i > 2 && c >= '0' && c <= '9')) {
                return false;
            }
            hump |= c >= 'A' && c <= 'Z' && value.charAt(i - 1) >= 'a' && value.charAt(i - 1) <= 'z';
            anyLower |= c >= 'a' && c <= 'z';
        }
        return hump || !anyLower;
    }

    /**
     * {@code %DB_PASSWORD%}: one upper-case variable name between single percent signs, as Windows writes an
     * environment reference and container entrypoints replace ({@code db.password=%DB_PW%} in an Alfresco image's
     * template, filled from the container's environment at start): a reference, not a value (thirty-sixth pass). Or
     * (thirty-seventh pass) one lower-case name of two words or more joined by {@code _}, the spelling of a set-up
     * script's own variables ({@code RegisteredUsers.msfocb=%orthanc_http_password%}, which an Orthanc image's
     * set-up fills). One lower-case word ({@code %changeit%}, {@code %password%}) is a value.
     */
    private static boolean isSingleMarkToken(String value) {
        int end = value.length() - 1;
        if (value.charAt(end) != '%') {
            return false;
        }
        char first = value.charAt(1);
        boolean upper = first >= 'A' && first <= 'Z';
        if (!upper && !(first >= 'a' && first <= 'z')) {
            return false;
        }
        boolean joined = false;
        for (int i = 2; i < end; i++) {
            char c = value.charAt(i);
            if (c == '_') {
                joined |= i + 1 < end && value.charAt(i + 1) != '_';
            } else if (!(upper ? c >= 'A' && c <= 'Z' : c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9')) {
                return false;
            }
        }
        return upper || joined;
    }

    /**
     * Whether the value holds a token {@code #{NAME}#} or {@code #{NAME}}, a variable {@code ((name))} or an
     * environment reference {@code $ENV{NAME}}.
     *
     * @param value the value
     * @return {@code true} when a part of the value is replaced by the release pipeline
     */
    public static boolean containsToken(String value) {
        int at = value.indexOf("#{");
        while (at >= 0) {
            if (tokenEnd(value, at) > 0) {
                return true;
            }
            at = value.indexOf("#{", at + 2);
        }
        at = value.indexOf("((");
        while (at >= 0) {
            if (variableEnd(value, at) > 0) {
                return true;
            }
            at = value.indexOf("((", at + 2);
        }
        at = value.indexOf('$');
        while (at >= 0) {
            if (environmentEnd(value, at) > 0) {
                return true;
            }
            at = value.indexOf('$', at + 1);
        }
        return false;
    }

    /**
     * Where the reference starting at {@code at} ends, or {@code -1}: {@code $ENV{NAME}} or {@code $env{NAME}}, the name
     * optionally quoted ({@code $ENV{"OTRS_DATABASE_PASSWORD"}}, {@code $ENV{'DB_PASSWORD'}}, as Perl's
     * configuration files write it), or {@code $Self->{Name}}, a key of the same Perl configuration (Znuny's and OTRS's
     * {@code Kernel/Config.pm}: {@code DatabaseDSN = "DBI:mysql:database=$Self->{Database};host=$Self->{DatabaseHost}"}).
     */
    private static int environmentEnd(String value, int at) {
        int start;
        if (value.startsWith("$ENV{", at) || value.startsWith("$env{", at)) {
            start = at + 5;
        } else if (value.startsWith("$Self->{", at) || value.startsWith("$self->{", at)) {
            start = at + 8;
        } else {
            return -1;
        }
        char quote = start < value.length() && (value.charAt(start) == '"' || value.charAt(start) == '\'')
                ? value.charAt(start) : 0;
        int nameStart = quote == 0 ? start : start + 1;
        int end = KubernetesReferences.nameEnd(value, nameStart, false);
        if (end <= nameStart) {
            return -1;
        }
        if (quote != 0) {
            if (end >= value.length() || value.charAt(end) != quote) {
                return -1;
            }
            end++;
        }
        return end < value.length() && value.charAt(end) == '}' ? end + 1 : -1;
    }

    /**
     * Where the variable {@code ((name))} starting at {@code at} ends, or {@code -1}: a name as
     * {@link KubernetesReferences#nameEnd} reads it, with {@code /} for CredHub paths.
     */
    private static int variableEnd(String value, int at) {
        int end = KubernetesReferences.nameEnd(value, at + 2, true);
        return end > at + 2 && end + 1 < value.length() && value.charAt(end) == ')' && value.charAt(end + 1) == ')'
                ? end + 2 : -1;
    }

    /**
     * Where the token starting at {@code at} ends (after its <code>}</code> and an optional {@code #}), or {@code -1}.
     */
    private static int tokenEnd(String value, int at) {
        int end = KubernetesReferences.nameEnd(value, at + 2, false);
        if (end == at + 2 || end >= value.length() || value.charAt(end) != '}') {
            return -1;
        }
        return end + 1 < value.length() && value.charAt(end + 1) == '#' ? end + 2 : end + 1;
    }
}
