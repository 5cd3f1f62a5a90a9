package dev.readiness.gates.secrets;

import dev.readiness.settings.Origin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a file a setting was read from is one its Git repository ignores: a {@code .gitignore} from the
 * repository's root down to the file's directory, or {@code .git/info/exclude}, names it or a directory above it
 * (session 31: a Java service's uncommitted {@code deploy/.env.production}, listed in its {@code .gitignore}, had every
 * sound secret reported "committed with the code"). Read only for a file on disk inside a working tree (a directory
 * above it holds {@code .git}); anywhere else, or when a file cannot be read, nothing is known and the answer is
 * {@code false}. The usual {@code .gitignore} patterns are read: comments, {@code !} negation (the last match wins),
 * a trailing {@code /} for directories, a {@code /} inside anchoring the pattern to its file's directory, {@code *},
 * {@code ?}, {@code **} and character classes. A file the index tracks although a pattern names it (committed before the
 * pattern was written, or added with {@code git add -f}) is committed all the same ({@link GitIndex}; hostile testing,
 * thirty-second pass). Nothing is cached: only a stage's dotenv file's literal secrets ask, and an edited
 * {@code .gitignore} counts at the next check of a long-lived build.
 */
final class GitIgnoredFiles {

    private static final int MAX_LINES = 10_000;

    private static final int MAX_BYTES = 1 << 20;

    private GitIgnoredFiles() {
    }

    /**
     * Whether the origin's file is ignored by the Git working tree it is in.
     *
     * @param origin where a value came from
     * @return {@code true} only for a file on disk that a Git ignore rule names
     */
    static boolean isIgnored(Origin origin) {
        String file = origin.file().orElse(null);
        if (file == null || file.isEmpty()) {
            return false;
        }
        return compute(file);
    }

    private static boolean compute(String file) {
        try {
            Path path = Path.of(file).toAbsolutePath().normalize();
            if (!Files.isRegularFile(path)) {
                return false;
            }
            Path root = null;
            for (Path dir = path.getParent(); dir != null; dir = dir.getParent()) {
                if (Files.exists(dir.resolve(".git"))) {
                    root = dir;
                    break;
                }
            }
            if (root == null) {
                return false;
            }
            List<Rules> rules = new ArrayList<>();
            rules.add(Rules.read(root.resolve(".git").resolve("info").resolve("exclude"), root));
            List<Path> dirs = new ArrayList<>();
            for (Path dir = path.getParent(); dir != null && dir.startsWith(root); dir = dir.getParent()) {
                dirs.add(0, dir);
            }
            for (Path dir : dirs) {
                rules.add(Rules.read(dir.resolve(".gitignore"), dir));
            }
            boolean ignored = ignored(rules, path, false);
            // a file inside an ignored directory is ignored, whatever a later pattern says of it
            for (int depth = 1; depth < dirs.size() && !ignored; depth++) {
                ignored = ignored(rules, dirs.get(depth), true);
            }
            // Git ignores only what it does not track: a file committed before the pattern was written is committed
            return ignored && !GitIndex.tracks(root, root.relativize(path).toString().replace('\\', '/'));
        } catch (InvalidPathException | IOException | UncheckedIOException | SecurityException e) {
            return false;
        }
    }

    private static boolean ignored(List<Rules> rules, Path path, boolean directory) {
        boolean ignored = false;
        for (Rules source : rules) {
            if (!path.startsWith(source.base) || path.equals(source.base)) {
                continue;
            }
            String relative = source.base.relativize(path).toString().replace('\\', '/');
            String name = path.getFileName().toString();
            for (Rule rule : source.rules) {
                if (rule.directoryOnly && !directory) {
                    continue;
                }
                if (rule.glob.matches(rule.anchored ? relative : name)) {
                    ignored = !rule.negated;
                }
            }
        }
        return ignored;
    }

    private record Rule(Glob glob, boolean anchored, boolean negated, boolean directoryOnly) {
    }

    private record Rules(Path base, List<Rule> rules) {

