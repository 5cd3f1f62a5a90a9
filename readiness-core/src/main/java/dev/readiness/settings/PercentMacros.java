package dev.readiness.settings;

import org.jspecify.annotations.Nullable;

/**
 * Stalwart's configuration macros, which the server expands when it reads its {@code config.toml}:
 * {@code %{env:OAUTH_SECRET}%} (an environment variable), {@code %{cfg:server.hostname}%} (another setting of the
 * file) and {@code %{file:/opt/certs/key.pem}%} (the contents of a file, how certificates and keys are usually given).
 * The macro text is no value: an environment look-up is read as the placeholder it means ({@code ${OAUTH_SECRET}}),
 * resolved or deferred like any other, and a whole value that reads a file or another setting is deferred to it (the
 * other setting is judged under its own key, as Stalwart writes it, itself perhaps a macro). Text that only looks alike (an Apache log format's {@code %{Referer}i}, a
 * macro of another kind, a look-up without its closing {@code }%}) stays as written. Puppet Hiera's interpolations
 * written as a whole value are deferred too: {@code %{lookup('mysql_root_password')}} to the other key of the
 * hierarchy, {@code %{::fqdn}} and {@code %{facts.…}} to the node's facts. Stateless.
 */
final class PercentMacros {

    private static final String FILE = "file:";
    private static final String SETTING = "cfg:";

    private PercentMacros() {
    }

    /**
     * The setting with its macros read: environment look-ups rewritten as placeholders, a whole-value file or setting
     * look-up deferred.
     *
     * @param written the setting as written
     * @return the rewritten or deferred setting, or {@code written} itself when it holds no such macro
     */
    static Setting read(Setting written) {
        String value = written.value();
        if (written.isDeferred() || written.isLiteral() || value.indexOf("%{") < 0) {
            return written;
        }
        String hiera = hieraSource(value);
        if (hiera != null) {
            return Setting.deferred(written.key(), value, written.origin(), hiera);
        }
        if ((value.startsWith("%{" + FILE) || value.startsWith("%{" + SETTING)) && value.endsWith("}%")
                && value.indexOf("}%") == value.length() - 2 && value.length() > 2 + FILE.length() + 3) {
            return Setting.deferred(written.key(), value, written.origin(), value.charAt(2) == 'f'
                    ? "a file the server reads at start-up" : "another setting of the file, judged under its own key");
        }
        StringBuilder out = null;
        int copied = 0;
        int start;
        int from = 0;
        while ((start = value.indexOf("%{", from)) >= 0) {
            from = start + 2;
            if (!value.startsWith("env:", start + 2)) {
                continue;
            }
            int name = start + 6;
            int end = value.indexOf("}%", name);
            if (end <= name || !isName(value, name, end)) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(value.length());
            }
            out.append(value, copied, start).append("${").append(value, name, end).append('}');
            copied = end + 2;
            from = copied;
        }
        return out == null ? written
                : Setting.of(written.key(), out.append(value, copied, value.length()).toString(), written.origin());
    }

    /** Hiera's interpolation functions that read another key of the hierarchy. */
    private static final String[] HIERA_LOOKUPS = {"lookup(", "hiera(", "alias("};

    /**
     * What supplies a whole value that is one of Puppet Hiera's interpolations: {@code %{lookup('mysql_root_password')}}
     * (also the older {@code %{hiera('…')}} and {@code %{alias('…')}}) reads another key of the hierarchy, judged under
     * its own key where it is written; {@code %{::fqdn}}, {@code %{facts.networking.fqdn}}, {@code %{trusted.certname}}
     * and {@code %{scope('…')}} read the node's facts and variables when the catalog is compiled. Anything else
     * ({@code %{literal('%')}}, Stalwart's macros, a log format's {@code %{Referer}i}) is no such source.
     */
    private static @Nullable String hieraSource(String value) {
        int length = value.length();
        if (length < 5 || !value.startsWith("%{") || value.charAt(length - 1) != '}'
                || value.indexOf('}') != length - 1) {
            return null;
        }
        for (String lookup : HIERA_LOOKUPS) {
            if (value.startsWith(lookup, 2)) {
                int open = 2 + lookup.length();
                char quote = open < length ? value.charAt(open) : 0;
                int close = length - 3;
                return (quote == '\'' || quote == '"') && close > open + 1 && value.charAt(close) == quote
                        && value.charAt(length - 2) == ')' && isHieraKey(value, open + 1, close)
                        ? "another Hiera key, judged under its own key" : null;
            }
        }
        boolean fact = value.startsWith("::", 2) && isName(value, 4, length - 1) && length > 5
                || (value.startsWith("facts.", 2) || value.startsWith("trusted.", 2)) && isName(value, 2, length - 1)
                || value.startsWith("scope(", 2);
        return fact ? "a fact or variable of the node, when Puppet compiles its catalog" : null;
    }

    /** A Hiera key: a name as {@link #isName} reads it, with {@code ::} between a class and its parameter. */
    private static boolean isHieraKey(String value, int from, int to) {
        for (int i = from; i < to; i++) {
            if (value.charAt(i) != ':' && !isName(value, i, i + 1)) {
                return false;
            }
        }
        return to > from;
    }

    /** A variable's or a setting's name: letters, digits, {@code _}, {@code .} and {@code -}, nothing else. */
    private static boolean isName(String value, int from, int to) {
        if (to <= from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-')) {
                return false;
            }
        }
        return true;
    }
}
