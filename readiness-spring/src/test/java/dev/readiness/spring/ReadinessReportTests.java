package dev.readiness.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Report;
import dev.readiness.Stage;
import dev.readiness.Status;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadinessReportTests {

    private final Report report = new Report(Status.GO, Stage.TEST, List.of(), null);

    @Test
    void whenAvailableBeforeSetShouldBeCalledOnSet() {
        ReadinessReport holder = new ReadinessReport();
        List<Report> seen = new ArrayList<>();
        holder.whenAvailable(seen::add);
        assertThat(seen).isEmpty();
        assertThat(holder.report()).isEmpty();
        assertThat(holder).hasToString("ReadinessReport[pending]");

        holder.set(report);

        assertThat(seen).containsExactly(report);
        assertThat(holder.report()).contains(report);
    }

    @Test
    void whenAvailableAfterSetShouldBeCalledAtOnce() {
        ReadinessReport holder = new ReadinessReport();
        holder.set(report);
        List<Report> seen = new ArrayList<>();

        holder.whenAvailable(seen::add);

        assertThat(seen).containsExactly(report);
        assertThat(holder).hasToString("ReadinessReport[GO for test]");
    }
}
