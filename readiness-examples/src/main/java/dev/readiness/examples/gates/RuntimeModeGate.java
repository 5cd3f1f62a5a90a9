package dev.readiness.examples.gates;

import dev.readiness.Finding;
import dev.readiness.Gate;
import dev.readiness.GateContext;
import dev.readiness.Outcome;
import dev.readiness.Stage;
import dev.readiness.settings.Setting;
import java.util.Objects;
import java.util.Optional;

/**
 * The runtime's own environment switch agrees with the stage: {@code NODE_ENV=production} when judging for
 * production. Express, Next.js and most Node libraries switch off stack traces in responses, template caching off
 * and development middleware on unless {@code NODE_ENV} is exactly {@code production}. Immutable and thread-safe.
 *
 * <p>Finding {@code <id>.mismatch} in production when the key is set to anything else: NO-GO. An absent key says
 * nothing here (declare it required with the {@code settings} gate). Other stages are not judged: staging commonly
 * runs with {@code NODE_ENV=production} too.
 */
public final class RuntimeModeGate implements Gate {

    private final String id;
    private final String key;
    private final String production;

    /**
     * A gate for one key.
     *
     * @param id the gate id, e.g. {@code shopee.node-env}
     * @param key the key, e.g. {@code NODE_ENV}
     * @param production the value that means production, e.g. {@code production}
     */
    public RuntimeModeGate(String id, String key, String production) {
        this.id = Objects.requireNonNull(id, "id");
        this.key = Objects.requireNonNull(key, "key");
        this.production = Objects.requireNonNull(production, "production");
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String description() {
        return key + "=" + production + " when deploying to production";
    }

    @Override
    public Outcome check(GateContext context) {
        if (context.stage() != Stage.PRODUCTION) {
            return Outcome.go();
        }
        Optional<Setting> found = context.settings().get(key);
        if (found.isEmpty() || found.get().isDeferred() || found.get().value().trim().equals(production)) {
            return Outcome.go();
        }
        Setting setting = found.get();
        String shown = setting.value().trim().matches("[A-Za-z0-9_-]{0,20}") ? "'" + setting.value().trim() + "'"
                : "another value";
        return Outcome.of(Finding.noGo(id + ".mismatch", setting)
                .message("is " + shown + ", not '" + production + "', although the deploy is for production: the "
                        + "runtime keeps its development behaviour (verbose errors, no caching)")
                .remediation("set " + setting.key() + "=" + production + " in every production service")
                .build());
    }
}
