package dev.readiness.gates.sandbox;

import java.util.EnumSet;
import java.util.List;

/**
 * An identity server's own issuer, named with {@code self}: Ory Hydra's {@code urls.self.issuer}
 * ({@code URLS_SELF_ISSUER}) and {@code urls.self.public}, the URL every token it signs names and every client
 * fetches the discovery document from. There {@code self} says whose address it is, not that the server calls itself,
 * so the key is not {@link KeyClass#INTERNAL} (a self-call URL on loopback is legitimate); it stays internal when
 * another word says so ({@code internal}, {@code private}, {@code local}). Stateless.
 */
final class OwnIssuers {

    private OwnIssuers() {
    }

    /**
     * Drops {@link KeyClass#INTERNAL} from the classes of a {@code self} issuer or public URL key.
     *
     * @param classes the key's classes, changed in place
     * @param words the key's lower-case words
     */
    static void unmarkInternal(EnumSet<KeyClass> classes, List<String> words) {
        if (!classes.contains(KeyClass.INTERNAL) || !words.contains("self")) {
            return;
        }
        boolean issuer = false;
        for (String word : words) {
            if (word.equals("internal") || word.equals("private") || word.equals("local") || word.equals("loopback")) {
                return;
            }
            issuer |= word.equals("issuer") || word.equals("public");
        }
        if (issuer) {
            classes.remove(KeyClass.INTERNAL);
        }
    }
}
