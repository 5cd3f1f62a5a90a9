package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.gates.internal.AsciiCase;
import dev.readiness.settings.Setting;
import org.jspecify.annotations.Nullable;

/**
 * An address setting that holds only a web scheme ({@code NEXT_PUBLIC_CONVEX_URL=https://}): a template left for the
 * reader to fill in with the deployment's host, so every call fails or goes nowhere. Only {@code http}, {@code https},
 * {@code ws} and {@code wss}, which always need a host: a bare {@code sqlite://} (in-memory SQLite),
 * {@code memory://} or {@code django://} (an in-process cache or broker) is a complete address. Read only under a key
 * whose last word is {@code url}, {@code uri} or {@code endpoint}: a key naming the scheme itself
 * ({@code S3_SCHEME=https://}, {@code ServerProtocol=http://}) holds what it says. Stateless.
 */
final class SchemeOnlyAddresses {

    /** The longest bare scheme read, {@code https://}. */
    static final int MAX_LENGTH = 8;

    private SchemeOnlyAddresses() {
    }

    /**
     * The finding on a bare scheme under an address key, or {@code null}.
     *
     * @param setting the setting
     * @param value its value
     * @return a NO-GO {@code sandbox.reserved-host}, or {@code null}
     */
    static @Nullable Finding judge(Setting setting, String value) {
        if (value.length() < 5 || value.length() > MAX_LENGTH || !webScheme(value)) {
            return null;
        }
        String key = setting.key();
        if (!AsciiCase.endsWith(key, "url") && !AsciiCase.endsWith(key, "uri") && !AsciiCase.endsWith(key, "endpoint")) {
            return null;
        }
        return Finding.noGo("sandbox.reserved-host", setting)
                .message(setting.key() + " holds only a scheme and no host: the address was left to fill in, so no"
                        + " production service is reached.")
                .remediation("Set the production address, scheme and host, or supply it from the environment.")
                .build();
    }

    private static boolean webScheme(String value) {
        return value.equalsIgnoreCase("https://") || value.equalsIgnoreCase("http://")
                || value.equalsIgnoreCase("wss://") || value.equalsIgnoreCase("ws://");
    }
}
