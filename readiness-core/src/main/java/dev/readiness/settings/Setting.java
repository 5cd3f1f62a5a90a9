package dev.readiness.settings;

import dev.readiness.internal.MavenTokens;
import java.util.Objects;

/**
 * One configuration value with its key and origin. Immutable and thread-safe.
 *
 * <p>{@link #toString()} prints the key and origin, never the value, so a setting can be logged or put in an
 * exception message safely; a key that may itself be a secret (a token pasted as a key, or a valueless key of
 * base64 characters that may be a line of a pasted private key) is shown as {@code [redacted]}. Only {@link #value()} gives the value; gates must not copy it into a finding.
 */
public final class Setting {

    private final String key;
    private final String value;
    private final Object where;
    private final int line;
    private final int column;

    /** Where a deferred value was written and what supplies it at run time. */
    private record Deferred(Origin origin, String suppliedBy, String comment) {
    }

    /**
     * Where a value that still holds references nothing defines where the service runs was written, and the
     * names of the references ({@code JWT_SECRET}); see {@link Setting#unresolved(String, String, Origin, String)}.
     */
    private record Unresolved(Origin origin, String references) {
    }

    /** Where a literal value (see {@link Setting#literal(String, String, Origin)}) came from; rare, so held apart. */
    private record Literal(Origin origin, String comment) {
    }

    /**
     * Where a value read as built came from (see {@link Setting#isAsBuilt()}): text holding an {@code @} that a
     * packaged jar, a filtered resource or the running service holds; rare, so held apart.
     */
    private record AsBuilt(Origin origin, String comment) {
    }

    /**
     * A file name with the comment that governs the settings written under it (see
     * {@link dev.readiness.internal.GoverningComments}): one object shared by every setting of a comment block, so a
     * commented setting costs no more than a plain one; a comment after a value is that setting's own.
     */
    record CommentedFile(String file, String block, String trailing) {

        String comment() {
            return trailing.isEmpty() ? block : block.isEmpty() ? trailing : block + '\n' + trailing;
        }
    }

    static {
        dev.readiness.internal.GoverningComments.reader(Setting::comment);
    }

    /**
     * A million settings must fit in a small heap, so a setting holds four references and two numbers: a file
     * origin is kept as the file name (one string shared by every line of the file), or as the file name with the
     * comment that governs the setting (one object shared by a comment block), and its line and column, and made
     * again when asked for; the canonical key is computed when asked for.
     */
    private Setting(String key, String value, Origin origin, @org.jspecify.annotations.Nullable String deferredTo,
            boolean literal) {
        this.key = key;
        this.value = value;
        if (literal) {
            this.where = new Literal(origin, "");
            this.line = 0;
            this.column = 0;
        } else if (deferredTo != null) {
            this.where = new Deferred(origin, deferredTo, "");
            this.line = 0;
            this.column = 0;
        } else if (origin.isPlainFile()) {
            this.where = origin.file().orElseThrow();
            this.line = origin.line().orElseThrow();
            this.column = origin.column().orElse(0);
        } else {
            this.where = origin;
            this.line = 0;
            this.column = 0;
        }
    }

    private Setting(String key, String value, Object file, int line, int column) {
        this.key = key;
        this.value = value;
        this.where = file;
        this.line = line;
        this.column = column;
    }

    /**
     * A setting read from a file, as {@code of(key, value, Origin.file(file, line, column))} without making the
     * origin: a reader of a large file makes one setting per value and the origin only when one is asked for.
     *
     * @param line the 1-based line
     * @param column the 1-based column, or 0 when not known
     */
    static Setting inFile(String key, String value, String file, int line, int column) {
        if (line < 1 || column < 0) {
            return of(key, value, column > 0 ? Origin.file(file, line, column) : Origin.file(file, line));
        }
        return new Setting(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"),
                Objects.requireNonNull(file, "file"), line, column);
    }

