package dev.readiness;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The runner's enforcement policy: which status blocks ({@code fail-on}) and which findings are waived. Gates
 * judge; the policy decides what their judgement means for this stage. Immutable and thread-safe.
 *
 * <p>A waiver whose expiry lies beyond the {@linkplain #waiverHorizon() waiver horizon} (default one year from the
 * run's date) is rejected: it applies to nothing and is reported as {@code waiver.beyond-horizon}. Findings of the
 * runner ({@code gate.*}), of fact contributors ({@code facts.*}) and of the stage check ({@code stage.*}) cannot be
 * waived; a waiver naming one is reported as {@code waiver.not-allowed}.
 */
public final class Policy {

    /** How far ahead a waiver may expire by default: one year. */
    public static final Period DEFAULT_WAIVER_HORIZON = Period.ofYears(1);

    private static final Policy DEFAULT = new Policy(null, List.of(), DEFAULT_WAIVER_HORIZON);

    private final @Nullable Status failOn;
    private final List<Waiver> waivers;
    private final Period waiverHorizon;

    private Policy(@Nullable Status failOn, List<Waiver> waivers, Period waiverHorizon) {
        this.failOn = failOn;
        this.waivers = List.copyOf(waivers);
        this.waiverHorizon = waiverHorizon;
    }

    /**
     * The default policy: NO-GO blocks in staging and production, nothing blocks in development and test, no
     * waivers.
     *
     * @return the default policy
     */
    public static Policy defaults() {
        return DEFAULT;
    }

    /**
     * A builder; mutable and not thread-safe.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The explicit {@code fail-on}, if set.
     *
     * @return the threshold, or empty to use the stage's default
     */
    public Optional<Status> failOn() {
        return Optional.ofNullable(failOn);
    }

    /**
     * The lowest status that blocks in a stage: the explicit {@code fail-on}, else NO-GO where the stage enforces by
     * default.
     *
     * @param stage the stage
     * @return the threshold, or empty when nothing blocks
     */
    public Optional<Status> failOnFor(Stage stage) {
        if (failOn != null) {
            return Optional.of(failOn);
        }
        return stage.enforcesByDefault() ? Optional.of(Status.NO_GO) : Optional.empty();
    }

    /**
     * The waivers.
     *
     * @return the waivers
     */
    public List<Waiver> waivers() {
        return waivers;
    }

    /**
     * How far after the run's date a waiver may expire; a waiver expiring later is rejected.
     *
     * @return the horizon
     */
    public Period waiverHorizon() {
        return waiverHorizon;
    }

    /**
     * Builds a {@link Policy}; mutable and not thread-safe.
     */
    public static final class Builder {

        private @Nullable Status failOn;
        private final List<Waiver> waivers = new ArrayList<>();
        private Period waiverHorizon = DEFAULT_WAIVER_HORIZON;

        private Builder() {
        }

        /**
         * Sets how far ahead of the run's date a waiver may expire (default {@link #DEFAULT_WAIVER_HORIZON}).
         *
         * @param waiverHorizon a positive period
         * @return this builder
         * @throws IllegalArgumentException when the period is zero or negative
         */
        public Builder waiverHorizon(Period waiverHorizon) {
            Objects.requireNonNull(waiverHorizon, "waiverHorizon");
            if (waiverHorizon.isZero() || waiverHorizon.isNegative()) {
                throw new IllegalArgumentException("waiverHorizon must be positive, but was " + waiverHorizon);
            }
            this.waiverHorizon = waiverHorizon;
            return this;
        }

        /**
         * Sets the lowest status that blocks, whatever the stage.
         *
         * @param failOn {@link Status#WARN} or {@link Status#NO_GO}
         * @return this builder
         * @throws IllegalArgumentException for {@link Status#GO}, which would block every run
         */
        public Builder failOn(Status failOn) {
            Objects.requireNonNull(failOn, "failOn");
            if (failOn == Status.GO) {
                throw new IllegalArgumentException("fail-on must be warn or no-go, but was go");
            }
            this.failOn = failOn;
            return this;
        }

        /**
         * Adds a waiver.
         *
         * @param waiver the waiver
         * @return this builder
         */
        public Builder waiver(Waiver waiver) {
            waivers.add(Objects.requireNonNull(waiver, "waiver"));
            return this;
        }

        /**
         * Adds waivers.
         *
         * @param waivers the waivers
         * @return this builder
         */
        public Builder waivers(Iterable<Waiver> waivers) {
            waivers.forEach(this::waiver);
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the policy
         */
        public Policy build() {
            return failOn == null && waivers.isEmpty() && waiverHorizon.equals(DEFAULT_WAIVER_HORIZON) ? DEFAULT
                    : new Policy(failOn, waivers, waiverHorizon);
        }
    }
}
