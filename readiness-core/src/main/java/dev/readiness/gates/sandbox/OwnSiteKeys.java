package dev.readiness.gates.sandbox;

import dev.readiness.internal.ReferencedValues;
import java.util.List;

/**
 * Keys that hold the service's own site address though no public word says so: a lone {@code URL} or {@code url}
 * (SimpleLogin's {@code URL}, Ghost's {@code url}, the base of the links in pages and e-mails; in a section,
 * {@code minio.url}, it is that section's destination and is not read), and Auth.js's {@code AUTH_URL} in a file that
 * also sets Auth.js's {@code AUTH_SECRET} (the base of its OAuth callbacks, the successor of {@code NEXTAUTH_URL}); an
 * {@code AUTH_URL} without that sibling may be an authentication service the back end calls, and stays a destination.
 */
final class OwnSiteKeys {

    private OwnSiteKeys() {
    }

    /**
     * Whether the key is a bare {@code url} or {@code uri}, the site's own address where a product's settings name it so
     * (Ghost's and Strapi's {@code url}, Netlify's {@code URL}).
     *
     * @param words the key's lower-case words
     * @return {@code true} for a one-word {@code url} or {@code uri} key
     */
    static boolean bare(List<String> words) {
        return words.size() == 1 && (words.get(0).equals("url") || words.get(0).equals("uri"));
    }

    private static final String AUTH_JS_SECRET = "AUTH_SECRET";

    /**
     * Whether the key holds the service's own public address.
     *
     * @param references the configuration, for Auth.js's secret beside {@code AUTH_URL}
     * @param words the key's lower-case words
     * @return whether browsers and e-mail readers follow the address
     */
    static boolean named(ReferencedValues references, List<String> words) {
        if (words.size() == 1) {
            return bare(words);
        }
        return words.size() == 2 && words.get(0).equals("auth") && words.get(1).equals("url")
                && references.setting(AUTH_JS_SECRET).isPresent();
    }
}
