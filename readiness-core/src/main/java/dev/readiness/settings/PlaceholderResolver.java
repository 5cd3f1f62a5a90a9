package dev.readiness.settings;

import dev.readiness.internal.MavenTokens;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Resolves {@code ${…}} references in every value as Spring resolves them: {@code ${A}}, {@code ${A:default}},
 * nested ({@code ${A:${B}}}, {@code ${${NAME}}}) and escaped ({@code \${A}} stays {@code ${A}}) forms, looked up
 * in the merged settings by relaxed name. A resolved value's origin names both places; a reference that nothing
 * resolves and that has no default, or an empty one ({@code ${X:}}, the way an optional value is written), stays as
 * written and makes the setting {@link Setting#isDeferred() deferred}; so does a reference to a setting that is itself
 * deferred (an environment variable a manifest takes from a Secret that is not in the input): the value is known only
 * at deploy, never the empty text that stands for it here.
 * A cycle is an error naming its keys, except a value that is only a reference to its own key
 * ({@code build.timestamp=${build.timestamp}}, a Maven resource-filtering token), deferred like any value the build or
 * the environment supplies. A setting of an environment file that names itself
 * ({@code DOC_ENGINE=${DOC_ENGINE:-elasticsearch}}) is no cycle: the shell or Compose that reads the file looks the
 * name up in the outer environment, so the reference resolves to its default or stays deferred, a default
 * written {@code :-} there is read without its {@code -}, and {@code ${NAME:?message}} (required, no default) stays
 * deferred. A value that a template engine renders first (a Helm action
 * {@code {{ .Values.x }}}, an ERB tag {@code <%= ENV["X"] %>}, see {@link TemplateExpressions}) is deferred as it is:
 * what runs is known only after rendering; so is a {@code {{ … }}} value of a file that is a Jinja template of its own
 * variables ({@link JinjaReferences}), and so is a value that references one of them through {@code ${…}}; so are a
 * whole {@code __NAME__} marker of a YunoHost package's template ({@link YunoHostTemplates}) and a whole
 * {@code %(NAME)s} of Python's {@code configparser} that no key of the file defines. A default Micronaut quotes in backticks
 * ({@code ${JDBC_URL:`jdbc:postgresql://db:5432/app`}}) is read without them. Linear in the total length of the values
 * for settings without references.
 */
final class PlaceholderResolver {

    private static final int MAX_DEPTH = 32;

    /**
     * A reference without a name and without a default ({@code ${}}): no property or variable can ever define it,
     * so it is reported as unresolved, not deferred to run time.
     */
    private static final String NAMELESS = Setting.NAMELESS_REFERENCE;

    /** Places and names a trail keeps; more are counted, so one value referring to thousands stays one short line. */
    static final int MAX_PLACES = 10;

    /**
     * The most characters one resolved value may have: the size of the largest settings file read. References
     * that double a value at every step ({@code b=${a}${a}}, {@code c=${b}${b}}, …) would otherwise need gigabytes.
     */
    static final int MAX_VALUE_CHARS = 16 * 1024 * 1024;

    private final Settings settings;
    private static final java.util.regex.Pattern ELEMENT_SEPARATORS = java.util.regex.Pattern.compile("[.\\[\\]]+");

    private final Predicate<Setting> fromEnvironment;
    private final Set<String> jinjaTemplates;
    private final Map<Setting, Resolution> resolved = new IdentityHashMap<>();
    private final Deque<Setting> resolving = new ArrayDeque<>();
    private OwnFieldReferences.@Nullable Siblings ownFields; // made with the first value that may read a field
    private java.util.@Nullable Map<String, String> yunoHostFiles; // made with the first whole __NAME__ marker

    /**
     * A setting's resolved value; {@code through} counts the settings in its longest chain of references, itself
     * included, so a chain is bounded whichever setting of it is resolved first.
     */
    private record Resolution(String value, List<String> via, List<String> unresolved, List<String> suppliedLater,
            boolean literal, int through) {
    }

    /** What a trail that reached {@link #MAX_PLACES} items ends with. */
    static final String MORE = "and others";

    /** The places a value came through and the names nothing defines, each once, in order; made only when needed. */
    private static final class Trail {

        private List<String> via = List.of();
        private List<String> unresolved = List.of();
        private List<String> suppliedLater = List.of();
        private boolean literal;
        private int through;

        void via(String place) {
            via = addOnce(via, place);
        }

        void unresolved(String name) {
            unresolved = addOnce(unresolved, name);
        }

        /** A referenced setting is itself only known at deploy (a Secret not in the input): what supplies it. */
        void suppliedLater(String suppliedBy) {
            suppliedLater = addOnce(suppliedLater, suppliedBy);
        }

        void through(int settings) {
            through = Math.max(through, settings);
        }

        /** An escaped placeholder was kept as text: the value holds a {@code ${…}} that is no reference. */
        void escaped() {
            literal = true;
        }

        void addAll(Resolution resolution) {
            resolution.via().forEach(this::via);
            resolution.unresolved().forEach(this::unresolved);
            resolution.suppliedLater().forEach(this::suppliedLater);
            literal |= resolution.literal();
            through(resolution.through());
        }

        /**
         * Adds an item once; past {@link #MAX_PLACES} items the rest are only counted as {@link #MORE}, which keeps
         * a trail, and the origin or text made of it, short and its cost linear.
         */
        private static List<String> addOnce(List<String> list, String item) {
            if (list.contains(item) || list.size() > MAX_PLACES) {
                return list;
            }
            if (list.size() == MAX_PLACES) {
                item = MORE;
            }
            List<String> grown = list.isEmpty() ? new ArrayList<>(2) : list;
            grown.add(item);
            return grown;
        }
    }

    private PlaceholderResolver(Settings settings, Predicate<Setting> fromEnvironment, Set<String> jinjaTemplates) {
        this.settings = settings;
        this.fromEnvironment = fromEnvironment;
        this.jinjaTemplates = jinjaTemplates;
    }

    /**
     * Resolves every value.
     *
     * @param settings the merged settings, highest precedence already applied
     * @param fromEnvironment which settings stand for the process environment (env files, manifests), so their
     *        origins read {@code environment variable X from prod.env:3}
     * @return the settings with values resolved, in the same order
     * @throws SettingsFileException naming the origin and the keys of a cycle, or a nesting deeper than 32
     */
    static Settings resolve(Settings settings, Predicate<Setting> fromEnvironment) {
        Set<String> jinjaTemplates = JinjaReferences.templatedFiles(settings);
        PlaceholderResolver resolver = new PlaceholderResolver(settings, fromEnvironment, jinjaTemplates);
        Setting[] replaced = null;
        List<Setting> all = settings.list();
        for (int i = 0; i < all.size(); i++) {
            Setting setting = all.get(i);
            Setting rendered = isForeignLookUp(setting) ? setting
                    : JinjaReferences.deferredIfRendered(setting, jinjaTemplates);
            Setting resolved = rendered != setting ? rendered : resolver.resolved(setting);
            if (resolved != setting) {
                if (replaced == null) {
                    replaced = all.toArray(new Setting[0]);
                }
                replaced[i] = resolved;
            }
        }
        return replaced == null ? settings : settings.withEntries(replaced);
    }

    /** An Ansible {@code lookup('env', …)} is read as the placeholder it means even in a file of Jinja templates. */
    private static boolean isForeignLookUp(Setting setting) {
        return !setting.isDeferred() && !setting.isLiteral() && setting.value().indexOf("lookup(") > 0
                && ForeignReferences.mayHold(setting.value()) && ForeignReferences.placeholderOf(setting.value()) != null;
    }

    private Setting resolved(Setting written) {
        Setting setting = written;
        if (!written.isDeferred() && !written.isLiteral() && written.value().indexOf("get_env") >= 0) {
            String lookup = TemplateExpressions.environmentLookup(written.value());
            if (lookup != null) {
                setting = Setting.of(written.key(), lookup, written.origin());
            }
        }
        if (setting == written && !written.isDeferred() && !written.isLiteral()
                && written.value().indexOf(ProviderLookUps.FRIGATE_MARK) >= 0) {
            String lookUp = ProviderLookUps.frigateForm(written.value());
            if (lookUp != null) {
                setting = Setting.of(written.key(), lookUp, written.origin());
            }
        }
        if (setting == written && !written.isDeferred() && !written.isLiteral() && written.value().indexOf("${") >= 0) {
            String lookUp = ProviderLookUps.springForm(written.value());
            if (lookUp != null) {
                setting = Setting.of(written.key(), lookUp, written.origin());
            }
        }
        setting = setting == written && written.value().indexOf("%{") >= 0 ? PercentMacros.read(written) : setting;
        setting = setting == written && written.value().startsWith("os.") ? EnvironmentPathLookUps.read(written)
                : setting; // LiteLLM's api_key: os.environ/ANTHROPIC_API_KEY
        if (setting == written && !written.isDeferred() && !written.isLiteral()
                && ForeignReferences.mayHold(written.value())) {
            setting = foreignReference(written);
        }
        if (setting == written && !written.isDeferred() && !written.isLiteral()
                && CodeExpressions.mayBeLiterals(written.value())) {
            CodeExpressions.Evaluated literals = CodeExpressions.evaluated(written.value());
            if (literals != null) {
                setting = Setting.literal(written.key(), literals.text(), written.origin().via(literals.via()));
            }
        }
        if (setting == written && !written.isDeferred() && !written.isLiteral()
                && (written.value().startsWith("AAAB") || written.value().startsWith("v1:"))) {
            String encryptedBy = ForeignReferences.encryptedBy(written.key(), written.value());
            if (encryptedBy != null) {
                return Setting.deferred(written.key(), written.value(), written.origin(), encryptedBy);
            }
        }
        String rendering = setting.isDeferred() || setting.isLiteral() ? null : renderedBy(setting.value());
        if (rendering == null && !setting.isDeferred() && !setting.isLiteral()) {
            rendering = SecretStoreReferences.suppliedBy(setting.value());
            if (rendering == null) {
                rendering = SecretStoreReferences.suppliedUnder(setting.key(), setting.value());
            }
            if (rendering == null && !setting.value().isEmpty() && setting.value().charAt(0) == '!'
                    && !fromEnvironment.test(setting) && YamlLookUpTags.readsTags(setting.origin())) {
                rendering = YamlLookUpTags.suppliedBy(setting.value());
            }
            if (rendering == null) {
                rendering = CodeExpressions.computedBy(setting.value());
            }
            if (rendering == null && setting.value().indexOf(".get") > 0) {
                rendering = ConfigFileReads.readBy(setting.value());
            }
            if (rendering == null) {
                rendering = codeVariable(setting);
            }
            if (rendering == null && setting.value().indexOf("%(") >= 0) {
                rendering = configParserDefault(setting);
            }
            String markers = rendering == null ? YunoHostTemplates.markersOf(setting.value()) : null;
            if (markers != null) {
                if (yunoHostFiles == null) {
                    yunoHostFiles = YunoHostTemplates.templateFiles(settings);
                }
                rendering = YunoHostTemplates.filledBy(setting, markers, yunoHostFiles);
            }
            if (rendering == null && setting.value().length() > 1 && Character.isLetter(setting.value().charAt(0))) {
                rendering = NodeConfigVariables.suppliedBy(setting);
            }
            if (rendering == null && setting.value().indexOf('.') > 1) {
                if (ownFields == null) {
                    ownFields = OwnFieldReferences.siblings(settings);
                }
                rendering = OwnFieldReferences.readBy(setting, ownFields);
            }
            if (rendering == null && setting.value().length() > 3 && Character.isLowerCase(setting.value().charAt(0))
                    && setting.value().indexOf('_') > 0) {
                rendering = BoundVariables.boundBy(setting, settings);
            }
        }
        if (rendering != null) {
            return Setting.deferred(setting.key(), setting.value(), setting.origin(), rendering);
        }
        if (setting.isDeferred() || setting.isLiteral() || setting.value().indexOf("${") < 0 && setting.value().indexOf("\\$") < 0
                && !(isEnvFileSetting(setting) && ShellReferences.contains(setting.value()))) {
            return setting;
        }
        Resolution resolution = resolve(setting);
        if (resolution.via().isEmpty() && resolution.unresolved().isEmpty() && resolution.suppliedLater().isEmpty()
                && resolution.value().equals(setting.value())) {
            return setting;
        }
        Origin origin = resolution.via().isEmpty() ? setting.origin()
                : setting.origin().via(String.join(", ", resolution.via()));
        if (resolution.unresolved().contains(NAMELESS)) {
            return Setting.unresolved(setting.key(), resolution.value(), origin, NAMELESS);
        }
        if (!resolution.unresolved().isEmpty() || !resolution.suppliedLater().isEmpty()) {
            List<String> suppliers = new ArrayList<>(resolution.suppliedLater());
            if (!resolution.unresolved().isEmpty()) {
                suppliers.add(String.join(", ", resolution.unresolved()) + " at run time");
            }
            return Setting.deferredFrom(setting, resolution.value(), origin, String.join(", ", suppliers));
        }
        // a token reached through a default of text as built ({@code ${X:@jwt.secret@}} in a jar) is no reference
        return resolution.literal() || setting.isAsBuilt() && MavenTokens.hasTokenShape(resolution.value().strip())
                ? Setting.literal(setting.key(), resolution.value(), origin)
                : Setting.of(setting.key(), resolution.value(), origin);
    }

    /**
     * A setting whose value is an environment look-up in another language, written as the placeholder it means, or one
     * holding a deploy tool's own reference, deferred to it ({@link ForeignReferences}); else the setting itself. A
     * default no placeholder can carry (an unclosed brace) is the literal value wherever none of its variables is set.
     */
    private Setting foreignReference(Setting written) {
        String placeholder = ForeignReferences.placeholderOf(written.value());
        if (placeholder != null) {
            ForeignReferences.LiteralDefault fallback = ForeignReferences.literalDefaultOf(written.value());
            if (fallback != null && fallback.names().stream().allMatch(name -> lookup(name) == null)) {
                return Setting.literal(written.key(), fallback.text(),
                        written.origin().via("the default of " + placeholder));
            }
            return environmentOnly(written, placeholder);
        }
        String deployedBy = ForeignReferences.deployedBy(written.value());
        return deployedBy == null ? written
                : Setting.deferred(written.key(), written.value(), written.origin(), deployedBy);
    }

    /**
     * What supplies a value that is the bare name of another of its file's keys, as configuration written as code
     * gives one variable's value to another ({@code client_secret = OIDC_CLIENT_SECRET}): the code's variable, judged
     * under its own key; {@code null} for any other value. Only a name in capitals with an underscore is read, so a
     * word that happens to be a key ({@code mode=test}) stays a value.
     */
    private @Nullable String codeVariable(Setting setting) {
        String value = setting.value();
        if (value.length() < 4 || value.length() > 128 || value.indexOf('_') < 0 || !CodeExpressions.isConstantName(value)
                || value.equals(setting.key())) {
            return null;
        }
        Setting named = settings.get(value).orElse(null);
        return named != null && named.key().equals(value) && !fromEnvironment.test(named)
                && named.origin().file().equals(setting.origin().file())
                ? "the code's variable " + value + ", judged under its own key" : null;
    }

    /**
     * What fills a whole {@code %(NAME)s} interpolation of Python's {@code configparser} ({@link
     * TemplateExpressions#interpolationName}) that no key of the file defines, neither in the value's section nor in
     * {@code [DEFAULT]} nor bare: the defaults the program hands the parser; {@code null} for any other value, and for
     * one whose name the file defines (the parser gives that setting's value, judged under its own key).
     */
    private @Nullable String configParserDefault(Setting setting) {
        String name = TemplateExpressions.interpolationName(setting.value());
        if (name == null) {
            return null;
        }
        String key = setting.key();
        int dot = key.lastIndexOf('.');
        if (settings.get(name).isPresent() || settings.get("DEFAULT." + name).isPresent()
                || dot > 0 && settings.get(key.substring(0, dot + 1) + name).isPresent()) {
            return null;
        }
        return "configparser's interpolation of " + name + ", filled from the defaults the program gives the parser";
    }

    /**
     * A code look-up's placeholder, read against the environment only: the variable a look-up names is never one of
     * the file's own keys, which are the code's variables ({@code SECRET_KEY = os.environ['SECRET_KEY']} reads the
     * environment's {@code SECRET_KEY}, not itself). When the configuration's setting of that name is no environment
     * variable, the look-up gives its default, or a value supplied at run time when it has none.
     */
    private Setting environmentOnly(Setting written, String placeholder) {
        String current = placeholder;
        Origin origin = written.origin();
        while (true) {
            int end = current.indexOf(':');
            int close = current.indexOf('}');
            String name = current.substring(2, end > 0 && end < close ? end : close);
            Setting named = settings.get(name).orElse(null);
            if (named == null || fromEnvironment.test(named)) {
                return Setting.of(written.key(), current, origin);
            }
            if (!(end > 0 && end < close)) {
                return Setting.deferredFrom(written, written.value(), written.origin(),
                        "environment variable " + name + " at run time");
            }
            String fallback = current.substring(end + 1, current.length() - 1);
            origin = origin.via("the default of ${" + name + "}");
            // a chain (os.environ.get('SECRET_KEY', os.environ.get('OLD_KEY', 'x'))) goes on to its next variable
            if (!fallback.startsWith("${") || !fallback.endsWith("}")) {
                return Setting.of(written.key(), fallback, origin);
            }
            current = fallback;
        }
    }

    /**
     * Whether a referenced setting's value is computed by a template engine before the service reads it (a Helm
     * action, an ERB tag, a Jinja expression of a file that is a template of its own variables): the value that
     * references it is known only after rendering too, so it is deferred with it rather than judged with the
     * expression inside ({@code jdbc:postgresql://${db.host}:5432/app} with {@code db.host={{ db_hostname }}}).
     */
    private boolean rendered(Setting target) {
        String value = target.value();
        if (target.isLiteral() || value.indexOf("{{") < 0 && value.indexOf("<%") < 0) {
            return false;
        }
        return renderedBy(value) != null || JinjaReferences.deferredIfRendered(target, jinjaTemplates) != target;
    }

    /**
     * What renders a value holding a template action, an ERB tag or a whole {@code {$NAME}} variable ({@link
     * TemplateExpressions}), or {@code null}.
     */
    private static @Nullable String renderedBy(String value) {
        if (value.indexOf("{$") >= 0) {
            String interpolated = TemplateExpressions.interpolatedBy(value);
            if (interpolated != null) {
                return interpolated;
            }
        }
        return value.indexOf("{{") < 0 && value.indexOf("<%") < 0 ? null : TemplateExpressions.renderedBy(value);
    }

    private Resolution resolve(Setting setting) {
        Resolution known = resolved.get(setting);
        if (known != null) {
            return known;
        }
        if (resolving.contains(setting)) {
            List<String> cycle = new ArrayList<>();
            boolean inCycle = false;
            for (java.util.Iterator<Setting> keys = resolving.descendingIterator(); keys.hasNext(); ) {
                Setting key = keys.next();
                inCycle |= key == setting;
                if (inCycle) {
                    cycle.add(key.key());
                }
            }
            cycle.add(setting.key());
            throw new SettingsFileException(setting.origin().description(), 0, "placeholder cycle "
                    + String.join(" -> ", cycle) + "; Spring Boot cannot resolve it and stops start-up");
        }
        if (resolving.size() >= MAX_DEPTH) {
            throw new SettingsFileException(setting.origin().description(), 0, "placeholders of " + setting.key()
                    + " refer through more than " + MAX_DEPTH + " settings");
        }
        if (setting.isLiteral()) {
            Resolution asWritten = new Resolution(setting.value(), List.of(), List.of(), List.of(), true, 1);
            resolved.put(setting, asWritten);
            return asWritten;
        }
        resolving.push(setting);
        try {
            Trail trail = new Trail();
            String written = isEnvFileSetting(setting) ? ShellReferences.braced(setting.value()) : setting.value();
            String value = written.indexOf("${") < 0 ? written : expand(written, trail, 0);
            if (trail.through >= MAX_DEPTH) {
                throw new SettingsFileException(setting.origin().description(), 0, "placeholders of " + setting.key()
                        + " refer through more than " + MAX_DEPTH + " settings");
            }
            Resolution resolution = new Resolution(value, trail.via, trail.unresolved, trail.suppliedLater,
                    trail.literal, trail.through + 1);
            resolved.put(setting, resolution);
            return resolution;
        } finally {
            resolving.pop();
        }
    }

    private String expand(String text, Trail trail, int depth) {
        if (depth > MAX_DEPTH) {
            List<String> keys = new ArrayList<>();
            resolving.descendingIterator().forEachRemaining(setting -> keys.add(setting.key()));
            Setting outermost = resolving.peekLast();
            throw new SettingsFileException(outermost == null ? String.join(" -> ", keys)
                    : outermost.origin().description(), 0, "placeholders in the value of " + String.join(" -> ", keys)
                    + " are nested more than " + MAX_DEPTH + " deep");
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && text.startsWith("${", i + 1)) {
                int end = closing(text, i + 3);
                int stop = end < 0 ? text.length() : end + 1;
                out.append(text, i + 1, stop);
                trail.escaped();
                i = stop;
                continue;
            }
            if (c != '$' || !text.startsWith("${", i)) {
                out.append(c);
                i++;
                continue;
            }
            int end = closing(text, i + 2);
            if (end < 0) {
                out.append(text, i, text.length());
                break;
            }
            String inner = text.substring(i + 2, end);
            int separator = separator(inner);
            Setting current = resolving.peek();
            boolean unsetOnly = false;
            if (separator < 0 && current != null && fromEnvironment.test(current)) {
                separator = unsetOnlyDefault(inner);
                unsetOnly = separator > 0;
            }
            Trail nameTrail = new Trail();
            String name = expand(separator < 0 ? inner : inner.substring(0, separator), nameTrail, depth + 1)
                    .replace("\\:", ":");
            nameTrail.via.forEach(trail::via);
            trail.through(nameTrail.through);
            boolean nameUnknown = !nameTrail.unresolved.isEmpty();
            nameTrail.unresolved.forEach(unknown -> trail.unresolved(unknown.equals(MORE) ? MORE
                    : "the setting named by " + unknown));
            Setting target = nameUnknown ? null : lookup(name);
            if (target != null && (target == current || rewrittenFrom(target, current))
                    && (fromEnvironment.test(target) || filteredByBuild(current)
                    || separator >= 0 && overriddenByEnvironment(current))) {
                target = null;
            }
            int alternate = current != null && fromEnvironment.test(current) ? alternateStart(inner, separator) : -1;
            if (alternate > 0) {
                trail.via("the alternate value of ${" + name + "}");
                append(out, expand(withoutBackticks(inner.substring(alternate)), trail, depth + 1));
            } else if (target != null && rendered(target)) {
                trail.via(describe(target));
                trail.unresolved(name + " once rendered");
                out.append(text, i, end + 1);
            } else if (target != null) {
                Resolution resolution = resolve(target);
                trail.via(describe(target));
                trail.addAll(resolution);
                if (resolution.unresolved().isEmpty()) {
                    target.suppliedBy().ifPresent(trail::suppliedLater);
                }
                append(out, resolution.value());
            } else if (separator >= 0 && separator + 1 < inner.length()
                    && !(current != null && fromEnvironment.test(current) && noShellDefault(inner, separator))
                    && !(current != null && composeEnvironment(current) && requiredOperator(inner, separator))) {
                trail.via("the default of ${" + name + "}");
                String fallback = inner.substring(separator + 1);
                if (!unsetOnly && shellDefault(fallback) && current != null && fromEnvironment.test(current)) {
                    fallback = fallback.substring(1);
                }
                fallback = withoutBackticks(fallback);
                append(out, expand(fallback, trail, depth + 1));
            } else {
                if (!nameUnknown) {
                    trail.unresolved(name.isBlank() ? separator < 0 ? NAMELESS : "${:}" : printable(name));
                }
                out.append(text, i, end + 1);
            }
            i = end + 1;
        }
        return out.toString();
    }

    /** Appends a resolved part, refusing a value that grows past {@link #MAX_VALUE_CHARS}. */
    private void append(StringBuilder out, String part) {
        if ((long) out.length() + part.length() > MAX_VALUE_CHARS) {
            Setting outermost = resolving.peekLast();
            Setting innermost = resolving.peek();
            throw new SettingsFileException(outermost == null ? "placeholders" : outermost.origin().description(), 0,
                    "placeholders in the value of " + (innermost == null ? "a setting" : innermost.key())
                            + " expand to more than " + MAX_VALUE_CHARS / (1024 * 1024)
                            + " MB of text (references that repeat a value at every step)");
        }
        out.append(part);
    }

    /**
     * Whether the setting being resolved is another setting's value rewritten as the placeholder it means (the same
     * key and place, another object): a configuration written as code that reads its own name from the environment
     * ({@code DB_PASSWORD=getenv('DB_PASSWORD')} from {@code define('DB_PASSWORD', getenv('DB_PASSWORD'))},
     * {@code SECRET_KEY=os.environ['SECRET_KEY']}) then refers to itself as {@code DB_PASSWORD=${DB_PASSWORD}} does,
     * and is read the same way: deferred to the environment, or its default judged. Without this the look-up found
     * the written call text and judged it as the secret.
     */
    private static boolean rewrittenFrom(Setting target, @Nullable Setting current) {
        return current != null && target != current && target.key().equals(current.key())
                && target.origin().equals(current.origin()) && !target.value().equals(current.value());
    }

    /**
     * Whether a setting's whole value is a reference to its own name ({@code build.timestamp=${build.timestamp}}):
     * the way Maven resource filtering marks a value the build fills in. Spring never sees it in a packaged
     * archive, so it is deferred like any value supplied from outside, not a cycle.
     */
    private static boolean filteredByBuild(Setting setting) {
        return afterOwnName(setting) == setting.value().length() - 1;
    }

    /**
     * Where a setting's whole value, a single {@code ${…}} reference that starts with the setting's own key, goes on
     * after that name ({@code }} or {@code :}); -1 for any other value.
     */
    private static int afterOwnName(Setting setting) {
        String value = setting.value();
        String key = setting.key();
        int after = key.length() + 2;
        return value.length() > after && value.startsWith("${") && value.indexOf('}') == value.length() - 1
                && value.regionMatches(2, key, 0, key.length()) ? after : -1;
    }

    /**
     * Whether a setting's whole value is a reference to its own name with a default ({@code SECRET_KEY=${SECRET_KEY:x}}),
     * the way a configuration flattened from code writes "the environment variable, else this default"
     * ({@code SECRET_KEY = os.environ.get("SECRET_KEY", "x")}). It is read so, as an environment file's own name is: the
     * default is judged and the rest of the file is checked, rather than refusing the whole file as a cycle. (Spring
     * Boot itself stops on it when the variable is unset, which the first start shows.)
     */
    private static boolean overriddenByEnvironment(Setting setting) {
        int after = afterOwnName(setting);
        return after > 0 && setting.value().charAt(after) == ':' && after < setting.value().length() - 1;
    }

    /**
     * Whether a setting comes from a dotenv file ({@code .env}, {@code .env.production}, {@code prod.env}), where
     * dotenv-expand, Docker Compose and shells read {@code $NAME} as a reference too.
     */
    private boolean isEnvFileSetting(Setting setting) {
        if (!fromEnvironment.test(setting)) {
            return false;
        }
        String file = setting.origin().file().orElse("");
        String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
        return name.startsWith(".env") || name.endsWith(".env") || name.contains(".env.");
    }

    /**
     * The setting a placeholder names, as Spring Boot finds it: an environment variable by its relaxed name
     * ({@code ${jwt.secret}} finds {@code JWT_SECRET}), a file's key by its exact name or, for a name in Spring's
     * canonical form (lower case, dots, dashes), by relaxed name; {@code ${JWT_SECRET}} does not find a file's
     * {@code jwt.secret}.
     */
    private @Nullable Setting lookup(String name) {
        if (name.isBlank()) {
            return null;
        }
        Setting target = settings.get(name).orElse(null);
        return target != null && (fromEnvironment.test(target) || target.key().equals(name)
                || isCanonicalName(name) && sameElements(name, target.key())) ? target : null;
    }

    /**
     * Whether two names have the same elements as Spring Boot compares them: split at dots and indexes, each element
     * ignoring case and dashes. A dash joins words inside one element, so {@code ${jwt-secret}} (a Key Vault or
     * environment name) does not name {@code jwt.secret}, while {@code ${jwt.secret-key}} names {@code jwt.secretKey}.
     */
    private static boolean sameElements(String name, String key) {
        String[] names = ELEMENT_SEPARATORS.split(name);
        String[] keys = ELEMENT_SEPARATORS.split(key);
        if (names.length != keys.length) {
            return false;
        }
        for (int i = 0; i < names.length; i++) {
            if (!RelaxedNames.canonical(names[i]).equals(RelaxedNames.canonical(keys[i]))) {
                return false;
            }
        }
        return true;
    }

    /** Spring's canonical form of a name: lower case letters and digits, dots, dashes and indexes. */
    private static boolean isCanonicalName(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean letterOrDigit = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (!letterOrDigit && (i == 0 || c != '.' && c != '-' && c != '[' && c != ']')) {
                return false;
            }
        }
        return !name.isEmpty();
    }

    private String describe(Setting target) {
        String origin = target.origin().description();
        if (fromEnvironment.test(target) && !origin.startsWith("environment variable")) {
            return "environment variable " + target.key() + " from " + origin;
        }
        return origin;
    }

    /**
     * A default as Micronaut reads it: one that holds colons is quoted in backticks
     * ({@code ${JDBC_URL:`jdbc:postgresql://localhost:5432/app`}}), and the quotes are not part of the value.
     */
    private static String withoutBackticks(String fallback) {
        int last = fallback.length() - 1;
        return last > 0 && fallback.charAt(0) == '`' && fallback.charAt(last) == '`'
                && fallback.indexOf('`', 1) == last ? fallback.substring(1, last) : fallback;
    }

    /**
     * Whether a default is written the shell's way, {@code ${NAME:-default}}: in an environment file the {@code -}
     * belongs to the operator, not to the value, as Docker Compose and POSIX shells read it.
     */
    private static boolean shellDefault(String fallback) {
        return fallback.length() > 1 && fallback.charAt(0) == '-';
    }

    /**
     * Whether a placeholder of an environment file gives no default the shell's way: {@code ${NAME:-}} (an empty
     * default) or {@code ${NAME:?message}} (Docker Compose and POSIX shells stop with the message when the variable is
     * unset or empty). Either way the value comes from the environment, like {@code ${NAME}}.
     */
    private static boolean noShellDefault(String inner, int separator) {
        char operator = inner.charAt(separator + 1);
        return operator == '?' || operator == '-' && separator + 2 == inner.length();
    }

    /**
     * Whether a default is the shell's required-variable operator: {@code ${DB_PASSWORD:?}} or
     * {@code ${DB_PASSWORD:?DB_PASSWORD must be set}}, read so in a Compose service's environment however the file came
     * ({@link #composeEnvironment}): the value comes from the environment, like {@code ${DB_PASSWORD}}. A default that
     * holds {@code =} or {@code &} is a query string and stays a default ({@code ${DB_OPTIONS:?ssl=disable}}). Spring's
     * own files keep Spring's reading ({@code ?required} is the default Spring uses).
     */
    /**
     * Whether a setting is a variable of a Compose service's environment
     * ({@code services.db.environment.POSTGRES_PASSWORD}, {@code services.app.environment[0]}), as a Compose file
     * flattened to properties writes it: Compose, not Spring, interpolates its values.
     */
    private static boolean composeEnvironment(Setting setting) {
        String key = setting.key();
        return key.startsWith("services.") && key.indexOf(".environment", 9) > 9;
    }

    private static boolean requiredOperator(String inner, int separator) {
        return inner.charAt(separator + 1) == '?' && inner.indexOf('=', separator + 2) < 0
                && inner.indexOf('&', separator + 2) < 0;
    }

    /**
     * The {@code -} of the shell's {@code ${NAME-default}} (the default when the variable is unset), as Docker Compose
     * and POSIX shells read an environment file: right after a variable's name in capitals, digits and {@code _}
     * ({@code ${newsugar-secrets.jwt-secret}}, a secret store's kebab-case name, stays one name); else -1. Without it the whole text was read as one variable's name, so the default was never judged
     * and was printed as part of that name (hostile testing, thirty-first pass).
     */
    private static int unsetOnlyDefault(String inner) {
        if (inner.isEmpty() || !(inner.charAt(0) >= 'A' && inner.charAt(0) <= 'Z' || inner.charAt(0) == '_')) {
            return -1;
        }
        for (int i = 1; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '-' || c == '+') {
                return i;
            }
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Where the word of the shell's alternate value starts, {@code ${NAME:+word}} or {@code ${NAME+word}}: the value is
     * that word whenever the variable is set, so the word is what the file commits to and is judged, wherever the
     * variable comes from; else -1. Without it the word was read as a default with its {@code +}, or the whole text
     * as one variable's name (hostile testing, thirty-second pass).
     */
    private static int alternateStart(String inner, int separator) {
        if (separator <= 0 || separator + 1 >= inner.length()) {
            return -1;
        }
        if (inner.charAt(separator) == '+') {
            return separator + 1;
        }
        return inner.charAt(separator) == ':' && inner.charAt(separator + 1) == '+' && separator + 2 < inner.length()
                ? separator + 2 : -1;
    }

    /** The index of the {@code }} closing a placeholder whose content starts at {@code from}, or -1. */
    private static int closing(String text, int from) {
        int depth = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        return -1;
    }

    /**
     * The first {@code :} of a placeholder's content outside nested placeholders and not escaped, or -1. A colon
     * followed by {@code //} starts no default: {@code ${sm://db-password}} is one name in a property source's scheme
     * (Spring Cloud GCP's Secret Manager), which Spring tries whole before it splits at the colon. An {@code =} right
     * after a plain name comes first: the shell's {@code ${NAME=default}}.
     */
    private static int separator(String inner) {
        int depth = 0;
        int equals = -1;
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == ':' && depth == 0) {
                if (equals > 0 && plainName(inner, equals)) {
                    return equals;
                }
                return inner.startsWith("//", i + 1) ? -1 : i;
            } else if (c == '=' && depth == 0 && equals < 0) {
                equals = i;
            }
        }
        return equals > 0 && plainName(inner, equals) ? equals : -1;
    }

    /**
     * A reference's name as reports print it: whole when it has only the characters of variable and property names
     * and of property sources' schemes and arguments ({@code JWT_SECRET}, {@code list[0]}, {@code random.int(1,9)},
     * {@code sm://db-password}); else cut before the first other character, since what follows a space or an
     * operator nobody reads as a name ({@code ${JWT_SECRET xK9…}}) may be a value.
     */
    static String printable(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetterOrDigit(c) && "_.-[]:/@(),".indexOf(c) < 0) {
                return name.substring(0, i) + "…";
            }
        }
        return name;
    }

    /**
     * Whether the text before a position is a plain variable or property name ({@code JWT_SECRET},
     * {@code jwt.secret}): then an {@code =} after it is the shell's {@code ${NAME=default}}, which people write for
     * a default by analogy with {@code ${NAME:default}}. The text after it is a default, never part of the name that
     * reports print.
     */
    private static boolean plainName(String inner, int end) {
        if (!Character.isLetter(inner.charAt(0)) && inner.charAt(0) != '_') {
            return false;
        }
        for (int i = 1; i < end; i++) {
            char c = inner.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '_' && c != '.' && c != '-') {
                return false;
            }
        }
        return true;
    }
}
