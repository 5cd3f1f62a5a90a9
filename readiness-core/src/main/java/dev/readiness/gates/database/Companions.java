package dev.readiness.gates.database;

import dev.readiness.gates.database.DatabaseUrl.Tls;
import dev.readiness.gates.internal.KeyMemo;
import dev.readiness.settings.RelaxedNames;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Settings next to a URL key that complete it: the password and TLS switches. */
final class Companions {

    private static final Companions NONE = new Companions(null, null, Settings.empty(), "", "");
    private static final String[] URL_SUFFIXES = {"jdbcurl", "url", "uri", "dsn"};
    private static final KeyMemo<KeyParts> PARTS = KeyMemo.of(KeyParts::of);

    final @Nullable String password;
    private final @Nullable String urlKey;
    private final Settings settings;
    private final String parent;
    private final String canonical;

    private Companions(@Nullable String password, @Nullable String urlKey,
            Settings settings, String parent, String canonical) {
        this.password = password;
        this.urlKey = urlKey;
        this.settings = settings;
        this.parent = parent;
        this.canonical = canonical;
    }

    static Companions of(Setting setting, Settings settings) {
        KeyParts parts = PARTS.get(setting.key());
        if (parts.prefix == null || settings.size() == 0) {
            return NONE;
        }
        String password = first(settings, parts.password, parts.pass);
        return new Companions(password, setting.key(), settings, parts.parent, parts.canonical);
    }

    /**
     * What {@link #of} reads of a URL key, made once per key: its canonical form, the prefix before its URL suffix
     * ({@code null} when it ends in none), the companion password keys beside it, and the parent a Hikari pool
     * section sits under.
     */
    private record KeyParts(String canonical, @Nullable String prefix, String password, String pass, String parent) {

        static KeyParts of(String key) {
            String canonical = RelaxedNames.canonical(key);
            String prefix = null;
            for (String suffix : URL_SUFFIXES) {
                if (canonical.endsWith(suffix) && canonical.length() > suffix.length()) {
                    prefix = canonical.substring(0, canonical.length() - suffix.length());
                    break;
                }
            }
            if (prefix == null) {
                return new KeyParts(canonical, null, "", "", "");
            }
            String parent = prefix.endsWith("hikari") ? prefix.substring(0, prefix.length() - 6) : prefix;
            return new KeyParts(canonical, prefix, prefix + "password", prefix + "pass", parent);
        }
    }

    /** The setting a password in the URL should move to, beside the URL's key; made when a message asks for it. */
    String passwordKeyHint() {
        if (urlKey == null) {
            return "a separate password setting";
        }
        return urlKey.contains(".") ? keyWith(urlKey, "password") : keyWith(urlKey, "PASSWORD");
    }

    private static @Nullable Tls companionTls(String key, String value) {
        if (key.endsWith("sslmode") || key.endsWith("tlsmode") || key.endsWith("sslenabled")
                || key.endsWith("tlsenabled") || key.endsWith("usessl") || key.endsWith("ssl")
                || key.endsWith("encrypt") || key.endsWith("tls") || key.endsWith("requiressl")) {
            return VendorRules.tlsValue(value);
        }
        return null;
    }

    private static @Nullable String first(Settings settings, String key, String other) {
        Optional<String> value = settings.value(key);
        if (value.isPresent()) {
            return value.get();
        }
        value = settings.value(other);
        return value.isPresent() ? value.get() : null;
    }

    private static String keyWith(String key, String last) {
        int separator = key.length() - 1;
        while (separator >= 0 && key.charAt(separator) != '.' && key.charAt(separator) != '_') {
            separator--;
        }
        return separator < 0 ? last : key.substring(0, separator + 1) + last;
    }

    boolean passwordSet() {
        return password != null && !password.isBlank();
    }

    /** The URL's TLS level, raised by a companion switch where the URL leaves it unspecified or optional. */
    Tls tls(Tls fromUrl) {
        if (parent.isEmpty() || fromUrl != Tls.UNSPECIFIED && fromUrl != Tls.OPTIONAL) {
            return fromUrl;
        }
        Tls best = fromUrl;
        for (Setting candidate : settings.withPrefix(parent)) {
            String key = candidate.canonicalKey();
            if (key.equals(canonical)) {
                continue;
            }
            Tls level = companionTls(key, candidate.value());
            if (level != null && level.isRequired() && level.compareTo(best) > 0) {
                best = level;
            }
        }
        return best;
    }
}
