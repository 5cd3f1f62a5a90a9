package dev.readiness.gates.internal;

import dev.readiness.internal.MavenTokens;

/**
 * Maven resource filtering tokens: with Spring Boot's starter parent, {@code @name@} in {@code application.properties}
 * or {@code application.yml} is replaced by the Maven property {@code name} when the build copies the resources
 * ({@code spring.datasource.url=@db.url@}, {@code info.version=@project.version@}; Spring Boot's "automatic property
 * expansion using Maven"). A whole value so written is filled at build time from the build's profile, so it is a
 * reference, not a placeholder or a broken URL; so is an autoconf substitution ({@code @sysconfdir@}, {@code @_X@}).
 * A token whose name is a note to whoever fills the file ({@code @SET_ME@}, {@code @CHANGE_ME@}, {@code @YOUR_DB_HOST@})
 * is not: no build defines such a property, so the note ships as written (forty-sixth pass, as
 * {@link ReplaceTokens} reads {@code @@CHANGEME@@}). Stateless; one scan of the value.
 */
public final class MavenResourceTokens {

    private MavenResourceTokens() {
    }

    /**
     * Whether the trimmed value is one token {@code @name@}: a property name of letters, digits, {@code .},
     * {@code -} and {@code _} starting with a letter or {@code _}, between two {@code @}.
     *
     * @param value the value, trimmed
     * @return {@code true} for a whole Maven filtering token
     */
    public static boolean isWholeToken(String value) {
        return MavenTokens.hasTokenShape(value) && !ReplaceTokens.namesFillIn(value, 1, false);
    }

    /**
     * Whether the trimmed value has the shape of a whole token and its name is a note to whoever fills the file
     * ({@code @SET_ME@}, {@code @YOUR_BROKERS@}): template text where a value belongs, not a build property.
     *
     * @param value the value, trimmed
     * @return {@code true} for such a note
     */
    public static boolean isFillInNote(String value) {
        return MavenTokens.hasTokenShape(value) && ReplaceTokens.namesFillIn(value, 1, false);
    }
}
