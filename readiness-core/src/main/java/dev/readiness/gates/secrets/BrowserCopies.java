package dev.readiness.gates.secrets;

import dev.readiness.Finding;
import dev.readiness.Severity;
import dev.readiness.gates.internal.BrowserKeys;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A browser build variable ({@code NEXT_PUBLIC_…}, {@code VITE_…}, {@code REACT_APP_…}, {@link BrowserKeys}) whose key
 * names a credential and whose value is a server-side secret of the same configuration
 * ({@code NEXT_PUBLIC_SEARCH_CLIENT_KEY=meilisearch} beside {@code SEARCH_API_KEY=meilisearch}): the build tool copies
 * it into the pages every visitor downloads, so that secret is public. Browser keys themselves are public by design
 * and are not judged as secrets; a public key with a value of its own ({@code NEXT_PUBLIC_POSTHOG_KEY=phc_…}), a
 * placeholder, or a provider-prefixed key shared as an alias is not reported. Stateless.
 */
final class BrowserCopies {

    /** Last words of a browser key that name a credential a server could also hold. */
    private static final Set<String> CREDENTIAL_WORDS = Set.of("key", "token", "secret", "password", "apikey");

    /** Shorter values ({@code 1}, {@code true}) are equal by coincidence. */
    /** The shortest value {@link #mayCopySecret} reads; a caller may test it first and leave this class unloaded. */
    static final int MIN_LENGTH = 6;

    private BrowserCopies() {
    }

    /**
     * Whether a setting that no rule judges as a secret may copy one to browsers: a browser build variable whose last
     * word names a credential, with a value long enough not to match by coincidence and without spaces.
     *
     * @param key the setting's key
     * @param value its value to judge
     * @return {@code true} when it should be compared with the secrets of the configuration
     */
    static boolean mayCopySecret(String key, String value) {
        if (value.length() < MIN_LENGTH || !BrowserKeys.isBuildVariable(key) || hasSpace(value)) {
            return false;
        }
        List<String> words = KeyWords.of(key);
        return !words.isEmpty() && CREDENTIAL_WORDS.contains(words.get(words.size() - 1));
    }

    /** Template text ({@code *** REPLACE ***}) has spaces; the keys browsers send do not. */
    private static boolean hasSpace(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (Character.isWhitespace(value.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Adds a browser variable to compare, making the list on first use (most configurations have none). */
    static List<Copy> add(@Nullable List<Copy> copies, Setting setting, String value) {
        List<Copy> list = copies == null ? new ArrayList<>(2) : copies;
        list.add(new Copy(setting, value));
        return list;
    }

    /**
     * The findings for browser variables that hold the value of a secret setting.
     *
     * @param copies the browser variables seen
     * @param secretByValue the first secret setting of each literal secret value that could be shared (no
     *        placeholder, no provider-prefixed key)
     * @param severity the stage's severity
     * @return one finding per browser variable holding a secret's value
     */
    static List<Finding> findings(List<Copy> copies, Map<String, Setting> secretByValue, Severity severity) {
        List<Finding> findings = new ArrayList<>(0);
        for (Copy copy : copies) {
            Setting secret = secretByValue.get(copy.value());
            if (secret != null && secret != copy.setting()) {
                findings.add(Finding.of(severity, "secrets.reused", copy.setting())
                        .message("has the same value as the secret " + secret.key() + " (" + secret.origin()
                                + "), and the front-end build copies this variable into the pages every visitor "
                                + "downloads: that secret is public")
                        .remediation("Give the browser its own public or restricted key (a search-only or "
                                + "publishable key), and rotate " + secret.key() + ".")
                        .build());
            }
        }
        return findings;
    }

    /**
     * Whether a browser build variable of the configuration holds the same value as the key or refers to it
     * ({@code VITE_REVERB_APP_KEY=${REVERB_APP_KEY}} beside {@code REVERB_APP_KEY}): the value is given to every
     * visitor on purpose, as the public app key of a Pusher-protocol pair is.
     *
     * @param settings the configuration
     * @param key the key whose value may be shared
     * @param value its value
     * @return {@code true} when a browser variable carries it
     */
    static boolean sharedWithBrowsers(Settings settings, String key, String value) {
        String trimmed = value.trim();
        if (trimmed.length() < MIN_LENGTH) {
            return false;
        }
        for (Setting other : settings) {
            if (other.key().equals(key) || !BrowserKeys.isBuildVariable(other.key())) {
                continue;
            }
            String shared = other.value().trim();
            if (shared.equals(trimmed) || shared.equals("${" + key + "}")) {
                return true;
            }
        }
        return false;
    }

    record Copy(Setting setting, String value) {
    }
}
