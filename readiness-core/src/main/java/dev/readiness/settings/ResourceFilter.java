package dev.readiness.settings;

import java.io.IOException;
import java.nio.file.Path;

/**
 * What a build does to the text of an application's own resource files as it copies them onto the class path.
 * Maven's resource filtering fills {@code spring.datasource.password=@db.password@} from the POM's
 * {@code <db.password>}, so the packaged service runs with the POM's value, not the token; a check of the source
 * tree that reads the token judges a value that never runs. Given to
 * {@link ApplicationConfig.Builder#resourceFilter(ResourceFilter)}, the filter is applied to each file read from a
 * project's resource directories (never to a packaged jar or a build's output directory, which hold the filtered
 * text already), and the settings are read from the text it returns, named by the source file and its lines.
 * Implementations must be thread-safe, and stateless or immutable: one filter serves every file of a check.
 */
@FunctionalInterface
public interface ResourceFilter {

    /**
     * The text the build writes for a resource file.
     *
     * @param file the source file, as the application's path names it
     * @param text the file's text as written
     * @return the text as the build writes it, or {@code text} itself for a file the build copies unchanged
     * @throws IOException when the build's filtering would fail for this file; its message, which must not quote
     *     the file's content, is reported with the file's name
     */
    String filter(Path file, String text) throws IOException;
}
