package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.SecretShape;
import dev.readiness.Stage;
import dev.readiness.settings.Setting;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Judges a credential value: first by the catalog's documented prefixes, then by the {@link CredentialGrammar}
 * of test-mode keys. Names a provider only where the catalog really knows it: the key names that one catalog
 * provider ({@code IYZICO_API_KEY=sandbox-…}, read by the grammar), or the prefix belongs to one catalog provider
 * alone. A {@code pk_test_} key under {@code CLERK_PUBLISHABLE_KEY} is Clerk's, and under
 * {@code PAYMENT_PUBLISHABLE_KEY} a test-mode credential of an unnamed provider, not Stripe's or Paystack's: several
 * catalog providers share that prefix.
 */
final class CredentialRule {

    /**
     * A documented prefix this long is a fingerprint of the provider's test credentials under any key (PayPal's
     * sandbox API signatures under {@code acct1.Signature}); shorter ones need a credential key or the provider's name.
     */
    static final int FINGERPRINT_PREFIX = 20;

    private CredentialRule() {
    }

    /**
     * Whether the value is a credential this rule judged (reported or found fine); signals go to {@code signals}.
     */
    static boolean judge(Setting setting, String value, boolean credentialKey, List<Provider> named, Stage stage,
            ProviderCatalog catalog, ProviderSignals signals, List<Finding> findings) {
        List<ProviderCatalog.PrefixRule> rules = catalog.credentialPrefixes(value);
        ProviderCatalog.PrefixRule match = choose(rules, value, credentialKey, named);
        if (match != null) {
            Provider provider = provider(match, rules, named);
            String described = describe(value, match.prefix());
            if (provider != null) {
                signals.add(provider, setting, match.test(), match.test() ? "a test credential" : "a live credential");
            }
            if (match.test() && stage == Stage.PRODUCTION) {
                findings.add(SandboxFindings.testCredential(setting, provider == null ? null : provider.name(),
                        described, modeOf(match.prefix())));
            } else if (!match.test() && stage != Stage.PRODUCTION && provider != null && provider.handlesPayments()) {
                findings.add(SandboxFindings.liveCredentialOutsideProduction(setting, provider.name(), described,
                        stage.id()));
            }
            return true;
        }
        if (!credentialKey && named.isEmpty() || value.indexOf("://") >= 0) {
            return false;
        }
        CredentialGrammar.Match grammar = CredentialGrammar.read(value);
        if (grammar == null) {
            return false;
        }
        Provider provider = named.size() == 1 ? named.get(0) : null;
        if (provider != null) {
            signals.add(provider, setting, true, "a test credential");
        }
        if (stage == Stage.PRODUCTION) {
            SecretShape shape = SecretShape.of(value);
            findings.add(SandboxFindings.testCredential(setting, provider == null ? null : provider.name(),
                    grammar.placeholder() ? shape.length() + " characters, placeholder text after the prefix"
                            : shape.describe(), grammar.mode()));
        }
        return true;
    }

    private static ProviderCatalog.@Nullable PrefixRule choose(List<ProviderCatalog.PrefixRule> rules, String value,
            boolean credentialKey, List<Provider> named) {
        for (ProviderCatalog.PrefixRule rule : rules) {
            if (named.contains(rule.provider()) && value.length() >= rule.prefix().length() + 8) {
                return rule;
            }
        }
        for (ProviderCatalog.PrefixRule rule : rules) {
            int shortest = credentialKey ? 7 : FINGERPRINT_PREFIX;
            if (rule.prefix().length() >= shortest && value.length() >= rule.prefix().length() + 8) {
                return rule;
            }
        }
        return null;
    }

    /** The provider the key names, else the only catalog provider with this prefix and mode, else none. */
    private static @Nullable Provider provider(ProviderCatalog.PrefixRule chosen,
            List<ProviderCatalog.PrefixRule> rules, List<Provider> named) {
        if (named.contains(chosen.provider())) {
            return chosen.provider();
        }
        List<Provider> sharing = rules.stream()
                .filter(rule -> rule.prefix().equals(chosen.prefix()) && rule.test() == chosen.test())
                .map(ProviderCatalog.PrefixRule::provider).distinct().collect(Collectors.toList());
        return sharing.size() == 1 && named.isEmpty() ? sharing.get(0) : null;
    }

    private static String describe(String value, String prefix) {
        SecretShape shape = SecretShape.of(value);
        if (shape.prefixClass() != null) {
            return shape.describe();
        }
        return prefix.length() > SecretShape.LONGEST_SHOWN
                ? shape.describe() + ", the prefix every such test credential shares"
                : shape.describe() + ", " + prefix + "…";
    }

    private static String modeOf(String prefix) {
        String lower = prefix.toLowerCase(java.util.Locale.ROOT);
        int start = 0;
        for (int i = 0; i <= lower.length(); i++) { // the segments between '_' and '-', as split("[_-]") gives them
            if (i == lower.length() || lower.charAt(i) == '_' || lower.charAt(i) == '-') {
                if (i > start && ModeWords.CREDENTIAL_MODES.contains(lower.substring(start, i))) {
                    return lower.substring(start, i);
                }
                start = i + 1;
            }
        }
        return "test";
    }
}
