package dev.readiness.gates.database;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What {@link DatabaseUrl#parse(String)} returns: either a parsed {@link DatabaseUrl} or a precise error saying
 * what is wrong (and where, as a character position), never quoting the value. Immutable and thread-safe.
 */
public final class ParseResult {

    private final @Nullable DatabaseUrl url;
    private final @Nullable String error;

    private ParseResult(@Nullable DatabaseUrl url, @Nullable String error) {
        this.url = url;
        this.error = error;
    }

    static ParseResult success(DatabaseUrl url) {
        return new ParseResult(Objects.requireNonNull(url, "url"), null);
    }

    static ParseResult failure(String error) {
        return new ParseResult(null, Objects.requireNonNull(error, "error"));
    }

    /**
     * Whether the text parsed.
     *
     * @return {@code true} when {@link #url()} holds the result
     */
    public boolean isValid() {
        return url != null;
    }

    /**
     * The parsed URL.
     *
     * @return the URL, or empty when the text did not parse
     */
    public Optional<DatabaseUrl> url() {
        return Optional.ofNullable(url);
    }

    /**
     * Why the text did not parse, e.g. {@code port is not a number between 1 and 65535 (at character 24)}; never
     * contains any part of the text.
     *
     * @return the error, or empty when the text parsed
     */
    public Optional<String> error() {
        return Optional.ofNullable(error);
    }

    @Override
    public String toString() {
        return url != null ? "ParseResult[" + url + "]" : "ParseResult[error=" + error + "]";
    }
}
