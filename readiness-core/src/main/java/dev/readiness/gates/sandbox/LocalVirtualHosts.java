package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.gates.internal.Hosts;
import dev.readiness.settings.Setting;
import org.jspecify.annotations.Nullable;

/**
 * Names under {@code .localhost} ({@code drupal.docker.localhost}, {@code api.wiki-wars.localhost},
 * {@code maps.workadventure.localhost}): RFC 6761 makes every such name the local machine, and a name there is a
 * virtual host of a developer's local reverse proxy (docker4drupal's and Traefik's {@code *.docker.localhost}, a
 * framework's development server), which routes requests by that name. A sidecar or local proxy beside a production
 * service is called on {@code localhost} or {@code 127.0.0.1} and its port, which stays a {@code sandbox.local-host}
 * WARN; a virtual host's name under {@code .localhost} is a development value wherever it stands, so it is reported as
 * the reserved names {@code .test} and {@code .example} are. Docker Desktop's {@code docker.for.mac.localhost} is the
 * container host and is left to the loopback reading. Stateless.
 */
final class LocalVirtualHosts {

    private static final String SUFFIX = ".localhost";

    private LocalVirtualHosts() {
    }

    /**
     * The NO-GO on a loopback endpoint whose host is a name under {@code .localhost}.
     *
     * @param setting the setting
     * @param host the endpoint's host, already judged loopback
     * @return the finding, or {@code null} for any other loopback host ({@code localhost}, {@code 127.0.0.1})
     */
    static @Nullable Finding judge(Setting setting, String host) {
        int start = host.length() - SUFFIX.length();
        if (start <= 0 || !host.regionMatches(true, start, SUFFIX, 0, SUFFIX.length())
                || Hosts.isContainerHost(host)) {
            return null;
        }
        return Finding.noGo("sandbox.reserved-host", setting)
                .message(SandboxFindings.format("%s points at %s in production, a name under the reserved domain"
                        + " .localhost: every such name is the local machine, and this one is the virtual host of a"
                        + " development proxy on a developer's machine, which no production service has.",
                        setting.key(), host))
                .remediation("Replace the development host name with the production endpoint.")
                .build();
    }
}
