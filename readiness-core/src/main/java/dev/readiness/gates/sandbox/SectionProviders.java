package dev.readiness.gates.sandbox;

import dev.readiness.gates.internal.KeyWords;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The catalog provider a credential's own section names when its key names none (forty-first pass, newcomer): a
 * generic {@code LABEL_API_KEY=EZTK…} beside {@code LABEL_PROVIDER=easypost} or
 * {@code LABEL_API_BASE_URL=https://api.easypost.com/v2}, as a service written for several label providers keeps
 * them. A provider's short test prefix ({@code EZTK}) counts only where the provider is named; the section names it as
 * surely as the key would. The section is the key without its credential words ({@code LABEL_}, {@code
 * app.labels.}); a sibling names a provider by a provider-choosing key's value that is the provider's key word, or by a
 * URL on one of the provider's hosts. One provider only: a section naming two names none. Stateless.
 */
final class SectionProviders {

    /** Trailing words of a credential key, left out to find its section. */
    private static final Set<String> CREDENTIAL_WORDS = Set.of("api", "key", "apikey", "secret", "token", "access",
            "private", "client", "auth", "credential", "credentials", "live", "test", "prod", "production");
    /** Last words of a sibling that chooses the section's provider. */
    private static final Set<String> CHOOSER_WORDS = Set.of("provider", "vendor", "carrier", "service", "platform",
            "backend", "driver", "type", "name", "gateway");

    private SectionProviders() {
    }

    /**
     * The one provider the credential's section names, as a list of zero or one.
     *
     * @param settings all settings
     * @param setting the credential
     * @param catalog the catalog
     * @return the provider named, or an empty list
     */
    static List<Provider> named(Settings settings, Setting setting, ProviderCatalog catalog) {
        List<String> words = KeyWords.of(setting.key());
        int end = words.size();
        while (end > 0 && CREDENTIAL_WORDS.contains(words.get(end - 1))) {
            end--;
        }
        if (end == 0 || end == words.size()) {
            return List.of();
        }
        List<String> section = words.subList(0, end);
        List<Provider> found = new ArrayList<>(1);
        for (Setting other : settings) {
            if (other == setting) {
                continue;
            }
            List<String> otherWords = KeyWords.of(other.key());
            if (otherWords.size() <= end || otherWords.size() > end + 3
                    || !otherWords.subList(0, end).equals(section)) {
                continue;
            }
            Provider provider = providerOf(otherWords, other.value().strip(), catalog);
            if (provider != null && !found.contains(provider)) {
                found.add(provider);
            }
        }
        return found.size() == 1 ? found : List.of();
    }

    private static @org.jspecify.annotations.Nullable Provider providerOf(List<String> words, String value,
            ProviderCatalog catalog) {
        if (value.isEmpty() || value.length() > 200) {
            return null;
        }
        if (value.startsWith("https://") || value.startsWith("http://")) {
            String host;
            try {
                host = URI.create(value).getHost();
            } catch (IllegalArgumentException e) {
                return null;
            }
            ProviderCatalog.HostRule rule = host == null ? null : catalog.host(host.toLowerCase(Locale.ROOT));
            return rule == null ? null : rule.provider();
        }
        if (!CHOOSER_WORDS.contains(words.get(words.size() - 1)) || value.length() > 40) {
            return null;
        }
        List<Provider> named = catalog.providersNamedBy(KeyWords.of(value));
        return named.size() == 1 ? named.get(0) : null;
    }
}
