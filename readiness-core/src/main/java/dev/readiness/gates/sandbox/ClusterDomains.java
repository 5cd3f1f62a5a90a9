package dev.readiness.gates.sandbox;

/**
 * Kubernetes service names under a cluster domain of the operator's own choosing
 * ({@code security-token-service.default.svc.nais.local}, {@code api.payments.svc.k8s.local}): the
 * {@code service.namespace.svc.domain} grammar of cluster DNS, with a domain that ends in {@code .local} only because
 * the cluster's administrator picked it, as {@code cluster.local} is picked by default. Such a name resolves through
 * the cluster's own DNS on every node, not by multicast DNS on a local link. Stateless.
 */
final class ClusterDomains {

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
}