    /**
     * A setting read from a file under a comment, as {@link #inFile(String, String, String, int, int)} with the
     * comment kept for the gates' judgement (never printed).
     */
    static Setting inFile(String key, String value, CommentedFile commented, int line, int column) {
        if (line < 1 || column < 0) {
            return inFile(key, value, commented.file(), line, column);
        }
        return new Setting(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"),
                Objects.requireNonNull(commented, "commented"), line, column);
    }

    /**
     * Creates a setting.
     *
     * @param key the key as written where it came from, e.g. {@code JWT_SECRET} or {@code jwt.secret}
     * @param value the value, possibly empty
     * @param origin where it came from
     * @return the setting
     */
    public static Setting of(String key, String value, Origin origin) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(origin, "origin");
        return new Setting(key, value, origin, null, false);
    }

    /**
     * A setting whose value is the one a running service received (a property of Spring's {@code Environment} at
     * start-up, after the build and Spring's own resolution): as {@link #of(String, String, Origin)}, except that a
     * whole Maven resource filtering token ({@code @jwt.secret@}) is {@linkplain #literal(String, String, Origin)
     * literal}. In a source file the build may fill such a token; in the running service nothing fills it any more,
     * so the service signs or connects with those characters, and the gates judge them as written. Any other value
     * holding an {@code @} is {@linkplain #isAsBuilt() as built}, so a token a Spring expression's literal gives
     * ({@code #{'@jwt.secret@'}}) is judged as text too.
     *
     * @param key the key
     * @param value the value the service received
     * @param origin where it came from
     * @return the setting
     */
    public static Setting ofReceived(String key, String value, Origin origin) {
        Objects.requireNonNull(value, "value");
        if (value.indexOf('@') < 0) {
            return of(key, value, origin);
        }
        return MavenTokens.hasTokenShape(value.strip()) ? literal(key, value, origin)
                : new Setting(Objects.requireNonNull(key, "key"), value,
                        new AsBuilt(Objects.requireNonNull(origin, "origin"), ""), 0, 0);
    }

    /**
     * A setting whose value is literal text even where it reads like a reference: Spring's escaped placeholder
     * {@code \${JWT_SECRET}} gives the service the text {@code ${JWT_SECRET}} at run time, not the value of an
     * environment variable. Gates judge such a value as written; {@code ${…}} in it is no reference.
     *
     * @param key the key
     * @param value the value the service will see, escapes removed, e.g. {@code ${JWT_SECRET}}
     * @param origin where it came from
     * @return the setting
     */
    public static Setting literal(String key, String value, Origin origin) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(origin, "origin");
        return new Setting(key, value, origin, null, true);
    }

    /**
     * This setting as a {@linkplain #literal(String, String, Origin) literal} one, keeping its origin and the
     * comment that governs it.
     */
    Setting asLiteral() {
        if (isLiteral()) {
            return this;
        }
        return new Setting(key, value, new Literal(origin(), comment()), 0, 0);
    }

    /**
     * This setting {@linkplain #isAsBuilt() as built}, keeping its origin and the comment that governs it.
     */
    Setting asBuilt() {
        if (isAsBuilt() || isLiteral() || isDeferred()) {
            return this;
        }
        return new Setting(key, value, new AsBuilt(origin(), comment()), 0, 0);
    }

    /**
     * A setting whose value is not known before the service runs: a {@code ${X}} reference none of the sources
     * read defines and that has no default, or a Kubernetes Secret or ConfigMap key that is not in the input.
     * Gates do not judge such a value as written (it is not what will run); the {@code settings} gate reports it
     * once as INFO, and as NO-GO only when the key is required and the value is an unresolved {@code ${X}}.
     *
     * @param key the key
     * @param value the value as written, e.g. {@code ${JWT_SECRET}}, or empty when nothing is written
     * @param origin where it came from
     * @param suppliedBy what supplies the value at run time, e.g. {@code environment variable JWT_SECRET} or
     *        {@code key jwt of Secret api-secrets}; never a value
     * @return the setting
     */
    public static Setting deferred(String key, String value, Origin origin, String suppliedBy) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(suppliedBy, "suppliedBy");
        return new Setting(key, value, origin, suppliedBy, false);
    }

    /**
     * A {@linkplain #deferred(String, String, Origin, String) deferred} setting made from one written in a file,
     * keeping the comment that governs the written one: {@code # Required} above {@code api.key=${API_KEY:}} still
     * says what the key is once its value is known to come at run time.
     */
    static Setting deferredFrom(Setting written, String value, Origin origin, String suppliedBy) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(suppliedBy, "suppliedBy");
        return new Setting(written.key, value, new Deferred(origin, suppliedBy, written.comment()), 0, 0);
    }

    /**
     * The {@linkplain #unresolvedReferences() unresolved reference} of a value holding {@code ${}}, a reference
     * with neither a name nor a default: nothing can define it, at deploy or at run time.
     */
    public static final String NAMELESS_REFERENCE = "${}";

    /**
     * A setting read where the service runs (at boot) whose value still holds a {@code ${X}} reference that nothing
     * defines there and that has no default: the service runs with the text {@code ${X}} as the value, or fails when
     * it reads it. Unlike a {@linkplain #deferred(String, String, Origin, String) deferred} value, nothing will supply
     * it later; the {@code settings} gate reports it (NO-GO in staging and production), and the other gates judge
     * the value as written.
     *
     * @param key the key
     * @param value the value as the service sees it, e.g. {@code ${JWT_SECRET}}
     * @param origin where it came from
     * @param references the names of the references nothing defines ({@code JWT_SECRET}, {@code DB_HOST, DB_PORT}
     *        when several); never a value
     * @return the setting
     */
    public static Setting unresolved(String key, String value, Origin origin, String references) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(references, "references");
        return new Setting(key, value, new Unresolved(origin, references), 0, 0);
    }

    /**
     * The references nothing defines where the service runs (see {@link #unresolved(String, String, Origin, String)}).
     *
     * @return the names referred to, comma-separated, or empty when the value holds none
     */
    public java.util.Optional<String> unresolvedReferences() {
        return where instanceof Unresolved unresolved ? java.util.Optional.of(unresolved.references())
                : java.util.Optional.empty();
    }

    /**
     * Whether the value is only known at run time (see {@link #deferred(String, String, Origin, String)}).
     *
     * @return {@code true} when deferred
     */
    public boolean isDeferred() {
        return where instanceof Deferred;
    }

    /**
     * Whether the value is literal text in which {@code ${…}} is no reference (see
     * {@link #literal(String, String, Origin)}): judge it as written.
     *
     * @return {@code true} when a {@code ${…}} in the value came from an escaped placeholder
     */
    public boolean isLiteral() {
        return where instanceof Literal;
    }

    /**
     * Whether the value is text as the build left it, where nothing fills a Maven resource filtering token any more:
     * a packaged jar's entry, a resource file after the build's filtering, a property the running service received
     * ({@link #ofReceived(String, String, Origin)}). A whole {@code @name@} token reached inside such a value (the
     * default of {@code ${JWT_SECRET:@jwt.secret@}}, the literal of {@code #{'@jwt.secret@'}}) is the text the
     * service runs with, not a reference the build fills; a whole value that is one token is made
     * {@linkplain #isLiteral() literal} instead.
     *
     * @return {@code true} for a value as built that holds an {@code @}
     */
    public boolean isAsBuilt() {
        return where instanceof AsBuilt;
    }

    /**
     * What supplies a deferred value at run time.
     *
     * @return the description, or empty when the value is known
     */
    public java.util.Optional<String> suppliedBy() {
        return where instanceof Deferred deferred ? java.util.Optional.of(deferred.suppliedBy())
                : java.util.Optional.empty();
    }

    /**
     * The key as written where the value came from.
     *
     * @return the key
     */
    public String key() {
        return key;
    }

    /**
     * The key in canonical form (see {@link RelaxedNames#canonical(String)}), used to match keys the way
     * Spring's relaxed binding does.
     *
     * @return the canonical key
     */
    public String canonicalKey() {
        return RelaxedNames.canonical(key);
    }

    /**
     * Whether this setting configures readiness itself rather than the application: a policy key such as
     * {@code readiness.waivers[0].code}, {@code readiness.secrets.exclude-keys} or {@code READINESS_STAGE}, in any
     * spelling. Gates judge the application's settings and leave these alone; the runner reads them as policy.
     *
     * <p>A key whose first word only begins with the word ({@code readinessProbe.initialDelaySeconds} of every Helm
     * chart, {@code readiness-check.path}) is the application's.
     *
     * @return {@code true} when the key's first part is {@code readiness}
     */
    public boolean isPolicy() {
        if (!key.isEmpty() && (key.charAt(0) | 0x20) == 'r' && key.regionMatches(true, 0, "readiness", 0, 9)) {
            return key.length() == 9 || isPartEnd(key.charAt(9));
        }
        return !key.isEmpty() && !Character.isLetterOrDigit(key.charAt(0)) && canonicalKey().startsWith("readiness");
    }

    /** The characters that end a key's first part: {@code readiness.x}, {@code READINESS_X}, {@code Readiness:X}. */
    private static boolean isPartEnd(char c) {
        return c == '.' || c == '_' || c == '[' || c == ':';
    }

    /**
     * The raw value. Never put it, or any part of it, into a finding, log or exception.
     *
     * @return the value
     */
    public String value() {
        return value;
    }

    /**
     * Whether the value carries a credential inside it, whatever its key is called: the password of a URL's user
     * information ({@code postgres://app:s3cr3t@db/orders}), a {@code password=}, {@code token=} or {@code key=}
     * parameter, a JAAS {@code password="…"}. Such a value is as secret as one under a secret key: a caller that
     * would show a value it cannot vouch for (a validation banner) hides it.
     *
     * @return {@code true} when it carries one
     */
    public boolean carriesCredential() {
        return !dev.readiness.internal.EmbeddedCredentials.redacted(value, value).equals(value);
    }

    /**
     * Where the value came from.
     *
     * @return the origin
     */
    public Origin origin() {
        if (where instanceof String file) {
            return column > 0 ? Origin.file(file, line, column) : Origin.file(file, line);
        }
        if (where instanceof CommentedFile commented) {
            String file = commented.file();
            return column > 0 ? Origin.file(file, line, column) : Origin.file(file, line);
        }
        if (where instanceof Literal literal) {
            return literal.origin();
        }
        if (where instanceof AsBuilt built) {
            return built.origin();
        }
        if (where instanceof Unresolved unresolved) {
            return unresolved.origin();
        }
        return where instanceof Deferred deferred ? deferred.origin() : (Origin) where;
    }

    /** The comment written above the setting or after its value in its file, or empty; never printed. */
    private String comment() {
        if (where instanceof Literal literal) {
            return literal.comment();
        }
        if (where instanceof Deferred deferred) {
            return deferred.comment();
        }
        if (where instanceof AsBuilt built) {
            return built.comment();
        }
        return where instanceof CommentedFile commented ? commented.comment() : "";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Setting that && key.equals(that.key) && value.equals(that.value)
                && isLiteral() == that.isLiteral() && origin().equals(that.origin()) && suppliedBy().equals(that.suppliedBy())
                && unresolvedReferences().equals(that.unresolvedReferences());
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, value, origin(), suppliedBy().orElse(null));
    }

    @Override
    public String toString() {
        if (dev.readiness.internal.PastedKeyLines.mayBeBodyLineAlone(key, value)) {
            return dev.readiness.internal.FindingScrubber.REDACTED + " (" + origin() + ")";
        }
        return dev.readiness.internal.SecretShapedKeys.redacted(key + " (" + origin() + ")");
    }
}
