package dev.readiness;

import dev.readiness.internal.BoundedExecutor.Call;
import dev.readiness.internal.BoundedExecutor.State;
import dev.readiness.internal.FindingScrubber;
import dev.readiness.settings.Origin;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@link PhaseRunner} reports and logs when a gate or a fact contributor does not end well (it threw, hung,
 * returned nothing or no valid id, or put a secret-looking setting's value into its id or a finding). A class of its
 * own, logging under the runner's name, so that a start whose gates all end well, which reaches none of this, neither
 * loads nor verifies it, nor creates its logger. Stateless.
 */
final class GateFailures {

    private static final Logger log = LoggerFactory.getLogger(PhaseRunner.class);

    /** An overall deadline under which readiness's own gates may not finish on a cold JVM or a busy machine. */
    static final Duration SHORT_DEADLINE = Duration.ofSeconds(5);

    private GateFailures() {
    }

    /**
     * The result of a gate that did not end well.
     *
     * @param id the id it is reported under
     * @param description its description, printable
     * @param call its last call
     * @param step the step it was in ({@code check()}, {@code id()}, ...)
     * @param unnamedSource where an unnamed gate came from, {@code null} for a gate with an id
     * @param builtIn whether it is one of readiness's own gates
     * @param readiness the runner's settings (timeouts)
     * @return a result of one NO-GO finding
     */
    static GateResult result(String id, String description, Call<PhaseRunner.GateRun> call, String step,
            @Nullable String unnamedSource, boolean builtIn, Readiness readiness) {
        String source = unnamedSource == null ? "" : " (" + unnamedSource + ")";
        PhaseRunner.GateRun run = call.value();
        if (call.state() == State.DONE && run != null) {
            if (run.outcome() == null) {
                return failed(id, source, description, call.millis(), "returned no outcome (null)");
            }
            return failed(id, source, description, call.millis(),
                    "has no valid id() (lower-case words joined by '.' or '-', such as acme.carrier-urls)");
        }
        if (call.state() == State.FAILED) {
            log.warn("Gate {} failed in {} with {}", id, step, className(call.failure()));
            return failed(id, source, description, call.millis(), why(call, "", readiness) + " in " + step);
        }
        if (call.state() == State.INTERRUPTED) {
            return failed(id, source, description, call.millis(),
                    "was interrupted before it finished: the thread running the gates was interrupted");
        }
        log.warn("Gate {} did not finish in time ({}, in {})", id, call.state().name().toLowerCase(Locale.ROOT)
                .replace('_', ' '), step);
        boolean starved = builtIn && starvedByAShortDeadline(call, readiness);
        Finding finding = Finding.of(Severity.NO_GO, "gate.timeout", id)
                .origin(Origin.of("gate " + id))
                .message("Gate " + id + source + " " + why(call, "", readiness) + " (in " + step
                        + "), so its checks could not be judged." + (starved ? " The deadline is shorter than"
                                + " readiness's own gates need: about 1 s on a cold JVM, several on a busy machine." : ""))
                .remediation(starved ? "Give the check a longer overall deadline (readiness.deadline, --deadline;"
                        + " 15 s by default): the built-in gates make no network call and finish well within it."
                        : "Find out why the gate is slow or blocked (a network call, a lock, a large input);"
                        + " raise readiness.gate-timeout only if the gate is slow by nature.")
                .build();
        return GateResult.of(id, description, call.millis(), List.of(finding));
    }

    /**
     * Whether one of readiness's own gates ran out of an overall deadline shorter than they need (a cold JVM loads and
     * links their classes first): the deadline, not the gate, is what to change.
     */
    private static boolean starvedByAShortDeadline(Call<?> call, Readiness readiness) {
        return (call.state() == State.NOT_STARTED || call.state() == State.UNFINISHED)
                && readiness.deadline().compareTo(SHORT_DEADLINE) < 0;
    }

    /**
     * The finding of a fact contributor that threw or did not finish, logged.
     *
     * @param name the contributor's class name
     * @param call its call
     * @param readiness the runner's settings (timeouts)
     * @return a NO-GO finding
     */
    static Finding factContributor(String name, Call<Map<Class<?>, Object>> call, Readiness readiness) {
        String why = why(call, "the fact contributor", readiness);
        log.warn("Fact contributor {} {}", name, call.state() == State.FAILED
                ? "failed with " + className(call.failure()) : "did not finish");
        return Finding.of(Severity.NO_GO, "facts.failed", name)
                .origin(Origin.of("fact contributor " + name))
                .message("The fact contributor " + name + " " + why
                        + "; the gates that need its facts judge without them.")
                .remediation("Fix or remove the contributor. Its exception's message is withheld because it may"
                        + " quote a secret (a connection string with a password); reproduce it in a test.")
                .build();
    }

    static void logValueInFinding(String id) {
        log.warn("Gate {} put the value of a secret-looking setting into a finding; the value was replaced by {}",
                id, FindingScrubber.REDACTED);
    }

    static void logValueInId(String className) {
        log.warn("A gate of {} put the value of a secret-looking setting into its id; the value was replaced by {}",
                className, FindingScrubber.REDACTED_ID);
    }

    private static String why(Call<?> call, String subject, Readiness readiness) {
        String prefix = subject.isEmpty() ? "" : subject + " ";
        return prefix + switch (call.state()) {
            case FAILED -> "threw " + describe(call.failure());
            case TIMED_OUT -> "did not finish within its timeout of " + human(readiness.gateTimeout())
                    + (call.millis() <= readiness.gateTimeout().toMillis() * 1.1 ? ""
                            : call.starved()
                            ? " (extended to " + String.format(Locale.ROOT, "%.1f s", call.millis() / 1000)
                                    + " while it was short of CPU on a busy machine)"
                            : " (watched until " + String.format(Locale.ROOT, "%.1f s", call.millis() / 1000)
                                    + ": it used no CPU past its timeout, so it was blocked, in a network call, other"
                                    + " I/O or native code, not slowed by a busy machine)");
            case NOT_STARTED -> "did not start before the overall deadline of " + human(readiness.deadline());
            case UNFINISHED -> "did not finish before the overall deadline of " + human(readiness.deadline());
            case INTERRUPTED -> "was interrupted before it finished";
            case DONE -> "returned nothing";
        };
    }

    private static GateResult failed(String id, String source, String description, double millis, String why) {
        Finding finding = Finding.of(Severity.NO_GO, "gate.failed", id)
                .origin(Origin.of("gate " + id))
                .message("Gate " + id + source + " " + why + ", so its checks could not be judged.")
                .remediation("Fix the gate or the setting it cannot handle. The exception's message is withheld"
                        + " because it may quote a secret; reproduce with the gate's unit test.")
                .build();
        return GateResult.of(id, description, millis, List.of(finding));
    }

    static String describe(@Nullable Throwable failure) {
        if (failure == null) {
            return "an unknown failure";
        }
        StackTraceElement[] trace = failure.getStackTrace();
        String where = trace.length == 0 ? "" : where(trace[0], failure.getClass().getClassLoader(),
                Thread.currentThread().getContextClassLoader(), GateFailures.class.getClassLoader());
        return failure.getClass().getName() + where;
    }

    /**
     * Where an exception was thrown, as {@code " at acme.Gate.check:42"}, or nothing. A stack trace is the
     * thrower's to write ({@link Throwable#setStackTrace}), so a frame could quote a secret: it is printed only
     * when it names a class that exists and one of that class's methods, and never with its file name.
     */
    private static String where(StackTraceElement frame, @Nullable ClassLoader... loaders) {
        Class<?> declaring = null;
        for (ClassLoader loader : loaders) {
            try {
                declaring = Class.forName(frame.getClassName(), false, loader);
                break;
            } catch (ClassNotFoundException | LinkageError | RuntimeException unknown) {
                // not visible from this loader: try the next
            }
        }
        if (declaring == null) {
            return "";
        }
        String method = frame.getMethodName();
        boolean declared = method.equals("<init>") || method.equals("<clinit>");
        try {
            for (java.lang.reflect.Method candidate : declaring.getDeclaredMethods()) {
                declared |= candidate.getName().equals(method);
            }
        } catch (LinkageError | RuntimeException unreadable) {
            return "";
        }
        if (!declared) {
            return "";
        }
        return " at " + declaring.getName() + "." + method + (frame.getLineNumber() > 0 ? ":" + frame.getLineNumber()
                : "");
    }

    private static String className(@Nullable Throwable failure) {
        return failure == null ? "unknown" : failure.getClass().getName();
    }

    static String human(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
