package dev.readiness.gates.secrets;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A catalog of secrets that frameworks, starters, templates, docker images and tutorials publish as defaults or
 * samples. However random such a value looks, it is public. Immutable and thread-safe.
 *
 * <p>The catalog is a UTF-8 text file, one entry a line, three fields separated by tabs:
 * <pre>
 * # comment
 * text    minioadmin    MinIO: default MINIO_ROOT_PASSWORD (https://min.io/docs/...)
 * prefix  django-insecure-    Django: startproject's development SECRET_KEY
 * sha256  5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8    Our old staging secret
 * </pre>
 * {@code text} entries match exactly, ignoring case when shorter than 16 characters (short defaults such as
 * {@code Admin} are no better in another case); {@code prefix} entries match values that start with them;
 * {@code sha256} entries match values whose UTF-8 bytes have that SHA-256 digest (lower-case hex), for entries a
 * team would rather not keep in plain text. In {@code text} and {@code prefix} values, {@code \t}, {@code \\} and
 * {@code \xNN} are escapes. The third field names the public source of the value.
 */
public final class PublishedDefaults {

    /** Where the built-in catalog lives on the class path. */
    public static final String BUILT_IN_RESOURCE = "/dev/readiness/gates/secrets/published-defaults.tsv";

    private static final int CASE_SENSITIVE_LENGTH = 16;

    private static final PublishedDefaults EMPTY = new PublishedDefaults(new Tables(Map.of(), Map.of(), Map.of(),
            List.of(), List.of()));

    private static final PublishedDefaults BUILT_IN = onFirstUse(BUILT_IN_RESOURCE);

    private final @Nullable Supplier<Tables> loader;
    private volatile @Nullable Tables tables;

    /**
     * Where a catalog lists a value, and the public source it names. Neither holds the value.
     * Immutable and thread-safe.
     *
     * @param location the catalog file and line, e.g. {@code published-defaults.tsv:42}
     * @param source the public source the entry names
     */
    public record Entry(String location, String source) {
    }

    private record Prefix(String prefix, Entry entry) {
    }

    private record Tables(Map<String, Entry> exact, Map<String, Entry> caseInsensitive, Map<String, Entry> hashes,
            List<Prefix> prefixes, List<String> plainTexts) {
    }

    private PublishedDefaults(Tables tables) {
        this.loader = null;
        this.tables = tables;
    }

    /** A catalog read on first use: a boot whose settings hold no secret value never reads it. */
    private PublishedDefaults(Supplier<Tables> loader) {
        this.loader = loader;
    }

    private Tables tables() {
        Tables loaded = tables;
        if (loaded == null) {
            synchronized (this) {
                loaded = tables;
                if (loaded == null) {
                    loaded = Objects.requireNonNull(loader, "loader").get();
                    tables = loaded;
                }
            }
        }
        return loaded;
    }

    /**
     * The catalog shipped with readiness ({@value #BUILT_IN_RESOURCE}), read on first use.
     *
     * @return the built-in catalog
     */
    public static PublishedDefaults builtIn() {
        return BUILT_IN;
    }

    /**
     * A catalog with no entries.
     *
     * @return the empty catalog
     */
    public static PublishedDefaults empty() {
        return EMPTY;
    }

    /**
     * Reads a catalog file.
     *
     * @param file the file
     * @return the catalog
     * @throws CatalogException naming the file, and the line when an entry is malformed
     */
    public static PublishedDefaults load(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader, file.toString());
        } catch (IOException | UncheckedIOException e) {
            throw new CatalogException(file.toString(), 0, "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * Parses a catalog.
     *
     * @param reader the catalog text
     * @param name how to name the source in errors
     * @return the catalog
     * @throws CatalogException naming the source and line of a malformed entry
     */
    public static PublishedDefaults parse(Reader reader, String name) {
        return new PublishedDefaults(tables(reader, name));
    }

    private static Tables tables(Reader reader, String name) {
        Map<String, Entry> exact = new HashMap<>();
        Map<String, Entry> caseInsensitive = new HashMap<>();
        Map<String, Entry> hashes = new HashMap<>();
        List<Prefix> prefixes = new ArrayList<>();
        List<String> plainTexts = new ArrayList<>();
        String shortName = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        BufferedReader lines = reader instanceof BufferedReader buffered ? buffered : new BufferedReader(reader);
        int number = 0;
        try {
            String line;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank() || line.stripLeading().startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (fields.length < 3 || fields[1].isEmpty() || fields[2].isBlank()) {
                    throw new CatalogException(name, number,
                            "must be three tab-separated fields: kind (text, prefix or sha256), value, source");
                }
                String kind = fields[0].trim().toLowerCase(Locale.ROOT);
                Entry source = new Entry(shortName + ":" + number, fields[2].trim());
                switch (kind) {
                    case "text" -> {
                        String value = unescape(fields[1], name, number);
                        plainTexts.add(value);
                        if (value.length() < CASE_SENSITIVE_LENGTH) {
                            caseInsensitive.putIfAbsent(value.toLowerCase(Locale.ROOT), source);
                        } else {
                            exact.putIfAbsent(value, source);
                        }
                    }
                    case "prefix" -> {
                        String value = unescape(fields[1], name, number);
                        if (value.length() < 4) {
                            throw new CatalogException(name, number, "a prefix must be at least 4 characters long");
                        }
                        prefixes.add(new Prefix(value, source));
                    }
                    case "sha256" -> {
                        String hash = fields[1].trim().toLowerCase(Locale.ROOT);
                        if (!isSha256(hash)) {
                            throw new CatalogException(name, number, "a sha256 entry must be 64 hexadecimal digits");
                        }
                        hashes.putIfAbsent(hash, source);
                    }
                    default -> throw new CatalogException(name, number,
                            "kind must be text, prefix or sha256, but was '" + sanitize(fields[0]) + "'");
                }
            }
        } catch (IOException e) {
            throw new CatalogException(name, number, "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        return new Tables(Map.copyOf(exact), Map.copyOf(caseInsensitive), Map.copyOf(hashes),
                List.copyOf(prefixes), List.copyOf(plainTexts));
    }

    private static boolean isSha256(String hash) {
        if (hash.length() != 64) {
            return false;
        }
        for (int i = 0; i < hash.length(); i++) {
            char c = hash.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    private static String sanitize(String kind) {
        String shortened = kind.length() > 12 ? kind.substring(0, 12) + "…" : kind;
        return shortened.replaceAll("[^A-Za-z0-9_-]", "?");
    }

    private static String unescape(String text, String name, int line) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (i + 1 >= text.length()) {
                throw new CatalogException(name, line, "a value must not end with a lone backslash");
            }
            char next = text.charAt(++i);
            switch (next) {
                case '\\' -> out.append('\\');
                case 't' -> out.append('\t');
                case 'x' -> {
                    try {
                        out.append((char) Integer.parseInt(text.substring(i + 1, i + 3), 16));
                    } catch (NumberFormatException | IndexOutOfBoundsException e) {
                        throw new CatalogException(name, line, "\\x must be followed by two hexadecimal digits");
                    }
                    i += 2;
                }
                default -> throw new CatalogException(name, line, "unknown escape; use \\\\, \\t or \\xNN");
            }
        }
        return out.toString();
    }

    /**
     * This catalog and another, as one.
     *
     * @param other another catalog
     * @return a catalog matching what either matches
     */
    public PublishedDefaults and(PublishedDefaults other) {
        Objects.requireNonNull(other, "other");
        if (other.size() == 0) {
            return this;
        }
        Tables mine = tables();
        Tables theirs = other.tables();
        Map<String, Entry> exact = new HashMap<>(mine.exact());
        theirs.exact().forEach(exact::putIfAbsent);
        Map<String, Entry> caseInsensitive = new HashMap<>(mine.caseInsensitive());
        theirs.caseInsensitive().forEach(caseInsensitive::putIfAbsent);
        Map<String, Entry> hashes = new HashMap<>(mine.hashes());
        theirs.hashes().forEach(hashes::putIfAbsent);
        List<Prefix> prefixes = new ArrayList<>(mine.prefixes());
        prefixes.addAll(theirs.prefixes());
        List<String> plainTexts = new ArrayList<>(mine.plainTexts());
        plainTexts.addAll(theirs.plainTexts());
        return new PublishedDefaults(new Tables(Map.copyOf(exact), Map.copyOf(caseInsensitive), Map.copyOf(hashes),
                List.copyOf(prefixes), List.copyOf(plainTexts)));
    }

    /**
     * The catalog entry listing a value.
     *
     * @param value the value; not retained
     * @return the entry (its location and public source), or empty
     */
    public Optional<Entry> find(String value) {
        Tables tables = tables();
        Entry entry = value.length() < CASE_SENSITIVE_LENGTH
                ? tables.caseInsensitive().get(value.toLowerCase(Locale.ROOT))
                : tables.exact().get(value);
        if (entry == null) {
            for (Prefix prefix : tables.prefixes()) {
                if (value.startsWith(prefix.prefix())) {
                    entry = prefix.entry();
                    break;
                }
            }
        }
        if (entry == null && !tables.hashes().isEmpty()) {
            entry = tables.hashes().get(sha256(value));
        }
        return Optional.ofNullable(entry);
    }

    /**
     * The values of the catalog's {@code text} entries, as written: the published secrets a signature can be
     * checked against ({@code sha256} entries cannot).
     *
     * @return the values, in catalog order
     */
    List<String> plainTexts() {
        return tables().plainTexts();
    }

    /**
     * How many entries the catalog holds.
     *
     * @return the count
     */
    public int size() {
        Tables tables = tables();
        return tables.exact().size() + tables.caseInsensitive().size() + tables.hashes().size()
                + tables.prefixes().size();
    }

    /**
     * The SHA-256 digest of a value's UTF-8 bytes, as a {@code sha256} entry holds it.
     *
     * @param value the value
     * @return 64 lower-case hexadecimal digits
     */
    public static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 must be available on every Java platform", e);
        }
    }

    @Override
    public String toString() {
        return tables == null ? "PublishedDefaults[not read yet]" : "PublishedDefaults[" + size() + " entries]";
    }

    /**
     * A catalog file is missing, unreadable or malformed. The message names the file and line; it never quotes a
     * value from the file. Immutable fields; like any exception, not thread-safe.
     */
    public static final class CatalogException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        /**
         * Creates the exception.
         *
         * @param file the file
         * @param line the 1-based line, or 0 for the whole file
         * @param reason what is wrong
         */
        public CatalogException(String file, int line, String reason) {
            super(line > 0 ? file + ":" + line + ": " + reason : file + ": " + reason);
        }
    }

    /**
     * A catalog read from a class-path resource the first time a value is looked up (or its size asked).
     *
     * @param resource the resource, relative to this class or absolute
     * @return the catalog, not read yet
     */
    static PublishedDefaults onFirstUse(String resource) {
        return new PublishedDefaults(new ResourceTables(resource));
    }

    /** Reads a class-path resource's tables: a named class, not a lambda, whose first use a boot would pay to link. */
    private record ResourceTables(String resource) implements Supplier<Tables> {

        @Override
        public Tables get() {
            try (InputStream in = PublishedDefaults.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("the built-in catalog " + resource + " is missing");
                }
                return tables(new InputStreamReader(in, StandardCharsets.UTF_8), resource);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
