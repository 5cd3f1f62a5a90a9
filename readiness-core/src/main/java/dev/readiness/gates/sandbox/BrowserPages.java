package dev.readiness.gates.sandbox;

import java.util.List;
import java.util.Set;

/**
 * Keys that hold the address of a page users' browsers open, read from the page the key names: a checkout, a sign-in
 * or sign-out page, a payment's success, failure or outcome page, the site's home page, an interactive flow a wallet
 * opens ({@code checkout.outcome.url}, {@code POLAR_CHECKOUT_BASE_URL}, {@code AUTH_LOGIN_URL},
 * {@code PAYMENT_REDIRECT_SUCCESS_URL}, {@code HOME_LOCATION}, {@code sep24.interactive_url.base_url}), the URL the
 * service is reached by ({@code CurrentUrl}, Rails' and Thelia's {@code DEFAULT_URL} / {@code DEFAULT_URI}, Passbolt's
 * {@code APP_FULL_BASE_URL}) and the root host of a multi-tenant site ({@code HYKU_ROOT_HOST}). Its last word is an
 * address word, so {@code LoginHostname} (a listen address) and {@code CHECKOUT_ENABLED} are not read; a key that
 * names an API, a service or a server of its own ({@code CHECKOUT_SERVICE_URL}, {@code LOGIN_API_URL}) is a back end
 * the service calls, and is not read either.
 */
final class BrowserPages {

    private BrowserPages() {
    }

    private static final Set<String> PAGE_WORDS = Set.of("checkout", "login", "logout", "signin", "signout", "signup",
            "success", "failure", "outcome", "home", "interactive");
    private static final Set<String> ADDRESS_WORDS = Set.of("url", "uri", "page", "path", "location", "basepath");
    private static final Set<String> BACK_END_WORDS = Set.of("api", "service", "services", "server", "grpc", "rpc",
            "backend", "internal");
    /** Words between {@code app} and {@code url} in a key for the application's full public address. */
    private static final Set<String> FULL_ADDRESS_WORDS = Set.of("full", "base");

    /**
     * Whether a key names a page browsers open, the service's current or default address, or its root host.
     *
     * @param words the key's lower-case words
     * @return whether browsers use the address the key holds
     */
    static boolean named(List<String> words) {
        int size = words.size();
        if (size < 2) {
            return false;
        }
        String last = words.get(size - 1);
        if ((last.equals("host") || last.equals("hostname")) && words.get(size - 2).equals("root")) {
            return true;
        }
        if (!ADDRESS_WORDS.contains(last)) {
            return false;
        }
        if (size == 2 && (words.get(0).equals("current") || words.get(0).equals("default"))
                && (last.equals("url") || last.equals("uri"))) {
            return true;
        }
        if (size == 4 && words.get(0).equals("app") && last.equals("url")
                && FULL_ADDRESS_WORDS.contains(words.get(1)) && FULL_ADDRESS_WORDS.contains(words.get(2))
                && !words.get(1).equals(words.get(2))) {
            return true;
        }
        boolean page = false;
        for (String word : words) {
            if (BACK_END_WORDS.contains(word)) {
                return false;
            }
            page |= PAGE_WORDS.contains(word);
        }
        return page;
    }
}
