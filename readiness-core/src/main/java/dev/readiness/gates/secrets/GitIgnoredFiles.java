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
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

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
                if (rule.pattern.matcher(rule.anchored ? relative : name).matches()) {
                    ignored = !rule.negated;
                }
            }
        }
        return ignored;
    }

    private record Rule(Pattern pattern, boolean anchored, boolean negated, boolean directoryOnly) {
    }

    private record Rules(Path base, List<Rule> rules) {

        static Rules read(Path file, Path base) throws IOException {
            if (!Files.isRegularFile(file)) {
                return new Rules(base, List.of());
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
                try {
                    rules.add(new Rule(Pattern.compile(glob(line)), anchored, negated, directoryOnly));
                } catch (PatternSyntaxException e) {
                    // a pattern Git reads some other way: left out
                }
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

        /** A {@code .gitignore} glob as a regular expression over a {@code /}-separated path. */
        private static String glob(String glob) {
            StringBuilder regex = new StringBuilder();
            int i = 0;
            while (i < glob.length()) {
                char c = glob.charAt(i);
                if (c == '*' && glob.startsWith("**/", i)) {
                    regex.append("(?:.*/)?");
                    i += 3;
                } else if (c == '*' && glob.startsWith("**", i)) {
                    regex.append(".*");
                    i += 2;
                } else if (c == '*') {
                    regex.append("[^/]*");
                    i++;
                } else if (c == '?') {
                    regex.append("[^/]");
                    i++;
                } else if (c == '[') {
                    int close = glob.indexOf(']', i + 2);
                    if (close < 0) {
                        regex.append("\\[");
                        i++;
                    } else {
                        String inside = glob.substring(i + 1, close).replace("\\", "\\\\");
                        regex.append('[').append(inside.startsWith("!") ? "^" + inside.substring(1) : inside)
                                .append(']');
                        i = close + 1;
                    }
                } else if (c == '\\' && i + 1 < glob.length()) {
                    regex.append(Pattern.quote(String.valueOf(glob.charAt(i + 1))));
                    i += 2;
                } else {
                    regex.append(Pattern.quote(String.valueOf(c)));
                    i++;
                }
            }
            return regex.toString();
        }
    }
}
