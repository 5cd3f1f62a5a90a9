package dev.readiness.examples.rappit;

import dev.readiness.Finding;
import dev.readiness.Gate;
import dev.readiness.GateContext;
import dev.readiness.Outcome;
import dev.readiness.Stage;
import dev.readiness.examples.gates.AllowedOriginsGate;
import dev.readiness.examples.gates.ProductionSwitchGate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * rappit's own gates, beside the built-in ones. They are registered for {@link java.util.ServiceLoader} in this
 * module's {@code META-INF/services/dev.readiness.Gate}, so readiness-spring runs them in its first phase, before
 * the application context exists, together with the built-in gates: one report lists every problem. (Gates
 * declared as Spring beans run too, but only once the beans exist, after a settings-only NO-GO has already stopped
 * the boot.) They read only rappit's own keys, so other applications on the same class path are not affected.
 * <ul>
 *   <li>{@code rappit.carrier-urls}: {@link CarrierUrlsGate} (GATE-002);</li>
 *   <li>{@code rappit.cors}: {@code rappit.cors.allowed-origins} lists production HTTPS origins only
 *       ("CORS configured for production domains only");</li>
 *   <li>{@code rappit.oauth-stubs}: {@code rappit.oauth.test-endpoints} is off in production (GATE-004, "OAuth test
 *       controllers disabled in production build"; on in staging is fine);</li>
 *   <li>{@code rappit.log-level}: the root log level is not DEBUG or TRACE in production ({@code LOG_LEVEL=info}),
 *       a WARN.</li>
 * </ul>
 */
public final class RappitGates {

    private RappitGates() {
    }

    /**
     * Every rappit gate.
     *
     * @return the gates
     */
    public static List<Gate> all() {
        return List.of(new CarrierUrlsGate(), new Cors(), new OauthStubs(), new LogLevel());
    }

    /**
     * {@code rappit.cors}: the allowed CORS origins. Immutable and thread-safe.
     */
    public static final class Cors implements Gate {

        private final Gate delegate = new AllowedOriginsGate("rappit.cors", "rappit.cors.allowed-origins");

        @Override
        public Outcome check(GateContext context) throws Exception {
            return delegate.check(context);
        }

        @Override
        public String id() {
            return delegate.id();
        }

        @Override
        public String description() {
            return delegate.description();
        }
    }

    /**
     * {@code rappit.oauth-stubs}: the {@code /test/oauth} stubs are off in production. Immutable and thread-safe.
     */
    public static final class OauthStubs implements Gate {

        private final Gate delegate = new ProductionSwitchGate("rappit.oauth-stubs", "rappit.oauth.test-endpoints",
                false, false, "enabled", "the /test/oauth stubs sign anyone in without a provider");

        @Override
        public Outcome check(GateContext context) throws Exception {
            return delegate.check(context);
        }

        @Override
        public String id() {
            return delegate.id();
        }

        @Override
        public String description() {
            return delegate.description();
        }
    }

    /**
     * {@code rappit.log-level}: the root log level is info or quieter in production. Immutable and thread-safe.
     */
    public static final class LogLevel implements Gate {

        private static final Set<String> VERBOSE = Set.of("debug", "trace", "all");

        @Override
        public String id() {
            return "rappit.log-level";
        }

        @Override
        public String description() {
            return "the root log level is info or quieter in production";
        }

        @Override
        public Outcome check(GateContext context) {
            if (context.stage() != Stage.PRODUCTION) {
                return Outcome.go();
            }
            return context.settings().get("logging.level.root")
                    .filter(setting -> VERBOSE.contains(setting.value().trim().toLowerCase(Locale.ROOT)))
                    .map(setting -> Outcome.of(Finding.warn("rappit.log-level.verbose", setting)
                            .message("logs at " + setting.value().trim().toUpperCase(Locale.ROOT)
                                    + " in production: request bodies and headers end up in the logs")
                            .remediation("set logging.level.root=info (LOG_LEVEL=info) and raise single loggers "
                                    + "when debugging")
                            .build()))
                    .orElse(Outcome.go());
        }
    }
}
