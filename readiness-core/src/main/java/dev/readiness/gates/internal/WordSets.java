package dev.readiness.gates.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** Building the immutable word sets the gates' vocabularies are made of. Stateless and thread-safe. */
public final class WordSets {

    private WordSets() {
    }

    /**
     * The words of all the parts, each once.
     *
     * @param parts collections of words; not retained
     * @return an immutable set of every word of every part
     */
    @SafeVarargs
    public static Set<String> union(Collection<String>... parts) {
        Set<String> all = new HashSet<>();
        for (Collection<String> part : parts) {
            all.addAll(part);
        }
        return Set.copyOf(all);
    }
}
