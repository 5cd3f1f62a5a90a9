package dev.readiness.gates.secrets;

import dev.readiness.settings.Origin;

/**
 * A value the check read from a Kubernetes Secret or ConfigMap of a manifest, through a container's {@code envFrom} or
 * {@code valueFrom} ({@code deploy/k8s/production.yaml:27 (Secret api-secrets, envFrom at deploy/k8s/production.yaml:60)}):
 * a deployment's object, not a file of the application's configuration, whatever the manifest is named. Session 33: a
 * manifest named {@code production.yaml} made every sound value of its Secret a NO-GO {@code secrets.packaged} "in a
 * profile file of the application's configuration, which ships inside the artifact", read as Play's
 * {@code production.conf} or a bare {@code prod.yml} is; the same manifest named {@code api.yaml} said nothing. A
 * Secret's values are judged as any deployment's are: by value. Stateless.
 */
final class ManifestObjectEntries {

    private static final String[] KINDS = {" (Secret ", " (ConfigMap "};

    private ManifestObjectEntries() {
    }

    /**
     * Whether a value comes from a Secret's or ConfigMap's entry of a Kubernetes manifest.
     *
     * @param origin where the value came from
     * @return {@code true} for such an entry; a file's own line ({@code env[].value} of a Deployment) is not one
     */
    static boolean holds(Origin origin) {
        if (origin.file().isPresent()) {
            return false;
        }
        String description = origin.description();
        for (String kind : KINDS) {
            int at = description.indexOf(kind);
            if (at > 0 && Character.isDigit(description.charAt(at - 1))
                    && description.lastIndexOf(':', at) > 0) {
                return true;
            }
        }
        return false;
    }
}
