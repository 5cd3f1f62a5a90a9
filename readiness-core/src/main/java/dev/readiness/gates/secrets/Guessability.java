package dev.readiness.gates.secrets;

import java.util.List;

/**
 * Estimates how many guesses, in bits, an attacker who knows how people make secrets needs for a value: words,
 * keyboard walks, repeats, sequences and dates cost far less than their length suggests. Random characters cost
 * what their alphabet gives them ({@code log2} of its size each), so a random value scores its full entropy and a
 * made-up one scores low.
 *
 * <p>{@link #detect()} uses zxcvbn4j ({@code com.nulab-inc:zxcvbn}) when the application has it on its class path,
 * and the built-in estimator otherwise. Implementations are immutable and thread-safe.
 */
public interface Guessability {

    /**
     * Estimates the guesses needed for a value, in bits.
     *
     * @param value the value; not retained
     * @return the estimate in bits, never negative
     */
    double estimateBits(String value);

    /**
     * Estimates the guesses needed for a value by an attacker who also knows some words of its context (the
     * project, user or host names of the configuration it sits in), in bits. zxcvbn matches these words as it
     * matches its dictionaries, with case changes and letter substitutions; the built-in estimator ignores them.
     *
     * @param value the value; not retained
     * @param userInputs lower-case words the attacker knows; not retained
     * @return the estimate in bits, never negative and never above {@link #estimateBits(String)}
     */
    default double estimateBits(String value, List<String> userInputs) {
        return estimateBits(value);
    }

    /**
     * The name of the estimator, for documentation and diagnostics: {@code zxcvbn} or {@code built-in}.
     *
     * @return the name
     */
    String name();

    /**
     * The built-in estimator: repeats, sequences, keyboard walks (QWERTY), a small list of common words and
     * passwords (with common letter substitutions), and dates, matched greedily from left to right.
     *
     * @return the built-in estimator
     */
    static Guessability builtIn() {
        return BuiltInGuessability.INSTANCE;
    }

    /**
     * zxcvbn4j when it is on the class path (its dictionaries are loaded once, on first use), otherwise the
     * built-in estimator. With zxcvbn, the built-in estimator also knows zxcvbn's dictionaries for values of up to
     * 40 characters, and zxcvbn itself judges values of up to 16 characters (the length of made-up passwords; its
     * cost grows steeply with length); the lower estimate wins.
     *
     * @return the best estimator available
     */
    static Guessability detect() {
        return ZxcvbnGuessability.isAvailable() ? ZxcvbnGuessability.INSTANCE : BuiltInGuessability.INSTANCE;
    }
}
