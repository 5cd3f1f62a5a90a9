package dev.readiness.spring;

import dev.readiness.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Holds the one report of the gates run at boot, for the actuator endpoint, the health contributor, the meters and
 * the application itself. The report is set once, when the last phase of the gates has run (before runners run and
 * before the web server accepts connections). Thread-safe.
 */
public class ReadinessReport {

    private final List<Consumer<Report>> listeners = new ArrayList<>();

    private volatile @Nullable Report report;

    /**
     * The report of this boot.
     *
     * @return the report, or empty while the gates have not run yet
     */
    public Optional<Report> report() {
        return Optional.ofNullable(report);
    }

    /**
     * Sets the report of this boot and tells every listener.
     *
     * @param report the report
     */
    public void set(Report report) {
        Objects.requireNonNull(report, "report");
        List<Consumer<Report>> toNotify;
        synchronized (listeners) {
            this.report = report;
            toNotify = List.copyOf(listeners);
        }
        for (Consumer<Report> listener : toNotify) {
            listener.accept(report);
        }
    }

    /**
     * Calls a listener with the report: at once when it is already set, otherwise when it is.
     *
     * @param listener the listener
     */
    public void whenAvailable(Consumer<Report> listener) {
        Objects.requireNonNull(listener, "listener");
        Report current;
        synchronized (listeners) {
            current = report;
            if (current == null) {
                listeners.add(listener);
            }
        }
        if (current != null) {
            listener.accept(current);
        }
    }

    @Override
    public String toString() {
        Report current = report;
        return "ReadinessReport[" + (current == null ? "pending" : current.verdict() + " for " + current.stage().id())
                + "]";
    }
}
