package dev.readiness.maven;

import dev.readiness.settings.ResourceFilter;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.model.Resource;
import org.apache.maven.project.MavenProject;
import org.apache.maven.shared.filtering.MavenFilteringException;
import org.apache.maven.shared.filtering.MavenReaderFilter;
import org.apache.maven.shared.filtering.MavenReaderFilterRequest;
import org.codehaus.plexus.util.SelectorUtils;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.jspecify.annotations.Nullable;

/**
 * Maven's resource filtering, as {@code maven-resources-plugin} applies it when it copies the project's resources into
 * the jar: a file matched by a {@code <resource>} with {@code <filtering>true</filtering>} (its includes and excludes)
 * gets its {@code @name@} and {@code ${name}} tokens filled from the POM's properties, the build's filter files and the
 * command line's {@code -D} properties, with the delimiters, escape string and filters that plugin is configured with
 * (Spring Boot's parent POM: {@code @} alone). Other files are copied as written. Thread-safe: each call makes its own
 * request.
 */
final class MavenResourceFilter implements ResourceFilter {

    private static final String RESOURCES_PLUGIN = "org.apache.maven.plugins:maven-resources-plugin";

    private final MavenReaderFilter readerFilter;
    private final MavenProject project;
    private final MavenSession session;
    private final List<Resource> resources;
    private final Consumer<String> filled;
    private final Settings settings;

    /**
     * @param readerFilter maven-filtering's reader filter
     * @param project the project, whose properties and build filters fill the tokens
     * @param session the build, whose {@code -D} properties fill them too
     * @param resources the POM's resources, in order
     * @param filled told the name of each file whose text the filtering changed
     */
    MavenResourceFilter(MavenReaderFilter readerFilter, MavenProject project, MavenSession session,
            List<Resource> resources, Consumer<String> filled) {
        this.readerFilter = readerFilter;
        this.project = project;
        this.session = session;
        this.resources = List.copyOf(resources);
        this.filled = filled;
        this.settings = Settings.of(project);
    }

