package dev.readiness.spring.actuate;

import dev.readiness.Finding;
import dev.readiness.Report;
import dev.readiness.Severity;
import dev.readiness.spring.ReadinessReport;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

/**
 * The {@code readiness} entry of {@code /actuator/info}: the boot's verdict, stage and counts, as the {@code gates}
 * health contributor gives them, so that the endpoint an operator reads to learn which build runs also says whether
 * it passed its gates ({@code "readiness":{"verdict":"GO","stage":"production","gates":9,"noGo":0,"warn":0,
 * "waived":1}}). Codes, subjects, origins and values are left to {@code /actuator/gates}, whose masking applies;
 * {@code PENDING} while the gates have not run. Turned off with {@code management.info.readiness.enabled=false}.
 * Thread-safe.
 */
public class GatesInfoContributor implements InfoContributor {

    private final ReadinessReport report;

    /**
     * Creates the contributor.
     *
     * @param report the holder of the boot's report
     */
    public GatesInfoContributor(ReadinessReport report) {
        this.report = report;
    }

    @Override
    public void contribute(Info.Builder builder) {
        Map<String, Object> details = new LinkedHashMap<>();
        Report current = report.report().orElse(null);
        if (current == null) {
            details.put("verdict", "PENDING");
        }
        else {
            details.put("verdict", current.verdict().name());
            details.put("stage", current.stage().id());
            details.put("blocking", current.blocks());
            details.put("gates", dev.readiness.render.ProblemList.gateCount(current));
            details.put("noGo", current.count(Severity.NO_GO));
            details.put("warn", current.count(Severity.WARN));
            details.put("waived", current.findings().filter(Finding::waived).count());
        }
        builder.withDetail("readiness", details);
    }
}
