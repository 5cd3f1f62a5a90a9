package dev.readiness.gates.sandbox;

import java.util.List;

/**
 * The address a server writes into the links it generates, set to override what it would work out itself:
 * Nextcloud's and ownCloud's {@code overwrite.cli.url} (the base of every link in e-mails, shares and background
 * jobs) and {@code overwritehost} (the host forced into every URL it generates for browsers), Alfresco's
 * {@code aos.baseUrlOverwrite} (the URL handed to Office clients). People and their programs open these, so they
 * are {@link KeyClass#PUBLIC}: on loopback the local-public-url NO-GO, not a sidecar's WARN. {@code overwriteprotocol}
 * holds a scheme, not an address, and switches and other overrides ({@code system.allow-template-overwrite},
 * {@code OVERWRITE_AUTH}) name no address. Stateless (thirty-eighth pass).
 */
final class OverwriteAddresses {

    private static final String OVERWRITE = "overwrite";

    private OverwriteAddresses() {
    }

    /**
     * Whether the key names an overriding address: its last word is an address word ({@code url}, {@code uri},
     * {@code baseurl}) with {@code overwrite} among the words before it, or {@code overwrite} right after an address
     * word, or the glued {@code overwritehost}.
     *
     * @param words the key's lower-case words
     * @return {@code true} for such a key
     */
    static boolean named(List<String> words) {
        int size = words.size();
        if (size == 0) {
            return false;
        }
        String last = words.get(size - 1);
        if (last.equals("overwritehost")) {
            return true;
        }
        if (size < 2) {
            return false;
        }
        if (last.equals(OVERWRITE)) {
            return addressWord(words.get(size - 2));
        }
        return addressWord(last) && words.subList(0, size - 1).contains(OVERWRITE);
    }

    private static boolean addressWord(String word) {
        return word.equals("url") || word.equals("uri") || word.equals("baseurl");
    }
}
