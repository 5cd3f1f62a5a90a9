package dev.readiness.settings;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Environment look-ups written in the language of the file a value was flattened from, and deploy tools' own
 * references, read as what they mean. A configuration written as code reads the environment with the language's own
 * call: Node's {@code process.env.SESSION_SECRET || 'keyboard cat'}, Elixir's {@code
 * System.get_env("SECRET_KEY_BASE")}, Laravel's {@code env('APP_KEY', 'base64:…')}, Python's {@code
 * os.environ.get('DB_HOST', 'localhost')}, Ruby's {@code ENV.fetch("REDIS_URL") { "redis://localhost:6379/1" }} (also
 * inside an ERB tag), PHP's {@code getenv('DB_HOST') ?: 'localhost'}, Ansible's {@code {{ lookup('env', 'DB_PASSWORD')
 * | default('password', true) }}}, the Serverless Framework's {@code ${env:JWT_SECRET}}, Nuxeo's and Log4j 2's
 * {@code ${env:DB_PASSWORD:nuxeo}} and {@code ${env:DB_HOST:-localhost}}, python-decouple's {@code
 * config('SECRET_KEY', default='x', cast=str)}, the Supabase CLI's {@code env(OPENAI_API_KEY)} (a whole value) and
 * a project's own helper whose name says it reads the environment
 * ({@code get_env_variable("DATABASE_PASSWORD")}, {@code getenv_docker('WORDPRESS_DB_PASSWORD', 'example password')}),
 * the last three only for a variable's name in capitals (Laravel's {@code config('app.key')} reads a configuration file,
 * not the environment). Each is the variable when the environment has it, else the default: exactly what {@code
 * ${NAME:default}} means to Spring, so it is judged as that (a look-up without a default as {@code ${NAME}}, a chain
 * {@code A || B || 'x'} as {@code ${A:${B:x}}}; PHP's short ternary {@code ?:} and {@code ??} join as {@code ||}). A
 * look-up that is only part of a computed value ({@code process.env.SECURE === 'true'}, {@code
 * String.to_integer(System.get_env("PORT"))}, {@code 'mongodb://' + (process.env.HOST || 'localhost') + '/app'}) is a
 * value known at run time, as {@code ${NAME}} is. The Serverless Framework's other sources ({@code ${self:…}}, {@code
 * ${opt:stage}}, {@code ${ssm:/path}}, {@code ${file(./x.yml):key}}, {@code ${sls:stage}}, {@code ${cf:stack.output}},
 * {@code ${param:x}}) are resolved when it deploys, and are deferred as such. Stateless.
 */
final class ForeignReferences {

    private static final String ENV_SOURCE = "${env:";

    /** The Serverless Framework's variable sources, as {@code ${source:} or {@code ${source(}; an {@code env} one only before a name in capitals. */
    private static final String[] SERVERLESS_SOURCES = {"${self:", "${opt:", "${ssm:", "${sls:", "${cf:", "${cf(",
        "${s3:", "${file(", "${param:", "${aws:", "${sm:", "${strToBool(", ENV_SOURCE};

    private static final int LONGEST = 4_096;

    private ForeignReferences() {
    }

    /**
     * A cheap first test: whether a value can hold a look-up or reference read here at all.
     *
     * @param value a setting's value as written
     * @return {@code false} when {@link #placeholderOf(String)} and {@link #deployedBy(String)} surely give nothing
     */
    static boolean mayHold(String value) {
        return value.length() > 6 && value.length() <= LONGEST
                && (value.indexOf("env") >= 0 || value.indexOf("ENV") >= 0 || value.indexOf("Env") >= 0
                || value.indexOf("${") >= 0
                || value.startsWith("config(") || value.startsWith("{:system"));
    }

