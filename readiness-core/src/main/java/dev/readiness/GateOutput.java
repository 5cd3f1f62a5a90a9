package dev.readiness;

import dev.readiness.internal.FindingScrubber;
import dev.readiness.internal.GateThreadGroup;
import dev.readiness.render.ProblemList;
import dev.readiness.settings.Settings;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What gates print to {@code System.out} and {@code System.err} while a check runs, passed on a line at a time with
 * every secret value of the judged settings replaced by {@code [redacted]} (as a finding's message is scrubbed, URL
 * and connection-string passwords included) and the line escaped as a report line is. A gate that prints
 * {@code System.out.println(settings.value("jwt.secret"))} prints {@code [redacted]}. The command line and the Maven
 * goal run their gates inside one.
 *
 * <p>A line is passed on when it ends, never part of it, so a gate printing a value a character at a time with a
 * flush after each is scrubbed whole; a line longer than {@value #MAX_LINE} characters is not shown, only said.
 * What a gate writes straight to the file descriptors ({@code new FileOutputStream(FileDescriptor.out)}), or prints
 * through a stream it saved before the capture began, is not captured; nor is a part of a value, which the scrubber
 * cannot recognise.
 *
 * <p>{@link #start} replaces {@code System.out} and {@code System.err} for the whole JVM until {@link #close}, so
 * whatever else prints through them meanwhile (a logger, another thread) is passed on too, scrubbed; not for nesting
 * or for checks running at the same time. Colour codes (ANSI SGR) are dropped. A capture is mutable (it holds the
 * unfinished lines) and thread-safe.
 *
 * <p>{@link #run} also runs the check on a thread of a thread group of its own, so every thread the gates start
 * belongs to it: when the check ends with such threads still running (a gate past its timeout that ignores the
 * interrupt, a thread a gate started and left), {@code System.out} and {@code System.err} stay filtered, dropping
 * what those threads print and passing every other thread's printing through unchanged, until none of them is left.
 * The Maven goal, which runs gates in Maven's own JVM, needs that; the command line's child JVM ends with its check.
 */
public final class GateOutput implements AutoCloseable {

    private static final java.util.regex.Pattern COLOURS = java.util.regex.Pattern.compile("\\x1b\\[[0-9;]*m");

    /** The longest line passed on, in characters. */
    public static final int MAX_LINE = 1 << 16;

    private final FindingScrubber scrubber;
    private final PrintStream previousOut;
    private final PrintStream previousErr;
    private final PrintStream out;
    private final PrintStream err;
    private final Lines outLines;
    private final Lines errLines;

    private GateOutput(FindingScrubber scrubber, Consumer<String> lines) {
        this.scrubber = scrubber;
        this.previousOut = System.out;
        this.previousErr = System.err;
        ThreadLocal<Boolean> passingOn = ThreadLocal.withInitial(() -> false);
        this.outLines = new Lines(scrubber, lines, previousOut, passingOn);
        this.errLines = new Lines(scrubber, lines, previousErr, passingOn);
        this.out = new PrintStream(outLines, true, StandardCharsets.UTF_8);
        this.err = new PrintStream(errLines, true, StandardCharsets.UTF_8);
    }

    /**
     * Starts capturing {@code System.out} and {@code System.err}.
     *
     * @param settings the settings the gates judge, whose secret values are scrubbed
     * @param lines what receives each scrubbed, escaped line (from either stream, without its line break)
     * @return the capture, to close when the gates have run
     */
    public static GateOutput start(Settings settings, Consumer<String> lines) {
        Objects.requireNonNull(lines, "lines");
        GateOutput capture = new GateOutput(FindingScrubber.of(Objects.requireNonNull(settings, "settings")), lines);
        System.setOut(capture.out);
        System.setErr(capture.err);
        return capture;
    }

    /**
     * Passes on the last unfinished lines and gives {@code System.out} and {@code System.err} back, when they are
     * still this capture's. A stream a gate kept still scrubs what it is given afterwards.
     */
    @Override
    public void close() {
        out.flush();
        err.flush();
        outLines.finish();
        errLines.finish();
        if (System.out == out) {
            System.setOut(previousOut);
        }
        if (System.err == err) {
            System.setErr(previousErr);
        }
    }

    /**
     * Runs a check inside a capture, on a thread of a thread group of its own, and keeps dropping what the group's
     * threads print once the check has returned (see the class comment). When threads of the group are left running,
     * one line naming them (scrubbed, not escaped: thread names are the gates' text) is passed to {@code notices}.
     *
     * @param settings the settings the gates judge, whose secret values are scrubbed
     * @param lines what receives each scrubbed, escaped line
     * @param notices what receives the line naming the threads left running, if any
     * @param check the check, which runs the gates
     * @param <T> what the check returns
     * @return what the check returned
     * @throws RuntimeException what the check threw; an {@link Error} likewise
     */
    public static <T> T run(Settings settings, Consumer<String> lines, Consumer<String> notices,
            java.util.function.Supplier<T> check) {
        Objects.requireNonNull(notices, "notices");
        Objects.requireNonNull(check, "check");
        ThreadGroup gates = new GateThreadGroup("readiness-gates");
        Object[] outcome = new Object[1];
        Throwable[] thrown = new Throwable[1];
        GateOutput capture = start(settings, lines);
        List<String> left;
        try {
            Thread runner = new Thread(gates, () -> {
                try {
                    outcome[0] = check.get();
                } catch (RuntimeException | Error e) {
                    thrown[0] = e;
                }
            }, "readiness-check");
            runner.setDaemon(true);
            runner.start();
            boolean interrupted = false;
            while (true) {
                try {
                    runner.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true; // the check ends by its own deadline; the interrupt is kept for the caller
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        } finally {
            left = running(gates);
            if (!left.isEmpty()) {
                // in place of the capture, before it would give the streams back: no moment where they print through
                LeftThreads.install(gates, capture);
            }
            capture.close();
        }
        if (!left.isEmpty()) {
            String names = String.join(", ", left.subList(0, Math.min(left.size(), 10)))
                    + (left.size() > 10 ? " and " + (left.size() - 10) + " more" : "");
            notices.accept(capture.scrubber.scrubText("gate threads still running after the check: " + names
                    + "; what they print from now on is not shown"));
        }
        if (thrown[0] instanceof RuntimeException e) {
            throw e;
        }
        if (thrown[0] instanceof Error e) {
            throw e;
        }
        @SuppressWarnings("unchecked")
        T result = (T) outcome[0];
        return result;
    }

    /** Sets {@code System.out} and {@code System.err}, each only while it is still the one expected. */
    private static void swap(PrintStream expectedOut, PrintStream out, PrintStream expectedErr, PrintStream err) {
        synchronized (GateOutput.class) {
            if (System.out == expectedOut) {
                System.setOut(out);
            }
            if (System.err == expectedErr) {
                System.setErr(err);
            }
        }
    }

    private static List<String> running(ThreadGroup group) {
        Thread[] threads = new Thread[group.activeCount() + 16];
        int count = group.enumerate(threads, true);
        List<String> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            if (threads[i].isAlive()) {
                names.add(threads[i].getName());
            }
        }
        return names;
    }

    /**
     * {@code System.out} and {@code System.err} after a check that left threads running: what those threads print is
     * dropped, anything else goes through; the streams are given back at the first write after the last one ended.
     */
    private static final class LeftThreads extends OutputStream {

        private final ThreadGroup gates;
        private final PrintStream previous;
        private final PrintStream previousOut;
        private final PrintStream previousErr;
        private volatile PrintStream[] installed = new PrintStream[0];

        private LeftThreads(ThreadGroup gates, PrintStream previous, PrintStream previousOut, PrintStream previousErr) {
            this.gates = gates;
            this.previous = previous;
            this.previousOut = previousOut;
            this.previousErr = previousErr;
        }

        static void install(ThreadGroup gates, GateOutput capture) {
            PrintStream out = capture.previousOut;
            PrintStream err = capture.previousErr;
            LeftThreads outFilter = new LeftThreads(gates, out, out, err);
            LeftThreads errFilter = new LeftThreads(gates, err, out, err);
            PrintStream filteredOut = new PrintStream(outFilter, true, StandardCharsets.UTF_8);
            PrintStream filteredErr = new PrintStream(errFilter, true, StandardCharsets.UTF_8);
            PrintStream[] both = {filteredOut, filteredErr};
            outFilter.installed = both;
            errFilter.installed = both;
            swap(capture.out, filteredOut, capture.err, filteredErr);
        }

        private boolean fromGates() {
            ThreadGroup group = Thread.currentThread().getThreadGroup();
            return group != null && gates.parentOf(group);
        }

        private void giveBackWhenDone() {
            if (gates.activeCount() > 0) {
                return;
            }
            PrintStream[] both = installed;
            if (both.length == 2) {
                swap(both[0], previousOut, both[1], previousErr);
            }
        }

        @Override
        public void write(int b) {
            if (fromGates()) {
                return;
            }
            giveBackWhenDone();
            previous.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            Objects.checkFromIndexSize(offset, length, bytes.length);
            if (fromGates()) {
                return;
            }
            giveBackWhenDone();
            previous.write(bytes, offset, length);
        }

        @Override
        public void flush() {
            if (!fromGates()) {
                previous.flush();
            }
        }
    }

    /** The bytes of one stream, cut into lines, each scrubbed and escaped before it is passed on. */
    private static final class Lines extends OutputStream {

        private final FindingScrubber scrubber;
        private final Consumer<String> lines;
        private final PrintStream previous;
        /** Whether this thread is in the consumer, whose own printing (a build log on System.out) goes through. */
        private final ThreadLocal<Boolean> passingOn;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();
        private long dropped;

        Lines(FindingScrubber scrubber, Consumer<String> lines, PrintStream previous, ThreadLocal<Boolean> passingOn) {
            this.scrubber = scrubber;
            this.lines = lines;
            this.previous = previous;
            this.passingOn = passingOn;
        }

        @Override
        public void flush() {
            if (passingOn.get()) {
                previous.flush();
            }
        }

        @Override
        public synchronized void write(int b) {
            if (passingOn.get()) {
                previous.write(b);
            } else if (b == '\n') {
                finish();
            } else if (line.size() < MAX_LINE * 4) {
                line.write(b);
            } else {
                dropped++;
            }
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) {
            Objects.checkFromIndexSize(offset, length, bytes.length);
            for (int i = offset; i < offset + length; i++) {
                write(bytes[i]);
            }
        }

        /** Passes on the line so far, if any. */
        synchronized void finish() {
            if (line.size() == 0 && dropped == 0) {
                return;
            }
            String text = line.toString(StandardCharsets.UTF_8);
            boolean tooLong = dropped > 0 || text.length() > MAX_LINE;
            line.reset();
            dropped = 0;
            if (text.endsWith("\r")) {
                text = text.substring(0, text.length() - 1);
            }
            text = COLOURS.matcher(text).replaceAll(""); // a logger's colours, shown escaped, would be noise
            passingOn.set(true);
            try {
                lines.accept(tooLong ? "(a line longer than " + MAX_LINE + " characters printed by a gate, not shown)"
                        : ProblemList.escape(scrubber.scrubText(text)));
            } finally {
                passingOn.set(false);
            }
        }
    }
}