        static Rules read(Path file, Path base) throws IOException {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
                return new Rules(base, List.of()); // a file far larger than any real one names nothing known here
            }
            List<Rule> rules = new ArrayList<>();
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size() && i < MAX_LINES; i++) {
                String line = stripTrailingSpaces(lines.get(i));
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                boolean negated = line.startsWith("!");
                if (negated) {
                    line = line.substring(1);
                }
                if (line.startsWith("\\")) {
                    line = line.substring(1);
                }
                boolean directoryOnly = line.endsWith("/");
                if (directoryOnly) {
                    line = line.substring(0, line.length() - 1);
                }
                boolean anchored = line.indexOf('/') >= 0;
                if (line.startsWith("/")) {
                    line = line.substring(1);
                }
                if (line.isEmpty()) {
                    continue;
                }
                rules.add(new Rule(Glob.of(line), anchored, negated, directoryOnly));
            }
            return new Rules(base, List.copyOf(rules));
        }

        private static String stripTrailingSpaces(String line) {
            int end = line.length();
            while (end > 0 && line.charAt(end - 1) == ' ' && (end < 2 || line.charAt(end - 2) != '\\')) {
                end--;
            }
            return line.substring(0, end);
        }
    }

    /**
     * A {@code .gitignore} glob over a {@code /}-separated path, matched in time proportional to the pattern's length
     * times the path's (hostile testing, thirty-third pass: compiled to a regular expression, a pattern such as
     * {@code *a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*c} backtracked for minutes on a directory named {@code aaa…a}, and the
     * secrets gate ran past its timeout). {@code *} is any run of characters but {@code /}, {@code **} any run,
     * {@code **}{@code /} nothing or any run ending with {@code /}, {@code ?} and a class ({@code [a-z]}, {@code [!x]})
     * one character but {@code /}, a backslash quotes the next character.
     */
    private static final class Glob {

        private static final int STAR = -1;
        private static final int ANY_RUN = -2;
        private static final int DIRECTORIES = -3;
        private static final int ONE = -4;
        private static final int CLASS = -5;

        private final int[] tokens;
        private final String[] classes;

        private Glob(int[] tokens, String[] classes) {
            this.tokens = tokens;
            this.classes = classes;
        }

        static Glob of(String glob) {
            int[] tokens = new int[glob.length()];
            String[] classes = new String[glob.length()];
            int count = 0;
            int i = 0;
            while (i < glob.length()) {
                char c = glob.charAt(i);
                if (c == '*' && glob.startsWith("**/", i)) {
                    tokens[count++] = DIRECTORIES;
                    i += 3;
                } else if (c == '*' && glob.startsWith("**", i)) {
                    tokens[count++] = ANY_RUN;
                    i += 2;
                } else if (c == '*') {
                    if (count == 0 || tokens[count - 1] != STAR) {
                        tokens[count++] = STAR;
                    }
                    i++;
                } else if (c == '?') {
                    tokens[count++] = ONE;
                    i++;
                } else if (c == '[' && glob.indexOf(']', i + 2) >= 0) {
                    int close = glob.indexOf(']', i + 2);
                    classes[count] = glob.substring(i + 1, close);
                    tokens[count++] = CLASS;
                    i = close + 1;
                } else if (c == '\\' && i + 1 < glob.length()) {
                    tokens[count++] = glob.charAt(i + 1);
                    i += 2;
                } else {
                    tokens[count++] = c;
                    i++;
                }
            }
            return new Glob(java.util.Arrays.copyOf(tokens, count), java.util.Arrays.copyOf(classes, count));
        }

        /** Whether the glob matches the whole text: the positions it can reach, token by token. */
        boolean matches(String text) {
            int n = text.length();
            boolean[] reached = new boolean[n + 1];
            boolean[] next = new boolean[n + 1];
            reached[0] = true;
            for (int t = 0; t < tokens.length; t++) {
                int token = tokens[t];
                boolean any = false;
                boolean seen = false;
                for (int j = 0; j <= n; j++) {
                    boolean here;
                    if (token == STAR) {
                        here = reached[j] || j > 0 && next[j - 1] && text.charAt(j - 1) != '/';
                    } else if (token == ANY_RUN) {
                        here = reached[j] || j > 0 && next[j - 1];
                    } else if (token == DIRECTORIES) {
                        here = reached[j] || seen && text.charAt(j - 1) == '/';
                        seen |= reached[j];
                    } else {
                        here = j > 0 && reached[j - 1] && one(token, classes[t], text.charAt(j - 1));
                    }
                    next[j] = here;
                    any |= here;
                }
                if (!any) {
                    return false;
                }
                boolean[] swap = reached;
                reached = next;
                next = swap;
            }
            return reached[n];
        }

        private static boolean one(int token, String characterClass, char c) {
            if (token >= 0) {
                return c == token;
            }
            if (c == '/') {
                return false;
            }
            return token == ONE || inClass(characterClass, c);
        }

        private static boolean inClass(String inside, char c) {
            boolean negated = inside.startsWith("!") || inside.startsWith("^");
            int i = negated ? 1 : 0;
            boolean found = false;
            while (i < inside.length()) {
                char first = inside.charAt(i);
                if (first == '\\' && i + 1 < inside.length()) {
                    first = inside.charAt(++i);
                }
                if (i + 2 < inside.length() && inside.charAt(i + 1) == '-') {
                    char last = inside.charAt(i + 2);
                    found |= c >= first && c <= last;
                    i += 3;
                } else {
                    found |= c == first;
                    i++;
                }
            }
            return found != negated;
        }
    }
}