    /**
     * The Spring placeholder an environment look-up written in another language stands for.
     *
     * @param value a setting's value as written
     * @return {@code ${NAME}}, {@code ${NAME:default}} or a chain of them; {@code null} when the value is no look-up
     */
    static @Nullable String placeholderOf(String value) {
        Parser parser = parsed(value);
        List<String> names = parser.names;
        if (names.isEmpty()) {
            return null;
        }
        if (!parser.atEnd()) {
            return parser.computed() ? "${" + names.get(0) + "}" : null;
        }
        String fallback = parser.fallback;
        return chained(names, fallback != null && usableDefault(fallback) ? fallback : null);
    }

    /**
     * The default of a look-up that a Spring placeholder cannot carry: text with a brace that is not closed, such as
     * {@code process.env.JWT_SECRET || 'change}me'}. {@link #placeholderOf(String)} leaves such a default out (the
     * look-up then reads as {@code ${JWT_SECRET}}, known at run time), so the default is given here to be judged as
     * written wherever none of the variables is set (hostile testing, thirty-first pass: the brace made a literal
     * secret look deferred).
     *
     * @param value a setting's value as written
     * @return the variables' names and the default's text; {@code null} for any other value
     */
    static @Nullable LiteralDefault literalDefaultOf(String value) {
        Parser parser = parsed(value);
        String fallback = parser.fallback;
        if (parser.names.isEmpty() || !parser.atEnd() || fallback == null || usableDefault(fallback)
                || fallback.indexOf("${") >= 0 || fallback.indexOf('\n') >= 0) {
            return null;
        }
        return new LiteralDefault(List.copyOf(parser.names), fallback);
    }

    /**
     * A look-up's variables, in order, and the literal default it falls back to.
     *
     * @param names the variables' names
     * @param text the default, as written inside its quotes
     */
    record LiteralDefault(List<String> names, String text) {
    }

    private static Parser parsed(String value) {
        String text = value.strip();
        if (text.startsWith("<%=") && text.endsWith("%>") && text.length() > 5) {
            text = text.substring(3, text.length() - 2).strip();
        } else if (text.startsWith("{{") && text.endsWith("}}") && text.length() > 4) {
            text = text.substring(2, text.length() - 2).strip();
        }
        String conditional = Conditionals.asAlternative(text);
        if (conditional != null) {
            Parser branches = new Parser(conditional);
            branches.fallback = branches.chain(branches.names);
            int end = branches.at;
            if (!branches.names.isEmpty() && branches.atEnd()) {
                branches.at = end;
                return branches;
            }
        }
        Parser parser = new Parser(text);
        parser.fallback = parser.chain(parser.names);
        return parser;
    }

    /**
     * What resolves a value holding one of the Serverless Framework's own variable sources other than the environment.
     *
     * @param value a setting's value as written
     * @return a description of the resolver, never the value; {@code null} when the value holds none
     */
    static @Nullable String deployedBy(String value) {
        if (value.indexOf("${") < 0) {
            return null;
        }
        for (String source : SERVERLESS_SOURCES) {
            int at = value.indexOf(source);
            if (at >= 0 && (!ENV_SOURCE.equals(source) || at + source.length() < value.length()
                    && Character.isUpperCase(value.charAt(at + source.length()))
                    && !withColonDefault(value, at + source.length()))) {
                return "a Serverless Framework variable resolved when the service is deployed";
            }
        }
        return null;
    }

    /**
     * Whether the variable's name starting at {@code at} is followed by a colon: {@code ${env:NUXEO_DB_PASSWORD:nuxeo}}
     * (Nuxeo's {@code nuxeo.conf}) and {@code ${env:DB_HOST:-localhost}} (Log4j 2, Apache Commons Text) give a
     * default after it; the Serverless Framework writes its default after a comma.
     */
    private static boolean withColonDefault(String value, int at) {
        int end = at;
        while (end < value.length() && (Character.isLetterOrDigit(value.charAt(end)) || value.charAt(end) == '_')) {
            end++;
        }
        return end < value.length() && value.charAt(end) == ':';
    }

