package dev.readiness.gates.secrets;

import dev.readiness.SecretShape;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.internal.GoverningComments;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What the comment governing a setting ({@link GoverningComments}) says about its value: that it is a stand-in to
 * be replaced ({@code # CHANGE THESE VALUES BEFORE DEPLOYING}, {@code # generate with: openssl rand --hex 16},
 * {@code # Get one here: https://…}, {@code # default password}, {@code # dev only}), or that the setting is
 * optional ({@code # Optional}, {@code # (optional) only needed for …}). Ordinary words stay clean: a comment that
 * describes the value ({@code # The key used to sign sessions}, {@code # rotate every 90 days}) or forbids a
 * change ({@code # DO NOT CHANGE THESE}, {@code # you cannot change this key once set}) says neither. Stateless.
 */
final class StandInComments {

    private static final String NOT = "(?<!\\bnot )(?<!\\bnever )(?<!\\bcannot )(?<!\\bcan't )(?<!\\bcan not )"
            + "(?<!\\bdon't )(?<!\\bdo not )";

    /** An imperative to change or replace the value, or a demand that it be changed. */
    private static final String CHANGE = NOT + "\\b(?:change|replace)\\s+(?:th(?:is|ese|em)|it|me|with|before|in"
            + "\\s+prod(?:uction)?)\\b|\\bchange[-_ ]?me\\b|\\b(?:must|should|needs? to|has to|have to)\\s+(?:be\\s+)?"
            + "(?:changed|replaced|regenerated)\\b|\\bmust\\s+change\\b";

    /** A command or a service that makes a random value, or an imperative to make one. */
    private static final String GENERATE = "\\bopenssl\\s+(?:rand|ecparam|genrsa|genpkey)\\b|/dev/u?random\\b"
            + "|\\bpwgen\\b|\\bkey:generate\\b|\\bsecrets\\.token_|\\brake\\s+secret\\b|\\bgenerate[-_]secret\\b"
            + "|(?:^|[.!:;(]\\s*|\\byou\\s+(?:can|could|should|must)\\s+|\\bplease\\s+)"
            + "(?:re)?generate\\s+(?:a|an|one|each|it|your|the|them|new|with|via|using|by)\\b"
            + "|\\bgenerated?\\s+(?:with|via|using|by\\s+running)\\b";

    /** Where to get a value of one's own: a sign-up page or a dashboard. */
    private static final String GET_ONE = "\\bget\\s+(?:one|it|yours|your\\s+own)\\s+(?:here|at|from|on)\\b"
            + "|\\bget\\s+your\\s+(?:[\\w-]+\\s+){0,3}(?:keys?|tokens?|secrets?|credentials?|password)\\s+"
            + "(?:here|at|from|on)\\b";

    /** Words that say the value is for show or for development, not for a real deployment. */
    private static final String SHOWCASE = "(?<!\\bfor )(?<![\\w./-])(?:example|sample|demo|dummy|fake)"
            + "(?![\\w/-]|\\.\\w)|\\bdefault\\s+(?:creds|credentials?|passwords?|secrets?|keys?|tokens?|values?)\\b"
            + "|\\b(?:dev|development|local|testing|test)[- ]only\\b|\\bonly\\s+for\\s+(?:dev|development|local"
            + "|testing|tests)\\b|\\bfor\\s+(?:local\\s+)?(?:development|testing)\\b|\\binsecure\\b"
            + "|\\bnot\\s+(?:for|in|suitable\\s+for)\\s+production\\b|\\bdo\\s+not\\s+use\\s+(?:\\w+\\s+)?in\\s+"
            + "production\\b";

    private static final Pattern STAND_IN = Pattern.compile("(?:" + CHANGE + "|" + GENERATE + "|" + GET_ONE + "|"
            + SHOWCASE + ")", Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);

    /**
     * Words that say a blank value falls back to another setting: {@code # defaults to the job database if empty},
     * {@code # falls back to DB_PASSWORD when unset}, {@code # explicitly left empty}.
     */
    private static final String FALLS_BACK = "\\b(?:defaults?|falls?\\s+back)\\s+to\\b[^.\\n]{0,60}\\b(?:if|when)\\s+"
            + "(?:left\\s+)?(?:blank|empty|unset|not\\s+set)\\b|\\b(?:if|when)\\s+(?:left\\s+)?(?:blank|empty|unset)\\b"
            + "[^.\\n]{0,20}\\b(?:defaults?|falls?\\s+back)\\s+to\\b|\\b(?:explicitly|intentionally|deliberately)\\s+left\\s+"
            + "(?:blank|empty)\\b";

    /**
     * Words that ask for the value only where the deployment needs it: {@code # if required by your local SMTP you may
     * need to provide credentials} over a blank {@code smtp.pwd}, {@code # password, if needed}. A blank there is the
     * usual case; the words that make a value a must ({@code # required if SMTP auth is on}) are read apart.
     */
    private static final String IF_NEEDED = "\\bif\\s+(?:required|needed|necessary)\\b";

    /**
     * Words that make what the settings do happen only once they are given: Budibase's {@code # An admin user can be
     * automatically created initially if these are set} over a blank {@code BB_ADMIN_USER_EMAIL} and
     * {@code BB_ADMIN_USER_PASSWORD}. Left blank, the thing is simply not done; the service starts and asks for the
     * account another way. A pronoun must name the settings ({@code these}, {@code this}, {@code it}, {@code they},
     * {@code both}); {@code # if this is set to true, …} describes a switch's value, not whether a value is needed, and
     * does not count.
     */
    private static final String IF_SET = "\\bif\\s+(?:these|they|this|it|both)\\s+(?:are|is)\\s+(?:set|provided)\\b"
            + "(?!\\s+to\\b)";

    /**
     * Words that say the product makes the value when none is given: {@code # defaults to an automatically generated
     * one}, {@code # default: randomly generated at first start}.
     */
    private static final String GENERATED_DEFAULT = "\\bdefaults?(?:\\s+to|:)?\\s+(?:an?\\s+|the\\s+)?"
            + "(?:automatically|randomly|auto)[- ]?generated\\b";

    /**
     * Words that say the product or its installer makes the value when none is given, the condition first: Harbor's
     * chart {@code # If a secret key is not specified, Helm will generate one.} over a blank {@code core.secret},
     * {@code # If empty, a random key is generated}. The maker must be the subject ({@code will generate},
     * {@code is generated}, {@code gets auto-generated}); an instruction to the reader ({@code # If empty, generate
     * one with openssl rand}) is a stand-in's comment and is not read here.
     */
    private static final String GENERATED_IF_NOT_GIVEN = "\\bif\\s+(?:[\\w-]+\\s+){0,4}?(?:not\\s+(?:set|given|provided|"
            + "specified|supplied)|(?:left\\s+)?(?:blank|empty|unset))\\b[^.\\n]{0,40}?\\b(?:will\\s+(?:be\\s+)?(?:auto-?)?"
            + "generated?|(?:is|are|gets?|get)\\s+(?:auto-?|randomly\\s+|automatically\\s+)?generated|generates)\\b";

    /**
     * Words that say what the product does without the value, and that it is the safe thing: 7 Days to Die's
     * {@code # If no password is set the server will only listen on the local loopback interface} over a blank
     * {@code TelnetPassword}. The consequence must keep the thing closed (only local, loopback, off, not started); a
     * sentence that opens it ({@code # If no password is set, anyone can connect}) does not count.
     */
    private static final String NONE_KEEPS_CLOSED = "\\bif\\s+no\\s+(?:[\\w-]+\\s+)?(?:password|key|token|secret)\\s+is\\s+"
            + "(?:set|given|provided|specified)\\b[^.\\n]{0,60}?\\b(?:only\\s+(?:listen|bind|accept|be\\s+reachable)|loopback"
            + "|localhost|(?:is|be)\\s+disabled|not\\s+(?:be\\s+)?(?:started|enabled|available|accessible|exposed))\\b";

    /**
     * Words that say the product makes the value itself when it first starts: {@code # auto-generated at first
     * startup, do not modify after the initial run}, {@code # randomly generated on first boot}.
     */
    private static final String GENERATED_AT_FIRST_START = "\\b(?:automatically|randomly|auto)[- ]?generated\\s+"
            + "(?:at|on|during)\\s+(?:the\\s+)?(?:first|initial)\\s+(?:start(?:[- ]?up)?|run|boot|launch|install)\\b";

    /**
     * Words that say the deployment fills the value in: {@code # JWT secrets are injected via CI/CD secrets},
     * {@code # provided at runtime by Vault}, {@code # set from GitHub secrets}, {@code # Set via PRETIX_DATABASE_PASSWORD
     * environment variable}, and with the variable's name shortened ({@code # set via LISTMONK_db__password env variable},
     * listmonk's {@code config.toml} in set 172, forty-fourth pass). A blank there is a slot, like a
     * {@code ${VAR}} reference.
     */
    private static final String INJECTED = "\\b(?:injected|provided|supplied|passed|populated|filled\\s+in|set)\\s+"
            + "(?:at\\s+(?:run[- ]?time|deploy(?:ment)?(?:\\s+time)?|start[- ]?up)|(?:via|by|from|through|in|with)\\s+"
            + "(?:the\\s+|your\\s+)?(?:ci\\b|ci/cd|cd\\b|pipelines?|github\\s+(?:actions|secrets)|gitlab\\b|secrets?\\s+"
            + "managers?|vault\\b|kubernetes|k8s\\b|helm\\b|(?:[a-z][a-z0-9]*_[a-z0-9_]+\\s+)?"
            + "env(?:ironment)?\\s+var(?:iable)?s?\\b|(?:ci/cd|ci|deployment|"
            + "github|repository|kubernetes|k8s)\\s+secrets?))";

    /**
     * Words that tell the reader to leave a value blank to switch its feature off, or unless the feature is wanted:
     * {@code # Leave blank to disable outbound email.}, {@code # Keep empty to disable Sentry in backend.},
     * {@code # Leave R2 blank unless you switch to Cloudflare R2}, {@code # Leave SENTRY_DSN unset to disable.}.
     * Fifteen such comments stand in the earlier sets' public files, over blank keys none of which a labeller called
     * required; a negation ({@code # never leave it blank to disable checks}) does not count.
     */
    private static final String BLANK_TO_DISABLE = NOT + "\\b(?:leave|leaving|keep|keeping)\\s+(?:[\\w-]+\\s+){0,3}?"
            + "(?:blank|empty|unset)\\s+(?:to\\s+(?:disable|turn\\s+off|skip)|will\\s+(?:disable|turn\\s+off|skip)|unless)\\b";

    /**
     * Words that tell the reader to keep the value out of this file: Saleor's chart {@code # Leave empty in
     * `values.yaml` for security reasons} over a blank {@code externalServices.postgresql.password}, {@code # keep it
     * blank here}, {@code # leave empty in this file}. The value is given at deploy time from somewhere else (a Secret,
     * an override file), so the blank is the file's correct content, as under {@link #INJECTED}. Only with a place:
     * {@code # leave empty for development} or a bare {@code # leave empty} says nothing of where the value comes from,
     * and a negation ({@code # never leave it blank here}) does not count. Forty-eighth pass.
     */
    private static final String BLANK_IN_THIS_FILE = NOT + "\\b(?:leave|keep)\\s+(?:it\\s+|this\\s+|them\\s+)?"
            + "(?:empty|blank|unset)\\s+(?:here|in\\s+(?:this|the)\\s+file|in\\s+[`'\"]?[\\w./-]+\\.(?:ya?ml|env|json"
            + "|toml|properties|conf|ini)[`'\"]?)(?![\\w.])";

    /**
     * Words that make a blank the safe choice when the operator has no reason to set it: mailcow's
     * {@code # LEAVE EMPTY IF UNSURE} above {@code DOVECOT_MASTER_PASS=} (the server makes a master password when it
     * starts), {@code # Leave blank if in doubt}. Whoever wrote that expects most readers to leave it blank, so the
     * product runs without it; a condition of another kind ({@code # leave blank if you're not logging in}) does not
     * count.
     */
    private static final String BLANK_IF_UNSURE = "\\b(?:leave|keep)\\s+(?:[\\w-]+\\s+){0,3}?(?:blank|empty|unset)\\s+"
            + "if\\s+(?:unsure|not\\s+sure|in\\s+doubt)\\b";

    /**
     * Words that demand the value stay blank in production: {@code # MUST be empty in prod (disables dev-auth bypass)},
     * {@code # DEV ONLY ... MUST be empty in production.}, {@code # must remain unset in production}. The settings
     * that say so are development bypasses and test hooks ({@code DEV_AUTH_TOKEN}, {@code AUTH_BYPASS_USER_ID},
     * {@code OTP_DEV_CODE}, a test event code): ten such sentences in public configuration code all guard a blank that
     * is correct, so a blank there is the production value, not a missing one. A negation ({@code # must not be
     * empty}) does not count, nor a demand for another tier ({@code # must be empty in development}).
     */
    private static final String BLANK_IN_PRODUCTION = "\\b(?:must|should|has\\s+to|needs?\\s+to)\\s+"
            + "(?:be|stay|remain)\\s+(?:left\\s+)?(?:empty|blank|unset)\\b"
            + "(?!\\s+(?:in|for|on|during)\\s+(?:dev|development|local|test|testing|staging)\\b)";

    /**
     * Words that say what the service does without the value, and that it carries on: {@code # Without a key,
     * reset/verify emails are logged, not sent.}, {@code # Without a key set, the button errors gracefully},
     * {@code # Without a key the run falls back to offline mode}. The feature degrades; the service starts. A sentence
     * that says it fails ({@code # STK push throws without these}) does not count.
     */
    private static final String WITHOUT_IT = "\\bwithout\\s+(?:an?|the|this|any)\\s+(?:[\\w-]+\\s+){0,2}?(?:keys?|tokens?"
            + "|secrets?|passwords?|value)\\b[^.\\n]{0,80}?\\b(?:logged|falls?\\s+back|disabled|skipped|gracefully"
            + "|not\\s+sent|offline)\\b";

    /**
     * Words that offer the reader a way to replace what the product makes itself: Firefly III's {@code # Firefly III
     * generates a basic keypair for your OAuth tokens. If you want, you can overrule the key with your own (secure)
     * value.} over a blank {@code PASSPORT_PRIVATE_KEY}. The value is the reader's own choice, so a blank is the
     * product's default; an instruction to replace a stand-in ({@code # replace with your own key}) offers no choice
     * and is not read.
     */
    private static final String OWN_OVERRIDE = "\\byou\\s+(?:can|may|could)\\s+(?:also\\s+)?(?:optionally\\s+)?"
            + "(?:overrule|override|overwrite)\\b[^.\\n]{0,40}?\\byour\\s+own\\b";

    /**
     * The same choices in the other languages comments are written in, and the short form that says what a blank
     * does: {@code # Vide = désactivées.} (French, "empty = disabled", over a blank admin token whose routes are then
     * off), {@code # Empty = disabled.}, {@code # unset = off}, Portuguese {@code # Deixe vazio para desabilitar.},
     * French {@code # laisser vide pour désactiver}, Spanish {@code # dejar vacío para desactivar}, German
     * {@code # leer lassen, um … zu deaktivieren}, Chinese {@code 留空则禁用} ("left empty, disabled"), and "optional"
     * itself ({@code opcional}, {@code optionnel}, {@code facultatif}, {@code 可选}). The short form must name the off
     * state right after the blank: {@code # empty => SSL disabled} and {@code # Vide = aucune vérification} ("empty =
     * no verification") say that a check is lost, not that a feature is off, and do not count; nor does a negation
     * ({@code # não deixe vazio para desabilitar}). Forty-third pass.
     */
    private static final String BLANK_MEANS_OFF_ELSEWHERE = "(?<![\\w-])(?:empty|blank|unset|vide|leer|vac[i\u00ed]o"
            + "|vazio)\\s*(?:=>?|->|\u2192|:)\\s*(?:disabled?|off|d[e\u00e9]sactiv[e\u00e9]e?s?|deaktiviert"
            + "|desactivad[oa]s?|desativad[oa]s?|desabilitad[oa]s?)(?!\\w)"
            + "|(?<!\\bn\u00e3o )(?<!\\bno )(?<!\\bpas )(?:laisse[rz]?|deixe|deixar|deja|dejar|d[e\u00e9]jalo)\\s+"
            + "(?:vide|vazio|em\\s+branco|vac[i\u00ed]o|en\\s+blanco)\\s+(?:pour|para)\\s+(?:d[e\u00e9]sactiver"
            + "|desabilitar|desativar|desactivar|deshabilitar)\\b"
            + "|\\bleer\\s+lassen,?\\s+um\\s+(?:\\S+\\s+){0,4}?zu\\s+deaktivieren\\b"
            + "|(?:\u7559\u7a7a|\u4e3a\u7a7a|\u70ba\u7a7a)(?:\u5219|\u5373|\u65f6|\u6642|\u8868\u793a)?"
            + "(?:\u7981\u7528|\u5173\u95ed|\u95dc\u9589|\u4e0d\u542f\u7528|\u4e0d\u555f\u7528|\u505c\u7528)"
            + "|\\b(?:opcional|optionnel(?:le)?|facultati(?:f|ve|vo|va))\\b|\u53ef\u9009|\u53ef\u9078";

    /**
     * Words that allow the value to stay blank: {@code # Created in a later phase -- may remain unset until the webhook
     * endpoint exists.} over a blank {@code STRIPE_WEBHOOK_SECRET}, {@code # Social app configs - can be left blank and
     * the option will not be provided}, {@code # may be left blank}. Whoever wrote that runs the service without it. A
     * sentence that goes on to want a value after all ({@code # The value can be left blank but it's recommended that
     * production instances use a random string.}) does not count, nor a negation ({@code # cannot be left blank}: the
     * modal must be followed by the verb). Forty-fourth pass.
     */
    private static final String MAY_STAY_BLANK = "\\b(?:may|can|could)\\s+(?:remain|stay|be\\s+left)\\s+"
            + "(?:unset|blank|empty)\\b(?![^.\\n]{0,30}?\\bbut\\b)";

    /**
     * Words that make a blank value a choice: the setting is optional, a blank one is filled in by the product
     * itself or by the deployment ({@link #INJECTED}), leaving it blank switches its feature off
     * ({@link #BLANK_TO_DISABLE}), production demands it blank ({@link #BLANK_IN_PRODUCTION}), the service carries
     * on without it ({@link #WITHOUT_IT}), or it may stay blank ({@link #MAY_STAY_BLANK}):
     * {@code # If left blank, a password will be generated},
     * {@code # leave empty to auto-generate}, {@code # defaults to an automatically generated one},
     * {@code # auto-generated at first startup}, {@code # injected via CI/CD secrets},
     * {@code # Leave blank to disable outbound email.}.
     */
    private static final Pattern OPTIONAL = Pattern.compile("\\boptional\\b|\\b(?:blank|empty|unset)\\b[^.\\n]{0,40}"
            + "\\b(?:auto-?)?generated?\\b|\\b(?:auto-?)?generated?\\s+(?:\\w+\\s+){0,3}if\\s+(?:left\\s+)?"
            + "(?:blank|empty|unset|not\\s+(?:set|given|provided|specified|supplied))\\b|" + IF_NEEDED + "|" + IF_SET + "|"
            + GENERATED_DEFAULT + "|" + GENERATED_IF_NOT_GIVEN + "|" + NONE_KEEPS_CLOSED + "|" + GENERATED_AT_FIRST_START + "|" + FALLS_BACK + "|"
            + INJECTED + "|" + BLANK_TO_DISABLE + "|" + BLANK_IN_PRODUCTION + "|" + WITHOUT_IT + "|"
            + OWN_OVERRIDE + "|" + BLANK_MEANS_OFF_ELSEWHERE + "|" + MAY_STAY_BLANK + "|" + BLANK_IN_THIS_FILE + "|"
            + BLANK_IF_UNSURE,
            Pattern.CASE_INSENSITIVE);

    /** {@link #BLANK_IF_UNSURE} alone, read only once {@link #OPTIONAL} has matched a blank secret's comment. */
    private static final class IfUnsure {

        static final Pattern ONLY = Pattern.compile(BLANK_IF_UNSURE, Pattern.CASE_INSENSITIVE);
        static final Pattern OTHERS = Pattern.compile(OPTIONAL.pattern().substring(0,
                OPTIONAL.pattern().length() - BLANK_IF_UNSURE.length() - 1), Pattern.CASE_INSENSITIVE);

        private IfUnsure() {
        }
    }

    /**
     * Whether a blank's optional comment is "leave empty if unsure" and nothing else, governing a setting that is not
     * the one right under it: the phrase speaks of one field, and a header comment governs every key under it until
     * a blank line. Hostile testing, thirty-fifth pass: mailcow's {@code # LEAVE EMPTY IF UNSURE} above
     * {@code DOVECOT_MASTER_PASS=} also excused {@code STRIPE_SECRET_KEY=}, {@code API_TOKEN=} and
     * {@code ADMIN_PASSWORD=} written under it.
     */
    private static boolean unsureAboutAnotherKey(Setting setting, Settings settings) {
        String comment = GoverningComments.of(setting);
        if (!IfUnsure.ONLY.matcher(comment).find() || IfUnsure.OTHERS.matcher(comment).find()) {
            return false;
        }
        java.util.OptionalInt line = setting.origin().line();
        java.util.Optional<String> file = setting.origin().file();
        if (line.isEmpty() || file.isEmpty()) {
            return false;
        }
        for (Setting other : settings) {
            if (other.origin().line().orElse(-1) == line.getAsInt() - 1
                    && other.origin().file().filter(file.get()::equals).isPresent()
                    && GoverningComments.of(other).equals(comment)) { // a header over both, not its own trailing one
                return true;
            }
        }
        return false;
    }

    /**
     * "Required" in the other languages comments are written in, with their negations left out: Korean {@code 필수}
     * ({@code # Claude API (환경 변수 필수)}; not {@code 필수 아님}), Chinese {@code 必填}, {@code 必须}, {@code 必需} and
     * Japanese {@code 必須} (not after {@code 非}, {@code 不} or {@code 无}), Spanish and Portuguese
     * {@code obligatorio}, {@code obrigatório}, French {@code obligatoire}, German {@code erforderlich} and
     * {@code Pflicht}, Dutch {@code verplicht}, Russian {@code обязательно} (not after the language's "not").
     */
    private static final String REQUIRED_ELSEWHERE = "필수(?!\\s*(?:가\\s*)?아)|(?<![非不无無])必(?:填|须|需|須)"
            + "|(?<!\\bno )(?<!\\bnão )(?<!\\bnon )(?<!\\bpas )(?<!\\bnicht )(?<!\\bniet )(?<!не )"
            + "(?:\\bobligatori[oa]\\b|\\bobrigat[óo]ri[oa]\\b|\\bobligatoire\\b|\\berforderlich\\b|\\bpflicht\\b"
            + "|\\bverplicht\\b|обязательн)";

    /**
     * Words that make a value a must: the comment calls the setting or its block required ({@code # required},
     * {@code # M-Pesa STK (required — STK push throws without these)}, {@code # REQUIRED for payouts}); a negation
     * ({@code # not required}), a condition ({@code # required only if …}) or {@code # if required} does not.
     */
    private static final Pattern REQUIRED = Pattern.compile(NOT + "(?<!\\bif )\\brequired\\b(?!\\s+(?:only\\s+)?(?:if|when|for\\s+"
            + "(?:local|dev|development|testing|tests?)\\b))|" + REQUIRED_ELSEWHERE, Pattern.CASE_INSENSITIVE);

    /**
     * A word one of {@link #STAND_IN}'s alternatives cannot match without, lower case: a comment that holds none of
     * them (ASCII letters in either case) is not read by the pattern, whose alternatives each try every position.
     * An alternative added to {@link #STAND_IN} (or to {@link #OPTIONAL}) must spell one of these words (of
     * {@link #OPTIONAL_WORDS}), or add a word of its own here, or it will never be read.
     */
    private static final String[] STAND_IN_WORDS = {"change", "replace", "generate", "openssl", "random", "pwgen",
        "secrets.token_", "rake", "get", "example", "sample", "demo", "dummy", "fake", "default", "only", "develop",
        "testing", "insecure", "production"};

    /** {@link #STAND_IN_WORDS} of {@link #OPTIONAL}: {@code set} stands for {@code unset} and {@code not set} too. */
    private static final String[] OPTIONAL_WORDS = {"optional", "blank", "empty", "set", "generat", "injected",
        "provided", "supplied", "passed", "populated", "filled", "without", "required", "needed", "necessary", "over",
        "vide", "leer", "vac", "vazio", "branco", "opcional", "optionnel", "facultati", "\u7a7a", "\u53ef\u9009",
        "\u53ef\u9078"};

    /**
     * A description of the value a template asks for, rather than an imperative to replace it: {@code # Set to a
     * randomly generated 16 bytes string} (Mailu), {@code # A random 32-character secret key used to encrypt user
     * sessions} (Rallly), {@code # See the README for how to generate the JWT_SECRET and APP_KEY}, {@code # should be a
     * long, random string}. A comment that describes what the value does ({@code # The key used to sign sessions})
     * or when it was generated ({@code # randomly generated during installation}, an installer's note) is no such
     * description. A description of the value's format, the length and alphabet the template asks for, is one too
     * ({@code # 64-character hex string}, {@code # random string of 32 characters}, {@code # please provide a string
     * of exactly 24 chars}: Garage's, Typebot's and Roundcube's templates; forty-fifth pass); a bare length limit
     * ({@code # at least 6 characters}, {@code # Must be a string of 16 chars}) names no format and is not read.
     */
    private static final Pattern DESCRIBES_RANDOM = Pattern.compile("(?:^\\s*|[.!:;(]\\s*|\\bset\\s+(?:it\\s+)?to\\s+)"
            + "(?:an?\\s+)(?:(?:long|unique|secure|strong|new|\\d+[- ]?(?:char(?:acter)?s?|bytes?|bits?))[-, ]+){0,3}"
            + "random(?:ly)?\\b(?![- ]generated\\s+(?:during|at|on|by)\\b)"
            + "|\\bhow\\s+to\\s+generate\\b|\\b(?:must|should)\\s+be\\s+(?:an?\\s+)?(?:(?:very\\s+)?(?:long|unique|secure"
            + "|strong)[, ]+){0,3}random\\b"
            + "|\\b(?:random|hex(?:adecimal)?|alphanumeric)\\s+string\\s+of\\s+(?:exactly\\s+|at\\s+least\\s+)?\\d+\\s+"
            + "(?:char(?:acter)?s?|bytes?|digits?)\\b|\\bstring\\s+of\\s+exactly\\s+\\d+\\s+(?:char(?:acter)?s?|bytes?)\\b"
            + "|\\b\\d+[- ]?(?:char(?:acter)?s?|bytes?|digits?)(?:\\s+long)?,?\\s+(?:random\\s+)?"
            + "(?:hex(?:adecimal)?|base64|alphanumeric|random)\\s+(?:string|value|key|token)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);

    private static volatile LastMatch lastStandIn = new LastMatch(null, false);
    private static volatile LastMatch lastOptional = new LastMatch(null, false);

    private StandInComments() {
    }

    /**
     * Whether the comment governing a setting says the setting, or the block it heads, is required.
     *
     * @param setting the setting
     * @return {@code true} when the comment calls it required, without a negation or a condition
     */
    static boolean marksRequired(Setting setting) {
        String comment = GoverningComments.of(setting);
        return !comment.isEmpty() && REQUIRED.matcher(comment).find();
    }

    /**
     * Whether the comment governing a setting marks its value as a stand-in to be replaced.
     *
     * @param setting the setting
     * @return {@code true} when the comment asks to change, replace or generate the value, says where to get one,
     *         or calls it an example, a default or a development value
     */
    static boolean marksStandIn(Setting setting) {
        String comment = GoverningComments.of(setting);
        if (comment.isEmpty()) {
            return false;
        }
        LastMatch last = lastStandIn;
        if (last.comment == comment) {
            return last.matches;
        }
        boolean matches = holdsAny(comment, STAND_IN_WORDS) && STAND_IN.matcher(comment).find();
        lastStandIn = new LastMatch(comment, matches);
        return matches;
    }

    /**
     * Whether the comment governing a setting describes the random value a template asks for there ({@link
     * #DESCRIBES_RANDOM}): the comment is the template's, kept over the value written into the copy.
     *
     * @param setting the setting
     * @return {@code true} when the comment says the value is to be a random one, or points to how to generate it
     */
    static boolean describesRandomValue(Setting setting) {
        String comment = GoverningComments.of(setting);
        if (comment.length() < 12) {
            return false;
        }
        String lower = comment.toLowerCase(Locale.ROOT);
        return (lower.contains("random") || lower.contains("how to generate") || lower.contains("string"))
                && DESCRIBES_RANDOM.matcher(comment).find();
    }

    /**
     * The WARN of a literal secret under a comment that describes the random value a template asks for.
     *
     * @param value the literal; only its shape is kept
     * @param purpose what it is for
     * @return a {@code secrets.likely-published} problem
     */
    static SecretProblem describedRandom(String value, SecretPurpose purpose) {
        SecretShape shape = SecretValues.shape(value);
        return new SecretProblem("secrets.likely-published", shape,
                "is a literal secret under a template's comment that describes the random value to put there (such "
                        + "as \"set to a randomly generated 16 bytes string\" or how to generate it): the file is a "
                        + "copy of the template with the value written in, and such copies are committed with it, so "
                        + "it is probably public however random it looks (" + SecretStrength.describe(shape) + ")",
                "Inject the value from the deployment's secret store and leave the template's copy empty; rotate this "
                        + "one if the file was ever published. " + SecretStrength.remediation(purpose));
    }

    /**
     * Whether the comment governing a setting says the setting is optional, or that a blank value is generated.
     *
     * @param setting the setting
     * @return {@code true} when the comment calls it optional or says a blank value is generated
     */
    static boolean marksOptional(Setting setting) {
        String comment = GoverningComments.of(setting);
        if (comment.isEmpty()) {
            return false;
        }
        LastMatch last = lastOptional;
        if (last.comment == comment) {
            return last.matches;
        }
        boolean matches = holdsAny(comment, OPTIONAL_WORDS) && OPTIONAL.matcher(comment).find();
        lastOptional = new LastMatch(comment, matches);
        return matches;
    }

    /**
     * Whether a comment holds one of the words, ignoring case: a pattern compiled with {@code CASE_INSENSITIVE} alone
     * folds ASCII letters only, and lower-casing folds them as well (and other letters more), so a comment the
     * pattern would match always holds the word its match spells.
     */
    private static boolean holdsAny(String comment, String[] words) {
        String lower = comment.toLowerCase(Locale.ROOT);
        for (String word : words) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A comment block and whether a pattern matched it. Every setting of a block shares the block's one comment
     * string, so the settings of a block, judged one after another, match the pattern once; the very same string
     * (compared by identity, never by its text) gives the same answer. A field another thread overwrites only costs
     * a match again: a record is read whole.
     */
    private record LastMatch(@Nullable String comment, boolean matches) {
    }

    /**
     * The problems of a secret's value once its governing comment is read: a literal secret that passes every check
     * but is marked as a stand-in is a published default; a blank one marked optional is not required.
     *
     * @param problems the problems found so far
     * @param identifier whether the setting is an identifier or a bare key rather than a secret proper
     * @param settings the configuration, for a switch that turns an optional block on
     * @return the problems to report
     */
    static List<SecretProblem> judge(Setting setting, String value, SecretPurpose purpose,
            List<SecretProblem> problems, boolean identifier, SecretStrength strength, Settings settings) {
        if (problems.isEmpty()) {
            return !identifier && strength.isLiteralSecret(value) && marksStandIn(setting)
                    ? List.of(standIn(value, purpose)) : problems;
        }
        if (value.isBlank() && problems.size() == 1 && problems.get(0).code().equals("secrets.blank")
                && marksOptional(setting) && !switchedOnInBlock(setting, settings)
                && !unsureAboutAnotherKey(setting, settings)) {
            return List.of();
        }
        return problems;
    }

    private static final Set<String> SWITCH_WORDS = Set.of("enabled", "enable");
    private static final Set<String> ON_VALUES = Set.of("true", "yes", "on", "1");

    /**
     * Whether the block an optional comment governs also holds a switch that turns it on ({@code # File storage
     * (optional)} over {@code S3_ENABLED=true} and a blank {@code AWS_SECRET_ACCESS_KEY}): the block was optional, but
     * this configuration chose it, so its blank secret is missing. A switch under another comment says nothing of
     * this block.
     */
    private static boolean switchedOnInBlock(Setting setting, Settings settings) {
        String comment = GoverningComments.of(setting);
        String file = setting.origin().file().orElse(null);
        if (file == null) {
            return false;
        }
        for (Setting other : settings) {
            if (other == setting || !ON_VALUES.contains(other.value().trim().toLowerCase(Locale.ROOT))) {
                continue;
            }
            List<String> words = KeyWords.of(other.key());
            if (words.size() < 2 || !SWITCH_WORDS.contains(words.get(words.size() - 1))
                    || !file.equals(other.origin().file().orElse(null))) {
                continue;
            }
            if (comment.equals(GoverningComments.of(other))) {
                return true;
            }
        }
        return false;
    }

    static SecretProblem standIn(String value, SecretPurpose purpose) {
        SecretShape shape = SecretValues.shape(value);
        return new SecretProblem("secrets.published-default", shape,
                "is a literal secret whose comment marks it as a stand-in to be changed (it asks to change, replace "
                        + "or generate the value, or calls it an example, a default or a development value): "
                        + "committed, so public however random it looks (" + SecretStrength.describe(shape) + ")",
                "Generate a value of your own and inject it from your secret store; leave the committed one empty "
                        + "or a placeholder. " + SecretStrength.remediation(purpose));
    }
}
