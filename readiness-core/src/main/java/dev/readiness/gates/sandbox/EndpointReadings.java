package dev.readiness.gates.sandbox;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The endpoints of each distinct value, read once per check: configurations repeat their URLs and hosts across
 * keys, and {@link Endpoint} reads a value the same way every time. Made by the gate at the start of a check and
 * dropped with it; remembers the first {@value #LIMIT} values of each kind. Not thread-safe: one check, one thread.
 */
final class EndpointReadings {

    static final int LIMIT = 4096;

    private final Map<String, List<Endpoint>> urls = new HashMap<>();
    private final Map<String, List<Endpoint>> urlsAndHosts = new HashMap<>();
    private final Map<String, Optional<Endpoint>> hosts = new HashMap<>();

    /** {@link Endpoint#parseAll(String, boolean)}, read once per value. */
    List<Endpoint> all(String value, boolean allowBareHosts) {
        Map<String, List<Endpoint>> read = allowBareHosts ? urlsAndHosts : urls;
        List<Endpoint> endpoints = read.get(value);
        if (endpoints == null) {
            endpoints = List.copyOf(Endpoint.parseAll(value, allowBareHosts));
            if (read.size() < LIMIT) {
                read.put(value, endpoints);
            }
        }
        return endpoints;
    }

    /** {@link Endpoint#parse(String, boolean)} with bare hosts allowed, read once per value. */
    Optional<Endpoint> one(String value) {
        Optional<Endpoint> endpoint = hosts.get(value);
        if (endpoint == null) {
            endpoint = Endpoint.parse(value, true);
            if (hosts.size() < LIMIT) {
                hosts.put(value, endpoint);
            }
        }
        return endpoint;
    }
}
