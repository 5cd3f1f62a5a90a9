package dev.readiness;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where a service is about to run. The stage decides enforcement: by default {@link #STAGING} and
 * {@link #PRODUCTION} abort on NO-GO, {@link #DEVELOPMENT} and {@link #TEST} only report. Immutable and thread-safe.
 */
public enum Stage {

    /** A developer's machine. */
    DEVELOPMENT,

    /** Automated tests and CI. */
    TEST,

    /** A pre-production environment; sandbox endpoints are expected here. */
    STAGING,

    /** Real users, real data, real money. */
    PRODUCTION;

    private static final Map<String, Stage> ALIASES = Map.ofEntries(
            Map.entry("development", DEVELOPMENT), Map.entry("dev", DEVELOPMENT), Map.entry("local", DEVELOPMENT),
            Map.entry("test", TEST), Map.entry("testing", TEST), Map.entry("ci", TEST),
            Map.entry("staging", STAGING), Map.entry("stage", STAGING), Map.entry("stg", STAGING),
            Map.entry("preprod", STAGING), Map.entry("pre-production", STAGING), Map.entry("uat", STAGING),
            Map.entry("production", PRODUCTION), Map.entry("prod", PRODUCTION), Map.entry("prd", PRODUCTION),
            Map.entry("live", PRODUCTION));

    /**
     * The lower-case name used in properties, JSON and on the command line, e.g. {@code production}.
     *
     * @return the identifier
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether a NO-GO aborts in this stage when {@code fail-on} is not set.
     *
     * @return {@code true} for staging and production
     */
    public boolean enforcesByDefault() {
        return this == STAGING || this == PRODUCTION;
    }

    /**
     * Parses a stage name strictly: {@code development}, {@code test}, {@code staging} or {@code production},
     * in any case.
     *
     * @param text the text to parse
     * @return the stage
     * @throws IllegalArgumentException naming the text and the accepted names
     */
    public static Stage parse(String text) {
        String normalized = text.trim().toLowerCase(Locale.ROOT);
        for (Stage stage : values()) {
            if (stage.id().equals(normalized)) {
                return stage;
            }
        }
        throw new IllegalArgumentException(
                "stage must be one of development, test, staging, production, but was '" + text + "'");
    }

    /**
     * Recognizes a stage from a common environment or profile name ({@code prod}, {@code live}, {@code stage},
     * {@code uat}, {@code dev}, {@code local}, {@code ci}, …), as profiles and {@code APP_ENV}-style variables
     * name them.
     *
     * @param name a profile or environment name
     * @return the stage it names, or empty when it names none
     */
    public static Optional<Stage> fromAlias(String name) {
        return Optional.ofNullable(ALIASES.get(name.trim().toLowerCase(Locale.ROOT)));
    }
}
