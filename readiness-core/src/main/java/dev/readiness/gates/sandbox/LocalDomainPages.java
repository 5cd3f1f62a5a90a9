package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.settings.Setting;

/**
 * A name of several labels under {@code .local} ({@code prod.chargeops.local}, {@code api.staging.joomart.local}) as
 * an address browsers, e-mail recipients or other services use. Such a name stays a WARN elsewhere, because a legacy
 * Active Directory domain may be named so and be production on premises (its directory servers are not judged at
 * all); but a page, link or redirect there is opened by people's own devices, which resolve {@code .local} by
 * multicast DNS on their local link (RFC 6762, and macOS, iOS and Linux browsers do so first), so it reaches no
 * server outside one network. Stateless.
 */
final class LocalDomainPages {

    private LocalDomainPages() {
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
