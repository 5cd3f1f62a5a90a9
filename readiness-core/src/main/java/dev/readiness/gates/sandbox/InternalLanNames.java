package dev.readiness.gates.sandbox;

import java.util.EnumSet;

/**
 * A multicast-DNS name ({@code .local}) under a key that says the address is internal: Home Assistant's
 * {@code homeassistant.internal_url=http://homeassistant.local:8123} is the address for the devices and browsers of
 * the same local network, beside {@code external_url} for everyone else, and a service's
 * {@code BACKEND_INTERNAL_URL} or {@code PRIVATE_API_HOST} says the same. A loopback address under such a key is
 * already the service's own or its sidecar's; a local-link name is that key's too, so neither is a finding. A public,
 * site or browser key ({@code external_url}, {@code APP_URL=https://shop.local}) is judged as before, and so is a
 * {@code .local} name under a key that says nothing. Stateless.
 */
final class InternalLanNames {

    private InternalLanNames() {
    }

    /**
     * Whether the key's classes make a {@code .local} name no finding: it is internal and not public.
     *
     * @param classes the key's classes
     * @return {@code true} for an internal, private or local key that no browser or outside party uses
     */
    static boolean spared(EnumSet<KeyClass> classes) {
        return classes.contains(KeyClass.INTERNAL) && !classes.contains(KeyClass.PUBLIC);
    }
}
