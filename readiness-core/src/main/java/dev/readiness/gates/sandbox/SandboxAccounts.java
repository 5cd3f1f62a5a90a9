package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.settings.Setting;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Sandbox accounts named by their id: providers that give each customer a production account and numbered sandbox
 * copies of it write the sandbox's id as the production id with a sandbox segment after a {@code -} or {@code _}
 * ({@code 1234567_SB1}, {@code 1234567-sb2}, {@code acme_SANDBOX}), and the account-specific host carries the same
 * segment ({@code 1234567-sb1.suitetalk.api.netsuite.com}). The id is judged under a key that names a catalog
 * provider and an account, realm, tenant or company ({@code NETSUITE_ACCOUNT_ID}); ordinary ids
 * ({@code 1234567}, {@code acme-sbx-team}) and keys of no provider ({@code ACCOUNT_ID}) are left alone.
 */
final class SandboxAccounts {

    /**
     * Key words of an account that is an environment. An organisation is left out: a GitHub or Slack organisation is
     * a namespace, and one named {@code acme-sandbox} may well be the one production works in.
     */
    private static final Set<String> ACCOUNT_WORDS = Set.of("account", "acct", "realm", "tenant", "company");
    private static final int LONGEST_ID = 64;

    private SandboxAccounts() {
    }

    /**
     * The finding on a provider's account id that names a sandbox account, or {@code null}.
     *
     * @param setting the setting
     * @param value its stripped value
     * @param catalog the provider catalog
     * @return a {@code sandbox.test-mode} finding, or {@code null}
     */
    static @Nullable Finding judge(Setting setting, String value, ProviderCatalog catalog) {
        if (value.length() > LONGEST_ID || sandboxSegmentStart(value) < 0) {
            return null;
        }
        List<String> words = KeyWords.of(setting.key());
        if (!namesAccount(words)) {
            return null;
        }
        List<Provider> named = catalog.providersNamedBy(words);
        return named.isEmpty() ? null : SandboxFindings.sandboxAccount(setting, named.get(0));
    }

    /**
     * Where the sandbox segment of an account id or host label starts (the index of its {@code -} or {@code _}), or
     * {@code -1}: the id is letters and digits, at least three before the segment, and ends with {@code sb} and an
     * environment number, or with {@code sandbox}.
     *
     * @param id an account id or the first label of a host
     * @return the index of the separator before the segment, or {@code -1}
     */
    static int sandboxSegmentStart(String id) {
        int separator = Math.max(id.lastIndexOf('-'), id.lastIndexOf('_'));
        if (separator < 3 || separator == id.length() - 1) {
            return -1;
        }
        char opening = id.charAt(separator + 1);
        if (opening != 's' && opening != 'S' && opening < 0x80) {
            return -1; // both segments start with s: no copy of any other
        }
        String segment = id.substring(separator + 1).toLowerCase(Locale.ROOT);
        if (!segment.equals("sandbox") && !numberedSandbox(segment)) {
            return -1;
        }
        for (int i = 0; i < separator; i++) {
            char c = id.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
                return -1;
            }
        }
        return separator;
    }

    private static boolean numberedSandbox(String segment) {
        if (segment.length() < 3 || segment.length() > 5 || !segment.startsWith("sb")) {
            return false;
        }
        for (int i = 2; i < segment.length(); i++) {
            if (segment.charAt(i) < '0' || segment.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean namesAccount(List<String> words) {
        for (String word : words) {
            if (ACCOUNT_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
