package dev.readiness.maven;

import dev.readiness.Report;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.Status;
import dev.readiness.render.JsonReportRenderer;
import dev.readiness.render.ProblemList;
import dev.readiness.render.SarifReportRenderer;
import dev.readiness.render.TextReportRenderer;
import dev.readiness.settings.ResourceFilter;
import dev.readiness.settings.SettingsFileException;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.apache.maven.shared.filtering.MavenReaderFilter;
import org.jspecify.annotations.Nullable;

/**
 * Judges the project's own configuration ({@code src/main/resources}, with the given Spring profiles), env files and
 * deploy manifests with every readiness gate, prints the report to the build log and fails the build when the
 * verdict is at or above {@code failOn}, with the numbered problems. Values are never printed.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.RUNTIME)
public class CheckMojo extends AbstractMojo {

    /** {@code development}, {@code test}, {@code staging} or {@code production}. */
    @Parameter(property = "readiness.stage", defaultValue = "production")
    String stage = "production";

    /** The active Spring profiles, e.g. {@code prod}; later profiles win. */
    @Parameter(property = "readiness.profiles")
    List<String> profiles = new ArrayList<>();

    /**
     * {@code no-go} or {@code warn}: the lowest verdict that fails the build. Default: {@code no-go} in staging and
     * production, nothing in development and test.
     */
    @Parameter(property = "readiness.failOn")
    @Nullable String failOn;

    /** Dotenv files a deploy injects as the process environment; they win over the application's files. */
    @Parameter(property = "readiness.envFiles")
    List<File> envFiles = new ArrayList<>();

    /** Kubernetes manifests or Compose files whose container environment a deploy injects. */
    @Parameter(property = "readiness.manifests")
    List<File> manifests = new ArrayList<>();

    /**
     * The container whose environment the Kubernetes manifests give the service, when a pod has several (the
     * service beside a Cloud SQL proxy or a mesh sidecar); as the CLI's {@code --container}.
     */
    @Parameter(property = "readiness.container")
    @Nullable String container;

    /** The service of a Compose file that has several; as the CLI's {@code --service}. */
    @Parameter(property = "readiness.service")
    @Nullable String service;

    /** Accepted, reasoned exceptions: {@code code}, optional {@code subject}, {@code reason}, {@code expires}. */
    @Parameter
    List<Waiver> waivers = new ArrayList<>();

    /** Skips the check. */
    @Parameter(property = "readiness.skip", defaultValue = "false")
    boolean skip;

    /** {@code text} (to the build log), {@code json} and {@code sarif} (written to {@code outputDirectory}). */
    @Parameter(property = "readiness.formats", defaultValue = "text")
    List<String> formats = new ArrayList<>(List.of("text"));

    /** Where the {@code json} and {@code sarif} reports are written. */
    @Parameter(property = "readiness.outputDirectory", defaultValue = "${project.build.directory}/readiness")
    @Nullable File outputDirectory;

    /** The project's packaging: a {@code pom} module without application files has nothing to judge. */
    @Parameter(defaultValue = "${project.packaging}", readonly = true)
    String packaging = "jar";

    /** The project directory. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    @Nullable File baseDirectory;

    /**
     * The project's runtime class path: a shared module's entities there (named by {@code @EntityScan}) are judged
     * by the {@code tenant} gate, as JPA scans them at boot.
     */
    @Parameter(defaultValue = "${project.runtimeClasspathElements}", readonly = true)
    List<String> classpathElements = new ArrayList<>();

    /**
     * The project's resource directories: the {@code application*} files of those other than
     * {@code src/main/resources} are judged as the application's own, since the build puts them on its class path.
     */
    @Parameter(defaultValue = "${project.build.resources}", readonly = true)
    List<Resource> resources = new ArrayList<>();

    /** The project, whose properties fill the tokens of its filtered resources. */
    @Parameter(defaultValue = "${project}", readonly = true)
    @Nullable MavenProject mavenProject;

    /** The build, whose {@code -D} properties fill them too. */
    @Parameter(defaultValue = "${session}", readonly = true)
    @Nullable MavenSession session;

    /** Maven's resource filtering, as {@code maven-resources-plugin} runs it. */
    @Component
    @Nullable MavenReaderFilter readerFilter;

    /** The directory the build was started in; SARIF file URIs are relative to it. */
    @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
    @Nullable File executionRootDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        removeEarlierReports();
        if (skip) {
            getLog().info("readiness check skipped (readiness.skip)");
            return;
        }
        Set<String> formatNames = formats();
        ProjectCheck check = check();
        if ("pom".equals(packaging) && !check.hasInput()) {
            getLog().info("readiness: nothing to judge in this pom module (no application files, env files or"
                    + " manifests)");
            return;
        }
        ProjectCheck.Result result;
        try {
            if ("pom".equals(packaging) && check.holdsOnlyPolicy()) {
                getLog().info("readiness: nothing to judge in this pom module (no application files; its env files"
                        + " hold only readiness.* policy, which the modules that read them apply)");
                return;
            }
            result = check.run(line -> getLog().info("readiness: a gate printed: " + line));
        } catch (SettingsFileException | IllegalArgumentException e) {
            // the message names files of the project: escaped as the report is, so a file name cannot break the
            // line or hold a command to the CI runner reading the build log
            throw new MojoFailureException("readiness cannot judge the configuration: "
                    + ProblemList.escape(String.valueOf(e.getMessage())));
        }
        Report report = result.report();
        result.notices().forEach(notice -> getLog().warn("readiness: " + ProblemList.escape(notice)));
        if (formatNames.contains("text")) {
            log(report, result.waivers());
        } else {
            getLog().info(TextReportRenderer.summary(report));
        }
        if (formatNames.contains("json")) {
            write("readiness.json", writer -> JsonReportRenderer.pretty().withWaivers(result.waivers())
                    .render(report, writer));
        }
        if (formatNames.contains("sarif")) {
            Path root = executionRootDirectory == null ? base() : executionRootDirectory.toPath();
            SarifReportRenderer sarif = SarifReportRenderer.builder().workingDirectory(root)
                    .waivers(result.waivers()).fallbackArtifact(base().resolve("pom.xml")).build();
            write("readiness.sarif", writer -> sarif.render(report, writer));
        }
        if (report.blocks()) {
            throw new MojoFailureException(formatNames.contains("text") ? failureAfterTheLog(report)
                    : ProblemList.withRemediation(report));
        }
    }

    /**
     * Deletes the report files an earlier run left, before anything else: a build without {@code clean} that cannot
     * judge the configuration, is skipped or asks for other formats must not leave the last run's GO in
     * {@code readiness.json} or {@code readiness.sarif} for CI to read. Only the goal's own two file names are touched;
     * a removal is logged unless this run is to write the file again.
     */
    private void removeEarlierReports() throws MojoExecutionException {
        String asked = skip ? "" : String.join(",", formats).toLowerCase(Locale.ROOT);
        for (String format : List.of("json", "sarif")) {
            Path file = reportDirectory().resolve("readiness." + format);
            try {
                if (Files.deleteIfExists(file) && !asked.contains(format)) {
                    getLog().info("readiness: removed " + file + " of an earlier run");
                }
            } catch (IOException e) {
                throw new MojoExecutionException("cannot remove " + file + " of an earlier run: " + e.getMessage(), e);
            }
        }
    }

    private Path reportDirectory() {
        return outputDirectory == null ? base().resolve("target/readiness") : outputDirectory.toPath();
    }

    private Set<String> formats() throws MojoExecutionException {
        Set<String> names = new LinkedHashSet<>();
        for (String format : formats) {
            for (String name : format.split(",")) {
                String normalized = name.trim().toLowerCase(Locale.ROOT);
                if (!Set.of("text", "json", "sarif").contains(normalized)) {
                    throw new MojoExecutionException(
                            "invalid <formats>: expected text, json or sarif, but was '" + name.trim() + "'");
                }
                names.add(normalized);
            }
        }
        return names;
    }

    private ProjectCheck check() throws MojoExecutionException {
        Stage parsedStage;
        try {
            parsedStage = Stage.parse(stage);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(
                    "invalid <stage>: expected development, test, staging or production, but was '" + stage + "'");
        }
        Status parsedFailOn = null;
        if (failOn != null && !failOn.isBlank()) {
            try {
                parsedFailOn = Status.parse(failOn);
            } catch (IllegalArgumentException e) {
                parsedFailOn = Status.GO;
            }
            if (parsedFailOn == Status.GO) {
                throw new MojoExecutionException("invalid <failOn>: expected no-go or warn, but was '" + failOn + "'");
            }
        }
        List<dev.readiness.Waiver> coreWaivers = new ArrayList<>();
        for (int i = 0; i < waivers.size(); i++) {
            try {
                coreWaivers.add(waivers.get(i).toWaiver(i));
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException("invalid " + e.getMessage());
            }
        }
        Path project = base();
        // a pom module (a deploy module of manifests, a parent) is no application: its env files and manifests are
        // judged alone; any other module must have its application files (a misplaced one would pass unjudged)
        boolean readsApplication = !"pom".equals(packaging) || ProjectCheck.hasApplicationFiles(project);
        return new ProjectCheck(project, splitProfiles(), existing("envFiles", envFiles),
                existing("manifests", manifests), blankAsNull(container), blankAsNull(service), parsedStage,
                parsedFailOn, coreWaivers, readsApplication,
                classpathElements.stream().map(Path::of).toList(), furtherResources(project), resourceFilter());
    }

    /**
     * Maven's filtering of the resources, so a filtered {@code application.properties} is judged as the jar holds it
     * ({@code @db.password@} filled from the POM's {@code <db.password>}); {@code null} outside a build (a test that
     * builds the goal by hand), where the files are judged as written.
     */
    private @Nullable ResourceFilter resourceFilter() {
        if (readerFilter == null || mavenProject == null || session == null) {
            return null;
        }
        return new MavenResourceFilter(readerFilter, mavenProject, session, resources, file -> getLog().info(
                "readiness: " + ProblemList.escape(file) + " is judged as the build filters it (its tokens filled"
                        + " from the POM's properties, as the jar holds it)"));
    }

    /**
     * The POM's resource directories other than {@code src/main/resources} that exist, in order and named from the
     * module's directory where they are inside it: the build copies their files onto the service's class path, so
     * an {@code application-prod.properties} kept in {@code src/main/config} runs as surely as one in
     * {@code src/main/resources} (forty-sixth pass; before, only {@code src/main/resources} was read).
     */
    private List<Path> furtherResources(Path project) {
        Path absolute = project.toAbsolutePath().normalize();
        Path standard = absolute.resolve("src/main/resources");
        List<Path> directories = new ArrayList<>();
        for (Resource resource : resources) {
            String directory = resource.getDirectory();
            if (directory == null || directory.isBlank()) {
                continue;
            }
            Path path = absolute.resolve(directory).normalize();
            if (!path.equals(standard) && Files.isDirectory(path) && !directories.contains(path)) {
                directories.add(path);
            }
        }
        return directories.stream().map(path -> path.startsWith(absolute)
                ? project.resolve(absolute.relativize(path).toString()) : path).toList();
    }

    private static @Nullable String blankAsNull(@Nullable String name) {
        return name == null || name.isBlank() ? null : name.strip();
    }

    private List<String> splitProfiles() {
        List<String> names = new ArrayList<>();
        for (String entry : profiles) {
            for (String name : entry.split(",")) {
                if (!name.isBlank()) {
                    names.add(name.trim());
                }
            }
        }
        return names;
    }

    private List<Path> existing(String parameter, List<File> files) throws MojoExecutionException {
        List<Path> paths = new ArrayList<>();
        for (File file : files) {
            Path path = file.isAbsolute() ? shortened(file.toPath().normalize()) : base().resolve(file.toPath()).normalize();
            if (!Files.isRegularFile(path)) {
                throw new MojoExecutionException("invalid <" + parameter + ">: " + path + " is not a file");
            }
            paths.add(path);
        }
        return paths;
    }

    /**
     * An absolute path relative to the working directory when inside it, as {@link #base()} makes the project
     * directory: Maven hands a {@code File} parameter over absolute, resolved against the project directory
     * ({@code <envFile>deploy/prod.env</envFile>} and {@code ${project.basedir}/deploy/prod.env} alike), so until the
     * twenty-eighth pass an env file's findings named {@code /home/ci/work/orders/deploy/prod.env:3} beside
     * {@code src/main/resources/application.yml:3:13}. A file outside the working directory keeps its absolute path.
     */
    private static Path shortened(Path absolute) {
        Path workingDirectory = Path.of("").toAbsolutePath();
        return absolute.startsWith(workingDirectory) ? workingDirectory.relativize(absolute) : absolute;
    }

    /** The project directory, relative to the working directory when inside it, so origins read as short paths. */
    private Path base() {
        Path workingDirectory = Path.of("").toAbsolutePath();
        Path base = baseDirectory == null ? workingDirectory : baseDirectory.toPath().toAbsolutePath().normalize();
        return base.startsWith(workingDirectory) ? workingDirectory.relativize(base) : base;
    }

    /**
     * Logs the report, each line at the level of what it says: a problem's lines as an error (NO-GO) or a warning
     * (WARN), an INFO or waived finding's and a passing gate's as information, the summary at the verdict's level;
     * under a waived finding, the waiver's expiry and reason.
     */
    private void log(Report report, List<dev.readiness.Waiver> waivers) {
        TextReportRenderer.full().withWaivers(waivers).render(report, (line, level) -> {
            if (level == Severity.NO_GO) {
                getLog().error(line);
            } else if (level == Severity.WARN) {
                getLog().warn(line);
            } else {
                getLog().info(line);
            }
        });
    }

    /**
     * The failure's message when the report is already in the log: the summary and where the problems are, so a
     * failed build lists each problem once.
     */
    private static String failureAfterTheLog(Report report) {
        int problems = ProblemList.problems(report).size();
        return TextReportRenderer.summary(report) + "; the " + (problems == 1 ? "problem [1] is"
                : "problems [1] to [" + problems + "] are") + " listed above with what to do";
    }

    private interface Rendering {
        void to(Writer writer);
    }

    private void write(String fileName, Rendering rendering) throws MojoExecutionException {
        Path directory = reportDirectory();
        Path file = directory.resolve(fileName);
        try {
            Files.createDirectories(directory);
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                rendering.to(writer);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new MojoExecutionException("cannot write " + file + ": " + e.getMessage(), e);
        }
        getLog().info("readiness report written to " + file);
    }
}