    /** Spring reads {@code ${env:dev}} as the setting {@code env} with the default {@code dev}; only a variable's name in capitals is Serverless's. */
    private static boolean upperCase(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (Character.isLowerCase(name.charAt(i))) {
                return false;
            }
        }
        return Character.isLetter(name.charAt(0));
    }

    /**
     * What keeps a value encrypted in a Pulumi stack file: a {@code secure:} value ({@code config.app:dbPassword.secure},
     * flattened from {@code dbPassword: {secure: AAABA…}}) is ciphertext the stack decrypts when it deploys, and the
     * stack's {@code encryptionsalt} ({@code v1:…:v1:…}) is the salt of that encryption, no secret of the service.
     *
     * @param key the setting's key
     * @param value its value as written
     * @return a description of what decrypts it, never the value; {@code null} for any other value
     */
    static @Nullable String encryptedBy(String key, String value) {
        if (!value.startsWith("AAAB") && !value.startsWith("v1:") || value.length() < 16) {
            return null;
        }
        boolean secure = key.endsWith(".secure") || key.endsWith("].secure");
        boolean salt = key.equals("encryptionsalt") && value.startsWith("v1:");
        if (!secure && !salt) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(Character.isLetterOrDigit(c) && c < 128 || c == '+' || c == '/' || c == '=' || c == ':')) {
                return null;
            }
        }
        return salt ? "the Pulumi stack's encryption salt, which only encrypts its secure values"
                : "a Pulumi secure value, encrypted in the stack file and decrypted when the stack deploys";
    }

    private static boolean usableDefault(String fallback) {
        return fallback.indexOf('}') < 0 && fallback.indexOf('{') < 0 && fallback.indexOf('\n') < 0
                && fallback.indexOf("${") < 0;
    }

    private static String chained(List<String> names, @Nullable String fallback) {
        StringBuilder placeholder = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            placeholder.append("${").append(names.get(i));
            if (i < names.size() - 1) {
                placeholder.append(':');
            }
        }
        if (fallback != null) {
            placeholder.append(':').append(fallback);
        }
        placeholder.append("}".repeat(names.size()));
        return placeholder.toString();
    }

    /** A small reader of one value: look-ups joined by {@code ||}, {@code ??}, {@code ?:} or {@code or}, then a literal. */
    private static final class Parser {

        private static final String[] TRIMMING_CALLS = {".strip()", ".trim()", ".rstrip()", ".lstrip()",
            ".trimEnd()", ".trimStart()", ".toString()", ".encode()", ".encode('utf-8')", ".encode(\"utf-8\")",
            ".encode('utf8')", ".encode(\"utf8\")", "|> String.trim()", "|> String.trim", ".strip", ".chomp"};

        private final String text;
        private int at;
        final List<String> names = new ArrayList<>(2);
        @Nullable String fallback;

        Parser(String text) {
            this.text = text;
        }

        /**
         * Whether what follows a look-up computes a value of it (a comparison, a conversion) rather than joining it to
         * other text: {@code process.env.SECURE === 'true'} is known at run time; a look-up followed by text that joins
         * it to a literal address is left as written, so the literal is still read.
         */
        boolean computed() {
            skipSpaces();
            return text.startsWith("===", at) || text.startsWith("!==", at) || text.startsWith("==", at)
                    || text.startsWith("!=", at) || text.startsWith("?", at) || text.startsWith("|", at)
                    && !text.startsWith("||", at);
        }

        /**
         * Whether the look-ups end the value, optionally followed by a statement's end ({@code ;}, the {@code ,} of an
         * object literal) and a comment ({@code # dev only}, {@code // TODO}): hostile testing, thirty-second pass,
         * such a trailer made the value text judged whole, its default unread.
         */
        boolean atEnd() {
            skipSpaces();
            int mark = at;
            trimmed();
            skipSpaces();
            if (take(";") || take(",")) {
                skipSpaces();
            }
            if (text.startsWith("#", at) || text.startsWith("//", at)) {
                at = text.length();
            }
            if (at >= text.length()) {
                return true;
            }
            at = mark;
            return false;
        }

        /**
         * Passes over calls that only trim or encode the value they follow ({@code .strip()}, {@code .trim()},
         * {@code .encode('utf-8')}, Ruby's {@code .strip}, Elixir's {@code |> String.trim()}): the string is the same
         * secret (hostile testing, thirty-third pass: such a call left the look-up unread and its text judged whole).
         */
        private void trimmed() {
            boolean more = true;
            while (more) {
                skipSpaces();
                more = false;
                for (String call : TRIMMING_CALLS) {
                    if (take(call)) {
                        more = true;
                        break;
                    }
                }
            }
        }

        /**
         * Reads look-ups and a final default, adding the variables' names in order.
         *
         * @return the default literal, or {@code null} when none follows the look-ups
         */
        @Nullable String chain(List<String> names) {
            while (true) {
                skipSpaces();
                if (!names.isEmpty() && raises()) {
                    return null;
                }
                int start = at;
                String[] lookup = lookup();
                if (lookup == null) {
                    at = start;
                    if (names.isEmpty()) {
                        return null;
                    }
                    return raises() ? null : literal();
                }
                names.add(lookup[0]);
                for (int nested = 2; nested < lookup.length; nested++) {
                    names.add(lookup[nested]);
                }
                if (lookup[1] != null) {
                    return lookup[1];
                }
                skipSpaces();
                if (!alternative()) {
                    return null;
                }
            }
        }

        /**
         * Whether the alternative is to stop: Elixir's {@code System.get_env("SECRET_KEY_BASE") || raise "…"}, the
         * form of Phoenix's {@code config/runtime.exs}, which refuses to start without the variable and gives no
         * default; consumed to the end.
         */
        private boolean raises() {
            if (text.startsWith("raise", at) && at + 5 < text.length()
                    && " (\"'".indexOf(text.charAt(at + 5)) >= 0) {
                at = text.length();
                return true;
            }
            return false;
        }

        private boolean alternative() {
            for (String operator : new String[] {"||", "??", "?:", "or "}) {
                if (text.startsWith(operator, at)) {
                    at += operator.length();
                    return true;
                }
            }
            return false;
        }

        /** A look-up: its variable's name and the default it gives itself ({@code null} for none). */
        private String @Nullable [] lookup() {
            if (take("process.env.")) {
                String name = identifier();
                return name == null ? null : new String[] {name, null};
            }
            if (take("process.env[") || take("$_ENV[") || take("$_SERVER[") || take("ENV[") || take("os.environ[")) {
                String name = quoted();
                return name == null || !take("]") ? null : new String[] {name, null};
            }
            if (at == 0 && text.startsWith("env(", 0) && text.length() > 5 && isCapital(text.charAt(4))
                    && text.charAt(text.length() - 1) == ')') {
                return supabaseReference();
            }
            if (take("ENV.fetch(") || take("System.get_env(") || take("os.environ.get(") || take("os.getenv(")
                    || take("getenv(") || take("getenv_docker(") || take("env(") || take("env.str(") || take("System.fetch_env!(")) {
                return call();
            }
            if (take("env!(")) {
                return typedCall();
            }
            if (take("lookup(")) {
                skipSpaces();
                if (!take("'env'") && !take("\"env\"") && !take("'ansible.builtin.env'")
                        && !take("\"ansible.builtin.env\"")) {
                    return null;
                }
                skipSpaces();
                if (!take(",")) {
                    return null;
                }
                String[] found = call();
                if (found == null) {
                    return null;
                }
                skipSpaces();
                if (take("|")) {
                    skipSpaces();
                    if (!take("default(")) {
                        return null;
                    }
                    skipSpaces();
                    String fallback = literal();
                    skipSpaces();
                    while (at < text.length() && text.charAt(at) != ')') {
                        at++;
                    }
                    if (fallback == null || !take(")")) {
                        return null;
                    }
                    return new String[] {found[0], fallback};
                }
                return found;
            }
            if (take("config(") || environmentFunction()) {
                String[] found = call();
                return found == null || !upperCase(found[0]) ? null : found;
            }
            if (take("{:system,")) {
                return systemTuple();
            }
            if (take("${env:")) {
                String name = identifier();
                if (name == null || !upperCase(name)) {
                    return null;
                }
                if (take(":-") || take(":")) {
                    int close = text.indexOf('}', at);
                    int open = text.indexOf('{', at);
                    if (close < 0 || open >= 0 && open < close) {
                        return null;
                    }
                    String fallback = text.substring(at, close);
                    at = close + 1;
                    return new String[] {name, fallback};
                }
                skipSpaces();
                String fallback = null;
                if (take(",")) {
                    skipSpaces();
                    fallback = literal();
                    skipSpaces();
                }
                return take("}") ? new String[] {name, fallback} : null;
            }
            return wrapped();
        }

        /**
         * A look-up passed through one conversion call ({@code JSON.stringify(process.env.RSA_PRIVATE_KEY)},
         * {@code parseInt(process.env.PORT || '3000', 10)}, {@code Buffer.from(process.env.KEY, 'base64')}): the value
         * is computed from the variable at run time, and a default inside the call is still the default.
         */
        private String @Nullable [] wrapped() {
            int start = at;
            while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) && text.charAt(at) < 128
                    || text.charAt(at) == '_' || text.charAt(at) == '.')) {
                at++;
            }
            if (at == start || !take("(")) {
                return restoreLookup(start);
            }
            skipSpaces();
            String[] inner = lookup();
            if (inner == null) {
                return restoreLookup(start);
            }
            skipSpaces();
            String fallback = inner[1];
            if (fallback == null && alternative()) {
                fallback = literal();
                if (fallback == null) {
                    return restoreLookup(start);
                }
                skipSpaces();
            }
            if (take(",") && !skipArgument() || !take(")")) {
                return restoreLookup(start);
            }
            String[] found = inner.clone();
            found[1] = fallback;
            return found;
        }

        private String @Nullable [] restoreLookup(int start) {
            at = start;
            return null;
        }

        /**
         * A project's own environment helper, a function whose name says it reads the environment
         * ({@code get_env_variable(}, {@code getenv_docker(}, {@code env.bool(}, {@code env_var(}), consumed up to its
         * opening parenthesis.
         */
        private boolean environmentFunction() {
            int start = at;
            while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) && text.charAt(at) < 128
                    || text.charAt(at) == '_' || text.charAt(at) == '.')) {
                at++;
            }
            String function = text.substring(start, at).toLowerCase(java.util.Locale.ROOT);
            if (at > start && at < text.length() && text.charAt(at) == '(' && function.contains("env")) {
                at++;
                return true;
            }
            at = start;
            return false;
        }

        /**
         * The arguments of a look-up call after its opening parenthesis: a quoted name, then an optional default,
         * positional or {@code default=}; other keyword arguments ({@code cast=bool}) are passed over.
         */
        private String @Nullable [] call() {
            String name = environmentName();
            if (name == null) {
                return null;
            }
            String fallback = null;
            String[] argument = null;
            boolean defaulted = false;
            while (take(",")) {
                skipSpaces();
                boolean named = keyword();
                if (named && !take("default=")) {
                    if (!skipArgument()) {
                        return null;
                    }
                } else if (!defaulted) {
                    take("default=");
                    argument = defaultArgument();
                    if (argument == null) {
                        return null;
                    }
                    fallback = argument[0];
                    defaulted = true;
                } else {
                    return null;
                }
                skipSpaces();
            }
            if (!take(")")) {
                return null;
            }
            int afterCall = at;
            skipSpaces();
            if (fallback == null && argument == null && take("{")) {
                skipSpaces();
                fallback = literal();
                skipSpaces();
                if (fallback == null || !take("}")) {
                    return null;
                }
            } else {
                at = afterCall;
            }
            return found(name, fallback, argument);
        }

        /**
         * A look-up's default argument: a literal, or another look-up whose default is the default in turn
         * ({@code os.environ.get('DJANGO_SECRET_KEY', os.environ.get('SECRET_KEY', 'insecure'))}: hostile testing,
         * thirty-third pass, it was judged as its whole text).
         *
         * @return the default (element 0, {@code null} when the inner look-up has none) and the inner look-up's
         *         variables; {@code null} when the argument is neither
         */
        private String @Nullable [] defaultArgument() {
            int start = at;
            String literal = literal();
            if (literal != null) {
                return new String[] {literal};
            }
            at = start;
            String[] inner = lookup();
            if (inner == null) {
                at = start;
                return null;
            }
            String[] argument = new String[inner.length];
            argument[0] = inner[1];
            argument[1] = inner[0];
            System.arraycopy(inner, 2, argument, 2, inner.length - 2);
            return argument;
        }

        /** A look-up's result: its variable, its default, then the variables of a look-up its default argument was. */
        private static String[] found(String name, @Nullable String fallback, String @Nullable [] argument) {
            int nested = argument == null ? 0 : argument.length - 1;
            String[] found = new String[2 + nested];
            found[0] = name;
            found[1] = fallback;
            if (nested > 0) {
                System.arraycopy(argument, 1, found, 2, nested);
            }
            return found;
        }

        /**
         * The arguments of Elixir Dotenvy's {@code env!("NAME", :type)} or {@code env!("NAME", :type, default)} after its
         * opening parenthesis: a quoted name, the atom of the type it converts to ({@code :string!} refuses an empty
         * value), then an optional literal default.
         */
        private String @Nullable [] typedCall() {
            String name = environmentName();
            if (name == null) {
                return null;
            }
            String fallback = null;
            String[] argument = null;
            if (take(",")) {
                skipSpaces();
                if (!conversion()) {
                    return null;
                }
                skipSpaces();
                if (take(",")) {
                    skipSpaces();
                    argument = defaultArgument();
                    if (argument == null) {
                        return null;
                    }
                    fallback = argument[0];
                    skipSpaces();
                }
            }
            return take(")") ? found(name, fallback, argument) : null;
        }

        /**
         * Dotenvy's conversion: a type atom ({@code :string!}, {@code :integer?}), or a function, anonymous
         * ({@code fn v -> v end}) or captured ({@code &String.trim/1}): hostile testing, thirty-third pass, a
         * function there left the look-up unread and its literal default unjudged.
         */
        private boolean conversion() {
            if (take(":")) {
                while (at < text.length() && (Character.isLetter(text.charAt(at)) && text.charAt(at) < 128
                        || text.charAt(at) == '_' || text.charAt(at) == '!' || text.charAt(at) == '?')) {
                    at++;
                }
                return true;
            }
            if (take("&")) {
                return skipArgument();
            }
            if (text.startsWith("fn ", at)) {
                int end = text.indexOf(" end", at);
                if (end < 0) {
                    return false;
                }
                at = end + 4;
                return true;
            }
            return false;
        }

        /**
         * The rest of an Elixir {@code {:system, "NAME"}} or {@code {:system, "NAME", "default"}} tuple after
         * {@code {:system,}: the convention of Phoenix, Ecto and Confex for a value read from the environment at start.
         */
        private String @Nullable [] systemTuple() {
            String name = environmentName();
            if (name == null) {
                return null;
            }
            String fallback = null;
            if (take(",")) {
                skipSpaces();
                fallback = literal();
                skipSpaces();
                if (fallback == null) {
                    return null;
                }
            }
            return take("}") ? new String[] {name, fallback} : null;
        }

        /** The quoted variable name a look-up's arguments open with, and the blanks after it; {@code null} if none. */
        private @Nullable String environmentName() {
            skipSpaces();
            String name = quoted();
            if (name == null || !isEnvironmentName(name)) {
                return null;
            }
            skipSpaces();
            return name;
        }

        /** Whether a keyword argument ({@code name=}) starts here; nothing is consumed. */
        private boolean keyword() {
            int end = at;
            while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
                end++;
            }
            return end > at && end < text.length() && text.charAt(end) == '=' && !text.startsWith("==", end);
        }

        /** Passes over one argument up to the comma or parenthesis that ends it; false when it never ends. */
        private boolean skipArgument() {
            int depth = 0;
            while (at < text.length()) {
                char c = text.charAt(at);
                if (c == '\'' || c == '"') {
                    if (quoted() == null) {
                        return false;
                    }
                    continue;
                }
                if (depth == 0 && (c == ',' || c == ')')) {
                    return true;
                }
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                at++;
            }
            return false;
        }

        /** A quoted string, a number or a word literal ({@code true}, {@code false}); {@code null} and {@code nil} give none. */
        private @Nullable String literal() {
            skipSpaces();
            String quoted = quoted();
            if (quoted == null) {
                quoted = prefixedLiteral();
            }
            if (quoted != null) {
                return quoted;
            }
            int start = at;
            while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '.'
                    || text.charAt(at) == '-' || text.charAt(at) == '_')) {
                at++;
            }
            if (at == start) {
                return null;
            }
            String word = text.substring(start, at);
            if (word.equals("null") || word.equals("nil") || word.equals("None") || word.equals("undefined")) {
                at = start;
                return null;
            }
            return Character.isDigit(word.charAt(0)) || word.equals("true") || word.equals("false")
                    || word.equals("True") || word.equals("False") ? word : restore(start);
        }

        private @Nullable String restore(int start) {
            at = start;
            return null;
        }

        /**
         * A literal default as Python and JavaScript write it besides plain quotes: a string prefix ({@code r'…'},
         * {@code u"…"}, {@code b'…'}, an f-string without fields) or a template literal without a substitution.
         */
        private @Nullable String prefixedLiteral() {
            int start = at;
            while (at < text.length() && at - start < 2 && "rRuUbBfF".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            boolean template = at == start && at < text.length() && text.charAt(at) == '`';
            if (at == start && !template || at >= text.length() || !template && text.charAt(at) != '\''
                    && text.charAt(at) != '"') {
                at = start;
                return null;
            }
            char quote = text.charAt(at);
            int close = text.indexOf(quote, at + 1);
            String inside = close < 0 ? null : text.substring(at + 1, close);
            boolean fields = text.substring(start, at).toLowerCase(java.util.Locale.ROOT).indexOf('f') >= 0
                    && inside != null && (inside.indexOf('{') >= 0 || inside.indexOf('}') >= 0);
            if (inside == null || fields || template && inside.indexOf("${") >= 0 || inside.indexOf('\\') >= 0) {
                at = start;
                return null;
            }
            at = close + 1;
            return inside;
        }

        private @Nullable String quoted() {
            if (at >= text.length()) {
                return null;
            }
            char quote = text.charAt(at);
            if (quote != '\'' && quote != '"') {
                return null;
            }
            int close = text.indexOf(quote, at + 1);
            if (close < 0 || text.lastIndexOf('\\', close) > at) {
                return null;
            }
            String inside = text.substring(at + 1, close);
            at = close + 1;
            return inside;
        }

        /**
         * The Supabase CLI's {@code env(NAME)} in {@code config.toml}: the whole value, an unquoted variable name in
         * capitals, replaced by that variable's value when the CLI reads the file (no default).
         */
        private String @Nullable [] supabaseReference() {
            at = 4;
            String name = identifier();
            return name == null || !take(")") || at != text.length() ? null : new String[] {name, null};
        }

        private static boolean isCapital(char c) {
            return c >= 'A' && c <= 'Z';
        }

        private @Nullable String identifier() {
            int start = at;
            while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) && text.charAt(at) < 128
                    || text.charAt(at) == '_')) {
                at++;
            }
            return at == start ? null : text.substring(start, at);
        }

        private boolean take(String expected) {
            if (text.startsWith(expected, at)) {
                at += expected.length();
                return true;
            }
            return false;
        }

        private void skipSpaces() {
            while (at < text.length() && text.charAt(at) == ' ') {
                at++;
            }
        }

        private static boolean isEnvironmentName(String name) {
            if (name.isEmpty()) {
                return false;
            }
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if (!(Character.isLetterOrDigit(c) && c < 128 || c == '_' || c == '.' || c == '-')) {
                    return false;
                }
            }
            return true;
        }
    }
}
