package dev.readiness.gates.sandbox;

import dev.readiness.gates.internal.BrowserKeys;
import java.util.List;

/**
 * Keys whose address is written into what every visitor's browser or every installed app loads: a front-end build
 * variable ({@code VUE_APP_HOST}, {@code EXPO_PUBLIC_API_URL}, {@code NEXT_PUBLIC_API_URL}), which the build tool
 * copies into the bundle, and a content delivery network's address ({@code CDN_URL}, {@code ASSETS_CDN_HOST}), which
 * pages link their scripts and images from. A private-network address there ({@code http://192.168.1.23:3000}, the
 * developer's machine on the office Wi-Fi) reaches nothing from a visitor's network or a phone on mobile data. Read
 * only by the private-address rule, after the value is known to hold such an address; stateless.
 */
final class BrowserBundles {

    private BrowserBundles() {
    }

    /**
     * Whether the key's address ships to browsers or apps.
     *
     * @param key the key as written, for its build prefix
     * @param words the key's lower-case words
     * @return {@code true} for a build variable or a CDN address
     */
    static boolean ships(String key, List<String> words) {
        return BrowserKeys.isBuildVariable(key) || words.contains("cdn");
    }
}
