package dev.readiness.internal;

import dev.readiness.settings.Setting;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The comment that governs a setting read from a file: the block of comment lines directly above its key (a
 * header comment governs the keys written under it until a blank line or the next comment), and, in a dotenv file,
 * a comment after its value. Gates read it to tell a stand-in from a real value ({@code # generate with: openssl
 * rand -hex 32}, {@code # Optional}); it is never printed, since a comment may hold what it talks about.
 *
 * <p>Not API: the settings keep the comment out of their public surface, and hand this class the one way to read
 * it when {@link Setting} is loaded (as the JDK's {@code SharedSecrets} do). Thread-safe.
 */
public final class GoverningComments {

    /** Set by {@link Setting} as it initializes, so before any setting exists; {@code null} only until then. */
    private static volatile @Nullable Function<Setting, String> reader;
    private static volatile boolean installed;

    private GoverningComments() {
    }

    /**
     * The comment governing a setting.
     *
     * @param setting the setting
     * @return the comment's text, lines joined by {@code \n} without their {@code #}, or empty when there is none
     */
    public static String of(Setting setting) {
        Objects.requireNonNull(setting, "setting");
        Function<Setting, String> comments = reader;
        return comments == null ? "" : comments.apply(setting);
    }

    /**
     * Installs how comments are read; called once, by {@link Setting} as it loads.
     *
     * @param comments reads a setting's comment
     * @throws IllegalStateException when a reader is already installed
     */
    public static synchronized void reader(Function<Setting, String> comments) {
        if (installed) {
            throw new IllegalStateException("the comment reader is installed once, by Setting");
        }
        reader = Objects.requireNonNull(comments, "comments");
        installed = true;
    }
}
