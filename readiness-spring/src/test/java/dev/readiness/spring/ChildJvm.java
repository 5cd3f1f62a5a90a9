package dev.readiness.spring;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Starts a class of the tests in a JVM of its own, with the tests' class path, and observes what an orchestrator
 * would see of it: the exit status and everything it printed. For the tests whose subject is how the JVM ends.
 */
public final class ChildJvm {

    private ChildJvm() {
    }

    /**
     * How the JVM ended.
     *
     * @param exitCode its exit status
     * @param output standard output and error, interleaved, as UTF-8
     */
    public record Result(int exitCode, String output) {
    }

    /**
     * Starts {@code main} with {@code args} and waits up to 90 seconds for the JVM to end.
     *
     * @param jar a jar placed before the tests' class path, or {@code null}
     * @param jvmOptions options of the JVM, before the class path
     * @param main the class to run
     * @param args its arguments
     * @param environment edits the child's environment, a copy of this process's
     * @return how it ended
     * @throws IOException when the JVM cannot be started
     * @throws InterruptedException when interrupted while waiting
     */
    public static Result run(@Nullable Path jar, List<String> jvmOptions, Class<?> main, List<String> args,
            Consumer<Map<String, String>> environment) throws IOException, InterruptedException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        if (jar != null) {
            classPath = jar + File.pathSeparator + classPath;
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xshare:auto",
                "-XX:TieredStopAtLevel=1"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath, main.getName()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        environment.accept(builder.environment());
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(main.getSimpleName() + " did not exit");
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
