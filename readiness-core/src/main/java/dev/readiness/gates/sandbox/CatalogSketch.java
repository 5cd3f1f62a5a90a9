package dev.readiness.gates.sandbox;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * What the built-in provider catalog could match, written at build time into its index so a boot can tell, without
 * decoding a single provider, that a host, key word, credential prefix, mode switch or test value concerns none of
 * them: the {@link String#hashCode() hash codes} of every exact host, host suffix ({@code *.suffix}) and test-path
 * host, of every first key word, credential prefix, mode-switch key and value and documented test value, and the
 * few host patterns with other wildcards as written. A lookup the sketch answers "no" for finds nothing in the
 * catalog either (the catalog looks up the very strings whose hashes the sketch holds); a "maybe" (a hit, or a hash
 * collision) sends the lookup to the catalog itself. Immutable and thread-safe.
 */
final class CatalogSketch {

    private final int providerCount;
    private final Hashes hosts;
    private final String[] globs;
    private final Hashes words;
    private final Hashes prefixes;
    private final boolean[] prefixLengths;
    private final Hashes modeKeys;
    private final Hashes modeValues;
    private final Hashes testValues;

    private CatalogSketch(int providerCount, int[] hosts, String[] globs, int[] words, int[] prefixes,
            int[] modeKeys, int[] modeValues, int[] testValues, int[] prefixLengthList) {
        this.providerCount = providerCount;
        this.hosts = new Hashes(hosts);
        this.globs = globs;
        this.words = new Hashes(words);
        this.prefixes = new Hashes(prefixes);
        this.modeKeys = new Hashes(modeKeys);
        this.modeValues = new Hashes(modeValues);
        this.testValues = new Hashes(testValues);
        int longest = 0;
        for (int length : prefixLengthList) {
            longest = Math.max(longest, length);
        }
        this.prefixLengths = new boolean[longest + 1];
        for (int length : prefixLengthList) {
            prefixLengths[length] = true;
        }
    }

    /** How many providers the catalog holds. */
    int providerCount() {
        return providerCount;
    }

    /** Whether {@link ProviderCatalog#host(String)} could find a rule for a host. */
    boolean mayMatchHost(String host) {
        if (contains(hosts, host.hashCode())) {
            return true;
        }
        for (int dot = host.indexOf('.'); dot >= 0; dot = host.indexOf('.', dot + 1)) {
            if (contains(hosts, suffixHash(host, dot))) {
                return true;
            }
        }
        for (String glob : globs) {
            if (Glob.matches(glob, host)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a host could have test paths ({@link ProviderCatalog#testPath(String, String)}). */
    boolean mayHaveTestPaths(String host) {
        return contains(hosts, host.hashCode());
    }

    /** Whether any of a key's words could start the key words of a provider. */
    boolean mayNameProvider(List<String> keyWords) {
        for (int i = 0; i < keyWords.size(); i++) {
            if (contains(words, keyWords.get(i).hashCode())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a value could start with a credential prefix: the hash of each of its leading runs of a prefix's length. */
    boolean mayHaveCredentialPrefix(String value) {
        int end = Math.min(value.length(), prefixLengths.length - 1);
        int hash = 0;
        for (int i = 0; i < end; i++) {
            hash = 31 * hash + value.charAt(i);
            if (prefixLengths[i + 1] && contains(prefixes, hash)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a canonical key could be a provider's mode switch. */
    boolean mayBeModeKey(String canonicalKey) {
        return contains(modeKeys, canonicalKey.hashCode());
    }

    /** Whether a lower-case value could be one a provider's mode switch reacts to. */
    boolean mayBeModeValue(String lowerCaseValue) {
        return contains(modeValues, lowerCaseValue.hashCode());
    }

    /** Whether a value could be a documented test value. */
    boolean mayBeTestValue(String value) {
        return contains(testValues, value.hashCode());
    }

    /** {@code host.substring(dot).hashCode()}, without the substring. */
    private static int suffixHash(String host, int dot) {
        int hash = 0;
        for (int i = dot; i < host.length(); i++) {
            hash = 31 * hash + host.charAt(i);
        }
        return hash;
    }

    private static boolean contains(Hashes hashes, int hash) {
        return hashes.contains(hash);
    }

    /**
     * A sorted set of hash codes behind a one-probe bit filter: most lookups (a value no prefix starts, a key word
     * no provider uses) are answered "no" by one bit, without the binary search; a set bit is confirmed by it.
     * About 16 bits per hash keep false hits near one in sixteen.
     */
    private static final class Hashes {

        private final int[] sorted;
        private final long[] bits;
        private final int shift;

        Hashes(int[] sorted) {
            this.sorted = sorted;
            int log = 6;
            while ((1 << log) < sorted.length * 16 && log < 20) {
                log++;
            }
            this.bits = new long[1 << (log - 6)];
            this.shift = 32 - log;
            for (int hash : sorted) {
                int bit = bit(hash);
                bits[bit >>> 6] |= 1L << bit;
            }
        }

        private int bit(int hash) {
            return (hash * 0x9E3779B9) >>> shift;
        }

        boolean contains(int hash) {
            int bit = bit(hash);
            return (bits[bit >>> 6] & (1L << bit)) != 0 && Arrays.binarySearch(sorted, hash) >= 0;
        }
    }

    /**
     * Reads what {@link CatalogIndexWriter#writeSketch} wrote; throws on anything else, and the catalog is then read
     * whole.
     */
    static CatalogSketch read(CatalogIndex.Cursor in) throws IOException {
        int providerCount = in.readInt();
        int[] hosts = in.readInts();
        int[] words = in.readInts();
        int[] prefixes = in.readInts();
        int[] lengths = in.readInts();
        int[] modeKeys = in.readInts();
        int[] modeValues = in.readInts();
        int[] testValues = in.readInts();
        String[] globs = new String[in.readInt()];
        for (int i = 0; i < globs.length; i++) {
            globs[i] = in.readUtf();
        }
        return new CatalogSketch(providerCount, hosts, globs, words, prefixes, modeKeys, modeValues, testValues,
                lengths);
    }
}
