package dev.readiness.gates.sandbox;

/**
 * Kubernetes service names under a cluster domain of the operator's own choosing
 * ({@code security-token-service.default.svc.nais.local}, {@code api.payments.svc.k8s.local}): the
 * {@code service.namespace.svc.domain} grammar of cluster DNS, with a domain that ends in {@code .local} only because
 * the cluster's administrator picked it, as {@code cluster.local} is picked by default. Such a name resolves through
 * the cluster's own DNS on every node, not by multicast DNS on a local link.
 *
 * <p>The same holds for a service registered under a private service-discovery namespace that ends in {@code .local}
 * (AWS Cloud Map's and Consul's private DNS namespaces, a Compose network's aliases): the first label names the service
 * as such, {@code venue-service.seatlock.local}, {@code zabbix-web-service.local}, {@code billing-svc.internal.local}
 * (thirty-ninth pass: a booking service's call to its venue service, Zabbix's report web service on the container
 * network). The names that public-facing settings carry under {@code .local} ({@code passbolt.local},
 * {@code api.dina.local}, {@code prod.chargeops.local}, a laptop's {@code MacBook-Pro.local}) name a site, not a
 * service, and stay multicast-DNS names. Stateless.
 */
final class ClusterDomains {

    private static final String[] SERVICE_SUFFIXES = {"-service", "-svc"};

    private ClusterDomains() {
    }

    /**
     * Whether a host name follows the cluster DNS grammar of a service: a {@code svc} label after at least a service
     * label and a namespace label, and at least one more label of cluster domain before the top-level one.
     *
     * @param host the host name, lower case
     * @return {@code true} for {@code name.namespace.svc.domain.tld}
     */
    static boolean serviceName(String host) {
        int at = host.indexOf(".svc.");
        while (at >= 0) {
            int labelsBefore = 1;
            for (int i = 0; i < at; i++) {
                if (host.charAt(i) == '.') {
                    labelsBefore++;
                }
            }
            int rest = at + ".svc.".length();
            int nextDot = host.indexOf('.', rest);
            if (labelsBefore >= 2 && nextDot > rest && nextDot < host.length() - 1 && host.charAt(0) != '.') {
                return true;
            }
            at = host.indexOf(".svc.", at + 1);
        }
        return false;
    }

    /**
     * Whether a {@code .local} host's first label names a service: a name, then {@code -service} or {@code -svc}
     * ({@code venue-service.seatlock.local}); {@code service.local} alone and {@code services.acme.local} do not count.
     *
     * @param host the host name, lower case, whose top-level label is {@code local}
     * @return {@code true} for a service's name under a private discovery namespace
     */
    static boolean discoveredService(String host) {
        int dot = host.indexOf('.');
        if (dot <= 0) {
            return false;
        }
        String first = host.substring(0, dot);
        for (String suffix : SERVICE_SUFFIXES) {
            if (first.length() > suffix.length() + 1 && first.endsWith(suffix)
                    && Character.isLetterOrDigit(first.charAt(first.length() - suffix.length() - 1))) {
                return true;
            }
        }
        return false;
    }
}
