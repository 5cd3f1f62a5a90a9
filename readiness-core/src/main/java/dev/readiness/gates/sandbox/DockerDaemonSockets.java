package dev.readiness.gates.sandbox;

import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.Locale;
import java.util.Optional;

/**
 * The TLS switch of a Docker client that talks to no daemon across a network. GitLab Runner's {@code register} writes
 * {@code tls_verify = false} into every {@code [runners.docker]} section; without a {@code host} beside it the runner
 * reaches the daemon through its local socket ({@code /var/run/docker.sock}), where no certificate is exchanged, and
 * the Docker CLI's {@code DOCKER_TLS_VERIFY} without a {@code DOCKER_HOST} does the same. So the switch of a section
 * named {@code docker} (a key's parent, or the {@code DOCKER_} prefix of a variable) is no finding while its sibling
 * host is absent, blank or a local socket ({@code unix://}, {@code npipe://}); a daemon on {@code tcp://} with
 * verification off is judged as before. Stateless.
 */
final class DockerDaemonSockets {

    private static final String DOCKER = "docker";

    private DockerDaemonSockets() {
    }

    /**
     * Whether a TLS switch belongs to a Docker client whose daemon is reached through a local socket.
     *
     * @param settings the configuration
     * @param key the switch's key
     * @return {@code true} for such a switch
     */
    static boolean reachesLocalSocket(Settings settings, String key) {
        int dot = key.lastIndexOf('.');
        String host;
        if (dot > DOCKER.length() - 1 && key.regionMatches(true, dot - DOCKER.length(), DOCKER, 0, DOCKER.length())
                && (dot == DOCKER.length() || !Character.isLetterOrDigit(key.charAt(dot - DOCKER.length() - 1)))) {
            host = key.substring(0, dot + 1) + "host";
        } else if (dot < 0 && key.regionMatches(true, 0, DOCKER + "_", 0, DOCKER.length() + 1)) {
            host = Character.isUpperCase(key.charAt(0)) ? "DOCKER_HOST" : "docker_host";
        } else {
            return false;
        }
        Optional<Setting> daemon = settings.get(host);
        if (daemon.isEmpty()) {
            return true;
        }
        String value = daemon.get().value().trim().toLowerCase(Locale.ROOT);
        return value.isEmpty() || value.startsWith("unix://") || value.startsWith("npipe://");
    }
}
