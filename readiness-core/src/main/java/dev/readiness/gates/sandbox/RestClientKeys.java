package dev.readiness.gates.sandbox;

import dev.readiness.settings.Settings;

/**
 * Keys of a server-side REST client's base URL: MicroProfile Rest Client's {@code <interface or configKey>/mp-rest/url}
 * (and {@code /mp-rest/uri}), Quarkus's {@code quarkus.rest-client.<name>.url}, Micronaut's
 * {@code micronaut.http.services.<id>.url} or {@code .urls}, and a client's key whose own {@code /mp-rest/} settings
 * sit beside it ({@code com.acme.OrdersClient} beside {@code com.acme.OrdersClient/mp-rest/scope}). The service calls
 * that URL itself, never a browser: on loopback it is a co-located service or the server itself, which the label
 * policy keeps clean as it keeps a self-call.
 */
final class RestClientKeys {

    private static final String MP_REST = "/mp-rest/";
    private static final String QUARKUS = "quarkus.rest-client.";
    private static final String MICRONAUT = "micronaut.http.services.";
    private static final String[] MP_SIBLINGS = {"scope", "connectTimeout", "readTimeout", "providers"};

    private RestClientKeys() {
    }

    static boolean named(Settings settings, String key) {
        int length = key.length();
        if (length < 8) {
            return false;
        }
        char last = Character.toLowerCase(key.charAt(length - 1));
        if (last == 'l' || last == 'i' || last == 's') {
            int mp = key.indexOf(MP_REST);
            if (mp > 0) {
                return endsWithAddress(key, mp + MP_REST.length());
            }
            int from = key.charAt(0) == '%' ? key.indexOf('.') + 1 : 0; // a Quarkus profile: %prod.quarkus…
            int prefix = key.regionMatches(true, from, QUARKUS, 0, QUARKUS.length()) ? QUARKUS.length()
                    : key.regionMatches(true, from, MICRONAUT, 0, MICRONAUT.length()) ? MICRONAUT.length() : -1;
            if (prefix > 0) {
                int dot = key.lastIndexOf('.');
                return dot > from + prefix && endsWithAddress(key, dot + 1);
            }
        }
        int dot = key.lastIndexOf('.');
        if (dot <= 0 || dot == length - 1 || !Character.isUpperCase(key.charAt(dot + 1)) || key.indexOf('/') >= 0) {
            return false;
        }
        for (String sibling : MP_SIBLINGS) {
            if (settings.get(key + MP_REST + sibling).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithAddress(String key, int from) {
        int rest = key.length() - from;
        return rest == 3 && (key.regionMatches(true, from, "url", 0, 3) || key.regionMatches(true, from, "uri", 0, 3))
                || rest == 4 && key.regionMatches(true, from, "urls", 0, 4);
    }
}
