package dev.readiness.gates.sandbox;

import java.util.List;

/**
 * Go's {@code tls.Config.InsecureSkipVerify} as configuration keys spell it (Traefik's
 * {@code serversTransport.insecureSkipVerify}, {@code INSECURE_SKIP_VERIFY}): the three words name TLS certificate
 * verification by themselves, with no {@code tls} word before them. Stateless.
 */
final class GoInsecureSkipVerify {

    private GoInsecureSkipVerify() {
    }

    /**
     * Whether {@code insecure}, {@code skip}, {@code verify} start at {@code index}.
     *
     * @param words a key's lower-case words
     * @param index the index of {@code insecure}
     * @return {@code true} for Go's idiom
     */
    static boolean at(List<String> words, int index) {
        return index + 2 < words.size() && words.get(index + 1).equals("skip") && words.get(index + 2).equals("verify");
    }
}
