package dev.readiness.gates.sandbox;

import dev.readiness.gates.internal.AsciiCase;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;

/**
 * A configuration that declares a service-mesh or runtime sidecar beside the service: a chart's
 * {@code mesh.enabled: true} (Wikimedia's Envoy mesh, whose services call {@code http://localhost:6500} for the
 * MediaWiki API), or the pod annotations that inject one ({@code sidecar.istio.io/inject: "true"},
 * {@code linkerd.io/inject: enabled}, {@code consul.hashicorp.com/connect-inject: "true"},
 * {@code dapr.io/enabled: "true"}). There, a back-end URL on loopback with a port is the sidecar's listener, the
 * legitimate use the {@code sandbox.local-host} finding describes, so it is not reported. Public, callback and identity
 * URLs stay reported: browsers and providers never reach a pod's loopback. Stateless; one pass over the settings,
 * made only when a loopback endpoint is found.
 */
final class MeshSidecars {

    private static final String[] INJECTION_ANNOTATIONS = {"sidecar.istio.io/inject", "linkerd.io/inject",
        "consul.hashicorp.com/connect-inject", "dapr.io/enabled"};

    private MeshSidecars() {
    }

    /**
     * Whether the settings declare a mesh or sidecar that listens on the pod's loopback.
     *
     * @param settings the configuration
     * @return {@code true} for a declared, enabled sidecar
     */
    static boolean declared(Settings settings) {
        for (Setting setting : settings) {
            String raw = setting.value();
            if (raw.length() < 4) {
                continue; // the value first, in one comparison: few are true or enabled, while every key was scanned
            }
            String value = raw.strip();
            boolean on = value.equalsIgnoreCase("true") || value.equalsIgnoreCase("enabled");
            if (!on) {
                continue;
            }
            String key = setting.key();
            if (!AsciiCase.contains(key, "mesh.enabled") && !AsciiCase.contains(key, "inject")
                    && !AsciiCase.contains(key, "dapr.io")) {
                continue;
            }
            if (namesMeshSwitch(key) || namesInjection(key)) {
                return true;
            }
        }
        return false;
    }

    /** {@code mesh.enabled} as a whole key or as its last two parts ({@code global.mesh.enabled}). */
    private static boolean namesMeshSwitch(String key) {
        int at = key.length() - "mesh.enabled".length();
        return at >= 0 && AsciiCase.regionIs(key, at, "mesh.enabled") && (at == 0 || key.charAt(at - 1) == '.');
    }

    private static boolean namesInjection(String key) {
        for (String annotation : INJECTION_ANNOTATIONS) {
            if (AsciiCase.contains(key, annotation)) {
                return true;
            }
        }
        return false;
    }
}