    @Override
    public String filter(Path file, String text) throws IOException {
        if (!filtered(file)) {
            return text;
        }
        MavenReaderFilterRequest request = new MavenReaderFilterRequest();
        request.setFrom(new StringReader(text));
        request.setFiltering(true);
        request.setMavenProject(project);
        request.setMavenSession(session);
        request.setFilters(settings.filters());
        request.setInjectProjectBuildFilters(false); // settings.filters() holds the build's own where they apply
        request.setEscapeWindowsPaths(settings.escapeWindowsPaths());
        request.setEscapeString(settings.escapeString());
        request.setSupportMultiLineFiltering(settings.supportMultiLineFiltering());
        request.setAdditionalProperties(new Properties());
        request.setDelimiters(new LinkedHashSet<>(settings.delimiters()), settings.useDefaultDelimiters());
        String result;
        try (Reader reader = readerFilter.filter(request)) {
            StringWriter out = new StringWriter(text.length());
            reader.transferTo(out);
            result = out.toString();
        } catch (MavenFilteringException | RuntimeException e) {
            // maven-filtering's messages name filter files and expressions, never a resource's content
            throw new IOException("Maven resource filtering failed (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
        }
        if (!result.equals(text)) {
            filled.accept(file.toString());
        }
        return result;
    }

    /**
     * Whether the build filters the file: a filtering {@code <resource>} holds it under its includes and excludes, and
     * its extension is not one the plugin copies unfiltered ({@code nonFilteredFileExtensions}, with maven-filtering's
     * own images).
     */
    boolean filtered(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        String name = absolute.getFileName() == null ? "" : absolute.getFileName().toString();
        String extension = name.lastIndexOf('.') < 0 ? "" : name.substring(name.lastIndexOf('.') + 1);
        if (settings.nonFilteredFileExtensions().contains(extension.toLowerCase(Locale.ROOT))) {
            return false;
        }
        Path base = project.getBasedir() == null ? Path.of("") : project.getBasedir().toPath();
        for (Resource resource : resources) {
            if (!resource.isFiltering() || resource.getDirectory() == null) {
                continue;
            }
            Path directory = base.resolve(resource.getDirectory()).toAbsolutePath().normalize();
            if (!absolute.startsWith(directory)) {
                continue;
            }
            String relative = directory.relativize(absolute).toString().replace('\\', '/');
            if (matches(resource.getIncludes(), relative, true) && !matches(resource.getExcludes(), relative, false)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(List<String> patterns, String relative, boolean whenNone) {
        if (patterns == null || patterns.isEmpty()) {
            return whenNone;
        }
        for (String pattern : patterns) {
            String normalized = pattern.strip().replace('\\', '/');
            if (normalized.endsWith("/")) {
                normalized += "**";
            }
            if (SelectorUtils.matchPath(normalized, relative, "/", true)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The filtering settings of the project's {@code maven-resources-plugin}: its configuration (from the plugin
     * management where a {@code pom} module's lifecycle does not run the plugin), with its {@code default-resources}
     * execution's over it, as that execution runs; the plugin's defaults where unset.
     */
    record Settings(List<String> delimiters, boolean useDefaultDelimiters, @Nullable String escapeString,
            boolean escapeWindowsPaths, boolean supportMultiLineFiltering, List<String> filters,
            List<String> nonFilteredFileExtensions) {

        /** maven-filtering's own: these are copied unfiltered whatever the configuration says. */
        private static final List<String> IMAGES = List.of("jpg", "jpeg", "gif", "bmp", "png", "ico");

        static Settings of(MavenProject project) {
            Xpp3Dom configuration = null;
            Plugin plugin = project.getPlugin(RESOURCES_PLUGIN);
            if (plugin == null && project.getPluginManagement() != null) {
                plugin = project.getPluginManagement().getPluginsAsMap().get(RESOURCES_PLUGIN);
            }
            if (plugin != null) {
                configuration = plugin.getConfiguration() instanceof Xpp3Dom dom ? dom : null;
                for (PluginExecution execution : plugin.getExecutions()) {
                    if ("default-resources".equals(execution.getId())
                            && execution.getConfiguration() instanceof Xpp3Dom dom) {
                        configuration = configuration == null ? dom : Xpp3Dom.mergeXpp3Dom(new Xpp3Dom(dom),
                                new Xpp3Dom(configuration));
                    }
                }
            }
            // as the plugin combines them: the build's <filters> first (unless useBuildFilters is false), then its
            // own, a later file's value winning (forty-seventh pass: its own alone dropped the build's)
            List<String> filters = new ArrayList<>();
            if (flag(configuration, "useBuildFilters", true)) {
                filters.addAll(project.getBuild().getFilters());
            }
            filters.addAll(children(configuration, "filters"));
            List<String> nonFiltered = new ArrayList<>(IMAGES);
            children(configuration, "nonFilteredFileExtensions").forEach(extension -> nonFiltered.add(extension));
            return new Settings(children(configuration, "delimiters"),
                    flag(configuration, "useDefaultDelimiters", true), text(configuration, "escapeString"),
                    flag(configuration, "escapeWindowsPaths", true),
                    flag(configuration, "supportMultiLineFiltering", false), List.copyOf(filters),
                    List.copyOf(nonFiltered));
        }

        private static List<String> children(@Nullable Xpp3Dom configuration, String name) {
            Xpp3Dom list = configuration == null ? null : configuration.getChild(name);
            List<String> values = new ArrayList<>();
            if (list != null) {
                for (Xpp3Dom child : list.getChildren()) {
                    if (child.getValue() != null && !child.getValue().isBlank()) {
                        values.add(child.getValue().strip());
                    }
                }
            }
            return values;
        }

        private static @Nullable String text(@Nullable Xpp3Dom configuration, String name) {
            Xpp3Dom child = configuration == null ? null : configuration.getChild(name);
            return child == null || child.getValue() == null || child.getValue().isBlank() ? null
                    : child.getValue().strip();
        }

        private static boolean flag(@Nullable Xpp3Dom configuration, String name, boolean otherwise) {
            String value = text(configuration, name);
            return value == null ? otherwise : value.toLowerCase(Locale.ROOT).equals("true");
        }
    }
}
