package dev.readiness.spring.autoconfigure;

import dev.readiness.FactContributor;
import dev.readiness.Report;
import dev.readiness.render.ProblemList;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * What {@link ReadinessRunListener} does on the starts that need it only: one switched off, one whose context lacks
 * the late phase, one that failed after the barrier let it pass. A class of its own, so that a GO start's main
 * thread, which loads and verifies the listener before anything can load it ahead, does not verify these paths too.
 * Logs under the listener's name. Stateless.
 */
final class RareRunEvents {

    private static final Log log = LogFactory.getLog(ReadinessRunListener.class);

    private RareRunEvents() {
    }

    /**
     * Says once, as a WARN, that no gate runs and where {@code readiness.enabled=false} was set, so that switching
     * the safety off (a stray {@code READINESS_ENABLED=false} in a production environment) is never silent.
     */
    static void logSwitchedOff(ConfigurableEnvironment environment) {
        ConfigurationPropertyName name = ConfigurationPropertyName.of(ReadinessRunListener.ENABLED);
        String where = "an unknown source";
        for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
            ConfigurationProperty property = source.getConfigurationProperty(name);
            if (property != null) {
                where = String.valueOf(property.getOrigin() != null ? property.getOrigin() : source);
                break;
            }
        }
        log.warn("readiness is switched off (readiness.enabled=false, set in " + ProblemList.escape(where)
                + "): no gate runs and nothing is judged, in every stage.");
    }

    /**
     * Runs the late phase once the context is refreshed, as {@link ReadinessAutoConfiguration} would have, with a
     * WARN that says why it runs this late ({@link ReadinessRunListener#started}).
     */
    static void lateReport(ConfigurableApplicationContext context, EarlyPhase phase, ClassLoader applicationLoader) {
        log.warn("readiness: " + ReadinessAutoConfiguration.class.getSimpleName() + " is not in the context"
                + " (spring.autoconfigure.exclude, or an AOT build without it), so the gates that need the application's"
                + " beans ran once the context was refreshed, after the web server started; switch readiness off with"
                + " readiness.enabled=false where the service is started, never by excluding it");
        ClassLoader classLoader = context.getClassLoader() != null ? context.getClassLoader() : applicationLoader;
        new ReadinessGateRunner(context.getEnvironment(), ReadinessProperties::new, new dev.readiness.spring.ReadinessReport(),
                () -> context.getBeansOfType(dev.readiness.Gate.class),
                () -> context.getBeanProvider(FactContributor.class).orderedStream().toList(), phase, classLoader,
                java.time.Clock.systemUTC()).afterSingletonsInstantiated();
    }

    /**
     * Logs, once, as a WARN, the barrier's report of a start that failed after it let the start pass, unless it is a
     * GO with nothing waived ({@link ReadinessRunListener#failed}).
     */
    static void logJudgedBeforeFailure(EarlyPhase phase, Report judged) {
        boolean go = judged.verdict() == dev.readiness.Status.GO;
        if (go && judged.findings().noneMatch(dev.readiness.Finding::waived)) {
            return;
        }
        phase.reported();
        log.warn("readiness: the start failed after the gates had judged the settings and let it go on"
                + (go ? " with findings waived" : "") + "; what they found may be why:" + System.lineSeparator()
                + ProblemList.compactTable(judged, phase.options().policy().waivers()));
    }
}
