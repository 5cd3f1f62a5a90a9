package dev.readiness.spring.autoconfigure;

import java.util.Locale;
import java.util.function.Consumer;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * What the start's {@link dev.readiness.ExitGuard} logs when a gate, a gate's constructor, a fact
 * contributor or a thread one of them started calls {@code System.exit} while the gates judge the start (forty-fifth
 * pass; before, the service ended with the gate's status, 0 for {@code System.exit(0)}, and no report): the JVM then
 * ends with {@code readiness.exit-code}. Thread-safe.
 */
final class ExitRefusal implements Consumer<String> {

    private static final Log log = LogFactory.getLog(ReadinessRunListener.class);

    private final int exitCode;

    ExitRefusal(int exitCode) {
        this.exitCode = exitCode;
    }

    @Override
    public void accept(String exit) {
        log.error(String.format(Locale.ROOT, "readiness refused start-up: %s while the gates judged the start; the"
                + " JVM ends with %d, not the status the gate asked for, since a gate that ends the JVM is a NO-GO.",
                exit, exitCode));
    }
}
