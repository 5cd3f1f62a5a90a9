package dev.readiness.spring.autoconfigure;

import dev.readiness.Readiness;
import dev.readiness.Report;
import dev.readiness.Status;
import dev.readiness.Waiver;
import dev.readiness.render.ProblemList;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.logging.Log;
import org.springframework.core.SpringProperties;
import org.springframework.core.env.Environment;

/**
 * What every phase shares: a runner configured with the boot's stage, settings, policy and time limits, and the
 * adapter's own gates. Each phase adds its gates and facts, runs once ({@link Readiness#runPhase()}), and the last
 * one asks core for the one report of every phase.
 */
final class BootGates {

    /** Where the adapter's own gates come from, as reports name it. */
    static final String ADAPTER_SOURCE = "the Spring adapter";

    private BootGates() {
    }

    /**
     * A runner for one phase of the boot. Its gates run in turn on one thread, with the calling thread keeping
     * their timeouts and the deadline: at boot they share the machine with Spring Boot's own start-up, so a pool of
     * threads would only take CPU from it (and cost threads to create).
     */
    static Readiness.Builder builder(ReadinessOptions options, Settings settings) {
        return Readiness.builder()
                .parallelism(1)
                .stage(options.stage().stage())
                .settings(settings)
                .policy(options.policy())
                .gateTimeout(options.gateTimeout())
                .deadline(options.deadline());
    }

    /** The adapter's own gates (stage consistency; unknown {@code readiness.*} properties are core's built-in gate) added to a runner. */
    static Readiness.Builder withAdapterGates(Readiness.Builder builder, ReadinessOptions options,
            Environment environment) {
        return withAdapterGates(builder, options, StageResolution.activeProfiles(environment));
    }

    /** The same, with the active profiles read beforehand (the early phase reads them on the main thread). */
    static Readiness.Builder withAdapterGates(Readiness.Builder builder, ReadinessOptions options,
            Set<String> activeProfiles) {
        return builder
                .gate(new StageConsistencyGate(options.stage(), activeProfiles), ADAPTER_SOURCE);
    }

    /**
     * Logs the report once: one line for GO, otherwise the summary and core's compact table of the problems,
     * waived findings and exemptions ({@link ProblemList#compactTable(Report)}, every text escaped). The summary
     * says where the stage came from and how long the gates took in the background and on the main thread. A
     * blocking report is not logged here: the failure analysis prints it; in a training run ({@link #trainingRun()}),
     * which refuses nothing, it is logged with a line saying so.
     */
    static void log(Log log, Report report, StageResolution stage, double backgroundMillis, double mainMillis) {
        log(log, report, stage, backgroundMillis, mainMillis, List.of());
    }

    /**
     * As {@link #log(Log, Report, StageResolution, double, double)}, with the waiver in force under each waived
     * finding (its expiry and reason), so that "1 waived" on a GO line says which finding and why (session 26: the
     * line named the finding, never the reason, which only the CLI's and the plugin's reports showed).
     */
    static void log(Log log, Report report, StageResolution stage, double backgroundMillis, double mainMillis,
            List<Waiver> waivers) {
        if (report.blocks() && !trainingRun()) {
            return;
        }
        String table = ProblemList.compactTable(report, waivers);
        int endOfSummary = table.indexOf('\n');
        String summary = String.format(Locale.ROOT, ". Stage %s: %s (background %.1f ms, main thread %.1f ms)",
                report.stage().id(), ProblemList.escape(stage.source()), backgroundMillis, mainMillis);
        String line = ConsoleCharset.fit(endOfSummary < 0 ? table + summary
                : table.substring(0, endOfSummary) + summary + table.substring(endOfSummary));
        if (report.verdict() == Status.GO) {
            log.info(line);
        }
        else if (report.blocks()) {
            log.warn(line + NOT_ENFORCED);
        }
        else {
            log.warn(line);
        }
    }

    /** Spring Framework's property for a run that exits once the context is refreshed. */
    static final String EXIT_PROPERTY = "spring.context.exit";

    private static final String NOT_ENFORCED = System.lineSeparator() + "Not enforced: this is a class data sharing"
            + " training run (" + EXIT_PROPERTY + "=onRefresh), which exits once the context is refreshed and serves"
            + " nothing; the same report refuses the start of the service itself.";

    /**
     * Whether this JVM is a training run ({@code -Dspring.context.exit=onRefresh}, as Spring Boot's class data
     * sharing and the Paketo buildpacks' {@code BP_JVM_CDS_ENABLED} run the service at build time to record the
     * classes it loads): the context is refreshed and the JVM exits, so no request is served. There a blocking
     * report is logged, not thrown: a build without the production secrets would otherwise fail with exit 78 and
     * archive none of the classes loaded after the barrier, while the gates' own classes are archived with the rest.
     * {@code spring.context.checkpoint} (a CRaC checkpoint that production restores) is not a training run.
     */
    static boolean trainingRun() {
        return "onRefresh".equalsIgnoreCase(SpringProperties.getProperty(EXIT_PROPERTY));
    }
}
