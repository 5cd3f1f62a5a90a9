package dev.readiness.spring.autoconfigure;

import java.net.URL;
import java.security.CodeSource;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Where the application's code is run from, read from the code source of its main class, as Elasticsearch's
 * production mode and Spring Boot DevTools tell a developer's run from a deployed one: a packaged archive (an
 * executable jar or war, the application jar of an extracted or layered image, or an unpacked archive's
 * {@code BOOT-INF/classes}) is a deployment; build output ({@code target/classes}, {@code build/classes/java/main},
 * IntelliJ's {@code out/production}) is a developer's run (IDE, {@code spring-boot:run}, {@code bootRun}); any
 * other directory (e.g. Jib's {@code /app/classes}) is unknown.
 *
 * @param kind the kind of location
 * @param name what to call it in messages: the archive's file name, or the build output's last path segments;
 *     never a whole path
 */
record Launch(Kind kind, String name) {

    private static final String[] EXTRACTED = { "BOOT-INF/classes", "WEB-INF/classes" };

    /** Nothing known about the location. */
    static final Launch UNKNOWN = new Launch(Kind.UNKNOWN, "");

    /** The kinds of location. */
    enum Kind {

        /** A packaged or extracted archive: a deployment. */
        PACKAGED,

        /** A build tool's or an IDE's output directory: a developer's run. */
        BUILD_OUTPUT,

        /** Anything else, or nothing known. */
        UNKNOWN
    }

    static Launch of(@Nullable Class<?> mainClass) {
        if (mainClass == null) {
            return UNKNOWN;
        }
        try {
            CodeSource codeSource = mainClass.getProtectionDomain().getCodeSource();
            URL location = codeSource != null ? codeSource.getLocation() : null;
            return location != null ? of(location.toString()) : UNKNOWN;
        }
        catch (SecurityException ex) {
            return UNKNOWN;
        }
    }

    /**
     * Classifies a code source location with plain string checks, not regular expressions: this runs on the main
     * thread of every boot, where compiling three patterns cost more than the rest of the classification.
     */
    static Launch of(String location) {
        String path = location.replace('\\', '/');
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        for (String extracted : EXTRACTED) {
            if (trimmed.endsWith("/" + extracted)) {
                return new Launch(Kind.PACKAGED, extracted);
            }
        }
        String archive = archive(path);
        if (archive != null) {
            return new Launch(Kind.PACKAGED, archive);
        }
        for (int slash = trimmed.lastIndexOf('/'); slash >= 0; slash = trimmed.lastIndexOf('/', slash - 1)) {
            String suffix = trimmed.substring(slash + 1);
            if (isBuildOutput(suffix.split("/", -1))) {
                return new Launch(Kind.BUILD_OUTPUT, suffix);
            }
        }
        return UNKNOWN;
    }

    /** The first segment of the location (between slashes or {@code !}) naming a jar or war, or {@code null}. */
    private static @Nullable String archive(String path) {
        int start = 0;
        for (int i = 0; i <= path.length(); i++) {
            if (i == path.length() || path.charAt(i) == '/' || path.charAt(i) == '!') {
                int length = i - start;
                if (length > 4 && (path.regionMatches(true, i - 4, ".jar", 0, 4)
                        || path.regionMatches(true, i - 4, ".war", 0, 4))) {
                    return path.substring(start, i);
                }
                start = i + 1;
            }
        }
        return null;
    }

    /**
     * Whether the last path segments are a build tool's or an IDE's output directory: Maven's
     * {@code target/classes} and {@code target/test-classes}, Gradle's {@code build/classes/<language>/<source set>}
     * and {@code build/resources/<source set>}, IntelliJ's {@code out/production/<module>} and
     * {@code out/test/<module>}, Eclipse's {@code bin/main} and {@code bin/test}.
     */
    private static boolean isBuildOutput(String[] segments) {
        return switch (segments.length) {
            case 2 -> segments[0].equals("target")
                    && (segments[1].equals("classes") || segments[1].equals("test-classes"))
                    || segments[0].equals("bin") && (segments[1].equals("main") || segments[1].equals("test"));
            case 3 -> !segments[2].isEmpty() && (segments[0].equals("build") && segments[1].equals("resources")
                    || segments[0].equals("out") && (segments[1].equals("production") || segments[1].equals("test")));
            case 4 -> segments[0].equals("build") && segments[1].equals("classes") && !segments[2].isEmpty()
                    && !segments[3].isEmpty();
            default -> false;
        };
    }

    String describe() {
        return switch (kind) {
            case PACKAGED -> name.toLowerCase(Locale.ROOT).endsWith(".war") ? "a packaged war (" + name + ")"
                    : name.endsWith("classes") ? "an extracted archive (" + name + ")"
                            : "a packaged jar (" + name + ")";
            case BUILD_OUTPUT -> "build output (" + name + ")";
            case UNKNOWN -> "an unknown location";
        };
    }
}
