package dev.readiness.gates.sandbox;

import dev.readiness.settings.RelaxedNames;
import java.util.List;

/**
 * Splits setting keys into lower-case words: {@link RelaxedNames#words(String)}, which the gate calls for every
 * candidate key.
 */
final class KeyWords {

    private KeyWords() {
    }

    static List<String> of(String key) {
        return RelaxedNames.words(key);
    }
}
