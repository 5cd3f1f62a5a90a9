package dev.readiness.cli;

import dev.readiness.Stage;
import dev.readiness.Status;
import dev.readiness.Waiver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The options of {@code readiness check}, as parsed; every list keeps command-line order. Not thread-safe.
 */
final class CheckOptions {

    Stage stage = Stage.PRODUCTION;
    Options.Format format = Options.Format.TEXT;
    @Nullable Status failOn;
    final List<Waiver> waivers = new ArrayList<>();
    final List<String> requiredKeys = new ArrayList<>();
    boolean includeEnvironment;
    @Nullable Duration gateTimeout;
    @Nullable Duration deadline;
    boolean noFilePolicy;
    final List<Source> sources = new ArrayList<>();

    /**
     * A settings file named on the command line.
     *
     * @param option the option that named it, {@code --env-file} or {@code --properties}
     * @param file the file as given
     */
    record Source(String option, String file) {

        boolean dotenv() {
            return option.equals(Arguments.ENV_FILE);
        }
    }
}
