package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.settings.Setting;
import java.util.Set;

/**
 * A name of several labels under {@code .local} that carries a deployment environment's name as a label
 * ({@code prod.chargeops.local}, {@code api.staging.joomart.local}) as an address browsers, e-mail recipients or other
 * services use. A {@code .local} name of several labels stays a WARN otherwise, because a legacy Active Directory
 * domain is named so and is production on premises ({@code PUBLIC_URL=https://portal.corp.local}; its directory
 * servers are not judged at all); but such a domain names the organisation, while an environment label under
 * {@code .local} is the naming scheme of a development cluster's ingress or a hosts-file set-up, and people's devices
 * resolve {@code .local} by multicast DNS on their own link (RFC 6762), so the page reaches no server outside one
 * network. Stateless.
 */
final class LocalDomainPages {

    /** Labels that name a deployment environment. */
    private static final Set<String> ENVIRONMENTS = Set.of("prod", "production", "staging", "stage", "stg", "preprod",
            "uat", "qa", "test", "dev", "development");

    private LocalDomainPages() {
    }

    /**
     * Whether a {@code .local} name has a label, left of its last two, that names a deployment environment.
     *
     * @param host a lower-case host under {@code .local}
     * @return {@code true} for {@code prod.chargeops.local}, not for {@code portal.corp.local}
     */
    static boolean namesEnvironment(String host) {
        String[] labels = host.split("\\.");
        for (int i = 0; i < labels.length - 2; i++) {
            if (ENVIRONMENTS.contains(labels[i])) {
                return true;
            }
        }
        return false;
    }

    static Finding finding(Setting setting, String host) {
        return Finding.noGo("sandbox.local-public-url", setting)
                .message(SandboxFindings.format("%s points at %s in production, but browsers, e-mail recipients or "
                        + "other services use this address: a name under .local, which people's devices resolve by "
                        + "multicast DNS on their own local link, so it reaches no server outside one network.",
                        setting.key(), host))
                .remediation("Set the public address of the production deployment (https://its-domain/…).")
                .build();
    }
}
