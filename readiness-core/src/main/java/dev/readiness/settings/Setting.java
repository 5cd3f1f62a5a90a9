package dev.readiness.settings;

import java.util.Objects;

/**
 * One configuration value with its key and origin. Immutable and thread-safe.
 *
 * <p>{@link #toString()} prints the key and origin, never the value, so a setting can be logged or put in an
 * exception message safely. Only {@link #value()} gives the value; gates must not copy it into a finding.
 */
public final class Setting {

    private final String key;
    private final String value;
    private final Origin origin;
    private final String canonicalKey;

    private Setting(String key, String value, Origin origin) {
        this.key = key;
        this.canonicalKey = RelaxedNames.canonical(key);
        this.value = value;
        this.origin = origin;
    }

    /**
     * Creates a setting.
     *
     * @param key the key as written where it came from, e.g. {@code JWT_SECRET} or {@code jwt.secret}
     * @param value the value, possibly empty
     * @param origin where it came from
     * @return the setting
     */
    public static Setting of(String key, String value, Origin origin) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(origin, "origin");
        return new Setting(key, value, origin);
    }

    /**
     * The key as written where the value came from.
     *
     * @return the key
     */
    public String key() {
        return key;
    }

    /**
     * The key in canonical form (see {@link RelaxedNames#canonical(String)}), used to match keys the way
     * Spring's relaxed binding does.
     *
     * @return the canonical key
     */
    public String canonicalKey() {
        return canonicalKey;
    }

    /**
     * The raw value. Never put it, or any part of it, into a finding, log or exception.
     *
     * @return the value
     */
    public String value() {
        return value;
    }

    /**
     * Where the value came from.
     *
     * @return the origin
     */
    public Origin origin() {
        return origin;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Setting that && key.equals(that.key) && value.equals(that.value)
                && origin.equals(that.origin);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, value, origin);
    }

    @Override
    public String toString() {
        return key + " (" + origin + ")";
    }
}
