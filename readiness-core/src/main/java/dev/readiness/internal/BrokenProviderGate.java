package dev.readiness.internal;

import dev.readiness.Finding;
import dev.readiness.Gate;
import dev.readiness.GateContext;
import dev.readiness.Outcome;
import dev.readiness.Severity;
import dev.readiness.settings.Origin;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stands in for a gate that {@link java.util.ServiceLoader} could not load (class missing, constructor throwing,
 * not a {@link Gate}): it reports a NO-GO {@code gate.failed} naming the provider class, so a broken registration
 * is a visible failure instead of a silently missing check. Immutable and thread-safe.
 */
public final class BrokenProviderGate implements Gate {

    private static final Pattern PROVIDER = Pattern.compile(
            "(?:Provider ([\\p{javaJavaIdentifierPart}.$]+))|(?:: ([\\p{javaJavaIdentifierPart}.$]+) not a subtype)");

    private final String id;
    private final String provider;
    private final String problem;

    private BrokenProviderGate(String id, String provider, String problem) {
        this.id = id;
        this.provider = provider;
        this.problem = problem;
    }

    /**
     * A stand-in for the provider a {@link java.util.ServiceConfigurationError} is about.
     *
     * @param error the error {@link java.util.ServiceLoader} threw
     * @param number distinguishes several broken providers of the same name (1 for the first)
     * @return the stand-in gate
     */
    public static BrokenProviderGate of(Throwable error, int number) {
        String message = String.valueOf(error.getMessage());
        Matcher matcher = PROVIDER.matcher(message);
        String provider = "unknown provider";
        if (matcher.find()) {
            provider = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
        }
        String problem;
        if (message.contains("not found")) {
            problem = "its class was not found on the class path";
        } else if (message.contains("not a subtype")) {
            problem = "it does not implement dev.readiness.Gate";
        } else if (message.contains("could not be instantiated") || message.contains("Unable to get public no-arg")
                || message.contains("must be public")) {
            problem = "it could not be instantiated"
                    + (error.getCause() == null ? "" : " (its constructor threw " + error.getCause().getClass().getName() + ")");
        } else {
            problem = "the service registration could not be read (" + error.getClass().getSimpleName() + ")";
        }
        String id = "gate.provider." + idPart(provider) + (number > 1 ? "-" + number : "");
        return new BrokenProviderGate(id, provider, problem);
    }

    /**
     * A stand-in for a registered gate that could not be constructed or has no valid id, so that one gate's
     * mistake is its own NO-GO instead of a failure of the whole run.
     *
     * @param provider the provider class name
     * @param number distinguishes several such gates of the same class (1 for the first)
     * @param problem what went wrong, without any exception message
     * @return the stand-in gate
     */
    public static BrokenProviderGate named(String provider, int number, String problem) {
        String id = "gate.provider." + idPart(provider) + (number > 1 ? "-" + number : "");
        return new BrokenProviderGate(id, provider, problem);
    }

    private static String idPart(String provider) {
        String part = provider.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-")
                .replaceAll("\\.+", ".").replaceAll("(^[.-]+)|([.-]+$)", "").replaceAll("-?\\.-?", ".");
        return part.isEmpty() ? "unknown" : part;
    }

    @Override
    public Outcome check(GateContext context) {
        return Outcome.of(Finding.of(Severity.NO_GO, "gate.failed", provider)
                .origin(Origin.of("META-INF/services/dev.readiness.Gate"))
                .message("The gate " + provider + " registered for ServiceLoader could not be loaded: " + problem
                        + ", so its checks could not be judged.")
                .remediation("Fix or remove the line naming " + provider
                        + " in META-INF/services/dev.readiness.Gate; a gate needs a public no-arg constructor.")
                .build());
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String description() {
        return "Stands in for the gate " + provider + ", which could not be loaded";
    }

    /**
     * The provider class that could not be loaded, as the service registration names it.
     *
     * @return the class name, or {@code unknown provider}
     */
    public String provider() {
        return provider;
    }

    @Override
    public String toString() {
        return "BrokenProviderGate[" + provider + "]";
    }
}
