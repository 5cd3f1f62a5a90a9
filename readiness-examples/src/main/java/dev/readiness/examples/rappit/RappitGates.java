package dev.readiness.examples.rappit;

import dev.readiness.Finding;
import dev.readiness.Gate;
import dev.readiness.Outcome;
import dev.readiness.Stage;
import dev.readiness.examples.gates.AllowedOriginsGate;
import dev.readiness.examples.gates.ProductionSwitchGate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * rappit's own gates, beside the built-in ones, registered as Spring beans (readiness-spring runs every
 * {@link Gate} bean) and listed by {@link #all()} for unit tests:
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
@Configuration(proxyBeanMethods = false)
public class RappitGates {

    private static final Set<String> VERBOSE = Set.of("debug", "trace", "all");

    /**
     * Every rappit gate, for running without Spring.
     *
     * @return the gates
     */
    public static List<Gate> all() {
        return List.of(carrierUrls(), cors(), oauthStubs(), logLevel());
    }

    @Bean
    static Gate rappitCarrierUrlsGate() {
        return carrierUrls();
    }

    @Bean
    static Gate rappitCorsGate() {
        return cors();
    }

    @Bean
    static Gate rappitOauthStubsGate() {
        return oauthStubs();
    }

    @Bean
    static Gate rappitLogLevelGate() {
        return logLevel();
    }

    static Gate carrierUrls() {
        return new CarrierUrlsGate();
    }

    static Gate cors() {
        return new AllowedOriginsGate("rappit.cors", "rappit.cors.allowed-origins");
    }

    static Gate oauthStubs() {
        return new ProductionSwitchGate("rappit.oauth-stubs", "rappit.oauth.test-endpoints", false, false, "enabled",
                "the /test/oauth stubs sign anyone in without a provider");
    }

    static Gate logLevel() {
        return Gate.of("rappit.log-level", "the root log level is info or quieter in production", context -> {
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
        });
    }
}
