package dev.readiness;

import dev.readiness.internal.FindingScrubber;
import dev.readiness.render.ProblemList;
import dev.readiness.settings.Settings;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
 */
public final class GateOutput implements AutoCloseable {

    private static final java.util.regex.Pattern COLOURS = java.util.regex.Pattern.compile("\\x1b\\[[0-9;]*m");

    /** The longest line passed on, in characters. */
    public static final int MAX_LINE = 1 << 16;

    private final PrintStream previousOut;
    private final PrintStream previousErr;
    private final PrintStream out;
    private final PrintStream err;
    private final Lines outLines;
    private final Lines errLines;

    private GateOutput(FindingScrubber scrubber, Consumer<String> lines) {
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
