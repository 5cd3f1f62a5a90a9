package dev.readiness.maven;

import dev.readiness.Gate;
import dev.readiness.Outcome;
import dev.readiness.Stage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Run in its own JVM by {@link FortySixthPassLeadMavenExitTests}: judges a project as the goal does, with one gate of
 * a plugin dependency that ends the JVM as its first argument says ({@code exit}: {@code System.exit(0)} on the
 * gate's thread, {@code thread-exit}: on a thread the gate starts, anything else returns GO), then prints
 * {@code check finished} and ends normally.
 */
public final class ExitingGateCheck {

    private ExitingGateCheck() {
    }

    public static void main(String[] args) throws Exception {
        String how = args[0];
        Path project = Files.createTempDirectory("exiting-gate");
        Path resources = Files.createDirectories(project.resolve("src/main/resources"));
        Files.writeString(resources.resolve("application.properties"), "app.name=orders\n");
        Gate gate = Gate.of("acme.exiting", "ends the JVM", context -> {
            if (how.equals("exit")) {
                System.exit(0);
            }
            if (how.equals("thread-exit")) {
                Thread own = new Thread(() -> System.exit(0), "acme-client");
                own.start();
                own.join();
            }
            return Outcome.go();
        });
        ProjectCheck check = new ProjectCheck(project, List.of(), List.of(), List.of(), null, null, Stage.PRODUCTION,
                null, List.of(), true);
        ProjectCheck.Result result = check.run(line -> System.out.println("gate printed: " + line), List.of(gate));
        System.out.println("check finished: " + result.report().verdict());
    }
}
