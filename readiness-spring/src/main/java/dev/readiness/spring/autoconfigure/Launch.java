package dev.readiness.spring.autoconfigure;

import java.net.URL;
import java.security.CodeSource;
import java.util.Locale;
import java.util.regex.Pattern;
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

    private static final Pattern ARCHIVE = Pattern.compile("([^/!]+\\.(?:jar|war))(?:/|!|$)",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern BUILD_OUTPUT = Pattern.compile(
            ".*/((?:target/(?:test-)?classes)|(?:build/(?:classes/[^/]+|resources)/[^/]+)|(?:out/(?:production|test)/[^/]+)|(?:bin/(?:main|test)))/?");

    private static final Pattern EXTRACTED = Pattern.compile(".*/((?:BOOT|WEB)-INF/classes)/?");

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

    static Launch of(String location) {
        String path = location.replace('\\', '/');
        var extracted = EXTRACTED.matcher(path);
        if (extracted.matches()) {
            return new Launch(Kind.PACKAGED, extracted.group(1));
        }
        var archive = ARCHIVE.matcher(path);
        if (archive.find()) {
            return new Launch(Kind.PACKAGED, archive.group(1));
        }
        var output = BUILD_OUTPUT.matcher(path);
        if (output.matches()) {
            return new Launch(Kind.BUILD_OUTPUT, output.group(1));
        }
        return UNKNOWN;
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
