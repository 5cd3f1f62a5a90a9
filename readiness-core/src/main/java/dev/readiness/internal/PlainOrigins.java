package dev.readiness.internal;

import dev.readiness.settings.Origin;
import java.util.Objects;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Whether an origin is just a file's line (and column), {@code prod.env:3}, with no route of placeholders after it:
 * such an origin's description is its file name and numbers, so a search for a route ({@code " via "}) needs only its
 * file name, and its description need not be made. The origins of most settings are such; {@link ReferencedValues}
 * asks this of every setting and every finding of a check.
 *
 * <p>Not API. Thread-safe.
 */
public final class PlainOrigins {

    /** Set by {@link Origin} as it initializes, so before any origin exists; {@code null} only until then. */
    private static volatile @Nullable Predicate<Origin> plain;
    private static volatile boolean installed;

    private PlainOrigins() {
    }

    /**
     * Whether an origin's description is exactly {@code file:line} or {@code file:line:column}.
     *
     * @param origin an origin
     * @return {@code true} when it is a plain file origin
     */
    public static boolean isPlainFile(Origin origin) {
        Predicate<Origin> test = plain;
        return test != null && test.test(origin);
    }

    /**
     * The length of a plain file origin's description, without making it.
     *
     * @param file the file name
     * @param line the line
     * @param column the column, or 0
     * @return the length of {@code file:line} or {@code file:line:column}
     */
    public static int descriptionLength(String file, int line, int column) {
        return file.length() + 1 + digits(line) + (column > 0 ? 1 + digits(column) : 0);
    }

    private static int digits(int number) {
        int digits = 1;
        for (int rest = number; rest >= 10; rest /= 10) {
            digits++;
        }
        return digits;
    }

    /**
     * Installs the test; called once, by {@link Origin} as it loads.
     *
     * @param test whether an origin is a plain file origin
     * @throws IllegalStateException when a test is already installed
     */
    public static synchronized void install(Predicate<Origin> test) {
        if (installed) {
            throw new IllegalStateException("the plain-origin test is installed once, by Origin");
        }
        plain = Objects.requireNonNull(test, "test");
        installed = true;
    }
}
