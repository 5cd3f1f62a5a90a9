package dev.readiness.gates.internal;

import static dev.readiness.gates.internal.WordSets.union;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one vocabulary of text that stands in for a value instead of being one: the words templates use for "never
 * filled in" ({@code changeme}, {@code TODO}), the verbs and objects of fill-me instructions ({@code REPLACE_ME},
 * {@code !!!SET POSTGRES_USER!!!}), the words of sample and demo values, the nouns and instruction words of placeholder
 * phrases in English and other languages ({@code your-32-character-encryption-key}, {@code 填写你的AccessKey},
 * {@code tu-contraseña}), the words that describe a value's shape ({@code random-string-of-32-hex-characters}) and
 * instructions glued into host names ({@code replacewithyourhost}).
 *
 * <p>Words shared by several gates are kept once, in a few base sets; the sets the gates read are named views of
 * them. Views differ only where a gate's reading differs, and each says why. Every set holds lower-case words unless
 * its name says capitals ({@code CAPITAL_…}); how a gate compares (whole value, whole word, first word, prefix or
 * substring) is the gate's, and each view says which. All sets are immutable; the class is stateless and thread-safe.
 */
public final class StandInWords {

    /** The verbs every fill-me instruction reading knows: {@code set}, {@code fill}, {@code change}, … */
    private static final Set<String> FILL_VERBS = Set.of("set", "fill", "change", "replace", "enter", "insert", "put");

    /** Verbs that ask for a value to be given rather than altered: {@code provide}, {@code add}. */
    private static final Set<String> GIVING_VERBS = Set.of("provide", "add");

    /** The words of sample values every reading knows: {@code test}, {@code example}, {@code sample}, … */
    private static final Set<String> SAMPLE_WORDS = Set.of("test", "example", "sample", "dummy", "fake");

    /** Notes to self that stand for a value: {@code todo}, {@code tbd}, {@code fixme}. */
    private static final Set<String> NOTES_TO_SELF = Set.of("todo", "tbd", "fixme");

    /** One-word spellings of "put a value here": {@code changeme}, {@code replaceme}, {@code placeholder}. */
    private static final Set<String> GLUED_FILL_WORDS = Set.of("changeme", "replaceme", "placeholder", "setme",
            "fillme");

    /**
     * Whole values, compared lower-cased and trimmed, that templates use for "never filled in", in every spelling in
     * use ({@code changeme}, {@code replace-me}, {@code TODO}, {@code not_set}). Read by the settings gate for every
     * value and by the secrets gate, which adds only the words that are merely no secret.
     */
    public static final Set<String> TEMPLATE_VALUES = union(NOTES_TO_SELF, GLUED_FILL_WORDS, Set.of("change-me",
            "change_me", "change me", "changethis", "change-this", "change_this", "replace-me", "replace_me",
            "replace me", "replacethis", "replace-this", "your-value", "your_value", "yourvalue", "undefined",
            "secret-here", "value-here", "set-me", "setme", "set_me", "fill-me", "fillme", "fill_me", "notset",
            "not-set", "not_set"));

    /**
     * Whole values, compared lower-cased and trimmed, that are no secret whatever their length: a secret's own name
     * ({@code password}, {@code api_key}), filler ({@code foo}, {@code n/a}, {@code redacted}), sample words and the
     * reader's own ({@code mysecret}, {@code your-token}). Read by the secrets gate beside {@link #TEMPLATE_VALUES};
     * the settings gate does not read them, as {@code none} or {@code test} is an ordinary value of other settings.
     */
    public static final Set<String> NO_SECRET_VALUES = union(SAMPLE_WORDS, Set.of("none", "null", "nil", "n/a", "na",
            "secret", "password", "passwd", "pass", "token", "apikey", "api-key", "api_key", "key", "default",
            "testing", "redacted", "unset", "empty", "missing", "required", "value", "string", "secretkey",
            "secret-key", "secret_key", "mysecret", "my-secret", "my_secret", "yoursecret", "your-secret",
            "your_secret", "foo", "bar", "foobar", "abc", "xyz", "insert", "generate", "generated", "random",
            "somesecret", "some-secret", "your-key", "yourkey", "your_key", "mykey", "my-key", "my_key", "mytoken",
            "yourtoken", "your-token", "your_token", "invalid", "demo", "temp", "tmp", "??"));

    /**
     * First words, in capitals, of an instruction written in place of a value ({@code REPLACE_THIS_VALUE},
     * {@code PUT_YOUR_DB_URL_HERE}); compared as the whole first word of the settings gate's capital phrases.
     */
    public static final Set<String> CAPITAL_FILL_IN_VERBS = capitals(union(FILL_VERBS, GIVING_VERBS));

    /**
     * Second words, in capitals, that make a fill-in verb an instruction about this very value ({@code REPLACE_ME},
     * {@code SET_BEFORE_DEPLOY}) rather than a named action ({@code REPLACE_EXISTING}).
     */
    public static final Set<String> CAPITAL_FILL_IN_OBJECTS = capitals(Set.of("me", "this", "these", "it", "your",
            "with", "or", "here", "value", "later", "before", "in"));

    /**
     * The first word inside a fenced fill-me marker ({@code !!!SET POSTGRES_USER!!!}, {@code ##REPLACE_WITH_KEY##},
     * {@code ***YOUR KEY***}). Wider than {@link #CAPITAL_FILL_IN_VERBS}: the fence already says "instruction", so
     * verbs that also open real names ({@code update}, {@code edit}, {@code generate}) and notes to self count.
     */
    public static final Set<String> FENCED_INSTRUCTIONS = union(FILL_VERBS, GIVING_VERBS, NOTES_TO_SELF,
            Set.of("changeme", "update", "define", "configure", "specify", "edit", "required", "generate", "your"));

    /**
     * Words, in capitals, of a placeholder written as a variable's name ({@code CHANGE_ME}, {@code YOUR_API_KEY}),
     * compared as whole words between underscores: a list item made of none of them names an environment variable.
     * Wider than the fill-in verbs: a variable's name is made of several words, so any one word that only a
     * placeholder uses ({@code ME}, {@code DEFAULT}, {@code XXX}) marks it.
     */
    public static final Set<String> CAPITAL_FILLERS = capitals(union(FILL_VERBS, SAMPLE_WORDS, Set.of("todo",
            "changeme", "placeholder", "me", "your", "my", "here", "xxx", "default")));

    /**
     * The whole first word of a key that marks it a stand-in ({@code test2-…}, {@code examplekey-…}, {@code demo_…}).
     * Holds {@code sandbox}, {@code mock} and the plural {@code examples}, which name a key; not the instruction words
     * of phrases ({@code your}, {@code replace}), which open no key.
     */
    public static final Set<String> KEY_MARKERS = union(SAMPLE_WORDS, Set.of("examples", "demo", "sandbox", "mock"));

    /**
     * Of {@link #KEY_MARKERS}, the ones that are also providers' test-mode prefixes ({@code test_…},
     * {@code sandbox-…}): those the sandbox gate reads by provider.
     */
    public static final Set<String> PROVIDER_MODE_WORDS = Set.of("test", "sandbox");

    /**
     * First labels of a host name that make the whole name a stand-in, whatever domain follows
     * ({@code fake.mail.server.com}, {@code dummy.smtp.com}, {@code fake.github-enterprise.com}): no one names a real
     * machine so; nor a generated id so ({@code abc123.execute-api.eu-west-1.amazonaws.com}: the sample id that
     * documentation shows where the provider puts a generated one). {@code test} and {@code sample} are not here:
     * {@code test.api.example.net} is a real test server.
     */
    public static final Set<String> STAND_IN_HOST_LABELS = Set.of("fake", "dummy", "abc123", "abcdef", "abcd1234",
            "xyz123", "123abc");

    /** The whole words of a phrase that say it is a stand-in: a demo, a sample, something to replace. */
    public static final Set<String> PHRASE_MARKERS = union(SAMPLE_WORDS, Set.of("demo", "your", "insert", "replace",
            "testing", "placeholder", "mock", "tutorial"));

    /** The whole words that name a secret or what it protects, in a placeholder phrase. */
    public static final Set<String> SECRET_NOUNS = Set.of("secret", "secrets", "password", "passwords", "passwd",
            "pass", "passphrase", "pwd", "key", "keys", "token", "tokens", "salt", "pepper", "credential",
            "credentials", "apikey", "api", "jwt", "signing", "signature", "encryption", "encrypt", "crypto", "cipher",
            "hmac", "auth", "access", "session", "cookie", "private", "client", "app", "application", "admin", "root",
            "user", "username", "account", "database", "db", "data", "service", "server", "webhook", "master", "mail",
            "smtp", "email", "aws", "oauth", "bearer", "code", "pin", "hash", "license", "sk", "pk", "json", "web",
            "dsn");

    /**
     * Words that boast of a value's strength rather than give it any: {@code strong}, {@code secure}, {@code super}
     * ({@code your-super-secure-key}, {@code FlipkartSecurePassword2026!}).
     */
    public static final Set<String> STRENGTH_BOASTS = Set.of("strong", "secure", "safe", "super", "ultra", "extra",
            "very");

    /** The whole words of a placeholder phrase that describe or ask for a value rather than being one. */
    public static final Set<String> INSTRUCTION_WORDS = union(FILL_VERBS, SAMPLE_WORDS, STRENGTH_BOASTS,
            Set.of("your", "yours", "my",
            "our", "some", "random", "paste", "add", "generate", "generated", "get", "changed", "update", "updated",
            "modify", "here", "please", "placeholder", "exactly", "least", "min", "minimum", "at", "with", "from",
            "above", "below", "new", "own", "this", "that", "the", "a", "an", "of", "for", "to", "in", "and", "or",
            "be", "should", "must", "is", "it", "me", "use", "todo", "tbd", "real", "actual", "value", "string",
            "text", "chars", "char", "character", "characters", "long", "length", "digits", "digit", "bits", "bit",
            "bytes", "byte", "custom", "unique", "more",
            "than", "goes", "go", "xxx", "xxxx", "testing", "demo", "default", "one", "other", "another", "same",
            "like", "ur", "mine", "uncomment", "define", "configure", "specify", "provide", "supply", "edit", "input",
            "type", "write", "adjust", "override", "overwrite", "customize", "customise", "choose", "pick", "you",
            "can", "env", "vars", "var", "variable", "variables", "environment"));

    /**
     * Instruction phrases of other languages, matched inside the lower-cased value: as a substring when written in
     * another script ({@code 填写}), as a word of its own when in Latin script ({@code cambiar}).
     */
    public static final List<String> FOREIGN_INSTRUCTIONS = List.of("填写", "填入", "请填", "请输入", "输入你", "请修改",
            "修改为", "改成", "替换", "更换为", "你的", "您的", "自己的", "此处", "这里", "示例", "入力", "変更", "ここに",
            "cambiar", "cámbiame", "cambiame", "reemplaz", "tu_clave", "tu-clave", "su_clave", "su-clave",
            "tu_contraseña", "aquí", "ändern", "aendern", "ersetzen", "hier_eintragen", "hier-eintragen", "dein_",
            "dein-", "deine_", "changez", "changer", "remplacer", "votre_", "votre-", "mude", "mudar", "alterar",
            "trocar", "substituir", "sua_senha", "sua-senha", "sua_chave", "sostituire", "cambiami", "il_tuo", "измени",
            "замени", "ваш_", "ваш-", "введите");

    /**
     * The words for a secret, a password or a key in other common languages, as a whole value: one of them alone names
     * the thing it should hold ({@code 密钥}, "key"), as {@code password=password} does.
     */
    public static final Set<String> FOREIGN_SECRET_NAMES = Set.of("密钥", "秘钥", "密码", "口令", "私钥", "令牌", "秘密",
            "密鑰", "密碼", "私鑰", "金鑰", "パスワード", "秘密鍵", "暗号鍵", "鍵", "비밀번호", "비밀키", "암호", "contraseña",
            "clave", "senha", "chave", "passwort", "kennwort", "schlüssel", "geheimnis", "motdepasse", "mot de passe",
            "clé", "пароль", "ключ", "секрет", "parola", "chiave", "wachtwoord", "sleutel", "hasło", "klucz", "şifre",
            "anahtar", "mật khẩu", "khóa", "kata sandi", "kunci");

    /**
     * The possessives "your" of other languages that the phrase and host readings share: {@code votre}, {@code dein},
     * {@code ваш}, {@code uw}, {@code senin}.
     */
    private static final Set<String> FOREIGN_YOUR = Set.of("ваш", "ваша", "ваше", "твой", "tu", "votre", "ton", "seu",
            "sua", "tuo", "tua", "dein", "deine", "ihr", "ihre", "uw", "jouw", "twoj", "twoje", "senin");

    /**
     * "My" in the languages whose templates write {@code midominio.com}, {@code meudominio.com.br},
     * {@code mondomaine.fr}, and Spanish {@code su} ({@code sudominio.com}): with a noun for the place, the reader's
     * own domain.
     */
    private static final Set<String> FOREIGN_MY = Set.of("mi", "mis", "meu", "minha", "mon", "ma", "mein", "meine",
            "mijn", "su");

    /**
     * Whole words of other languages that ask for a value in a phrase: the possessives "your" ({@link #FOREIGN_YOUR}
     * and the short or inflected ones a phrase uses: {@code su}, {@code ta}, {@code deinen}, {@code bạn}), "here" and
     * "enter" ({@code 여기에}, {@code 입력}), articles and prepositions, "new" and "secure".
     */
    public static final Set<String> FOREIGN_ASKING = union(FOREIGN_YOUR, Set.of("su", "il", "la", "ta", "deinen",
            "ihren", "je", "twój", "bạn", "của", "anda", "kamu", "여기에", "입력", "aqui", "aquí", "hier", "ici", "qui",
            "здесь", "tutaj", "buraya", "di", "de", "da", "del", "der", "des", "du", "le", "coloca", "coloque",
            "insira", "ingresa", "introduce", "escribe", "segura", "seguro", "sicher", "sicheres", "nuevo", "nueva",
            "novo", "nova", "nouveau", "neues"));

    /**
     * Imperatives of other languages that tell the reader to change or replace a value, as whole words of a sentence
     * ({@code cambia-este-secreto-por-uno-seguro}, {@code zmien-to-haslo-na-bezpieczne},
     * {@code degistir-bunu-gizli-anahtar}); {@link #FOREIGN_INSTRUCTIONS} lists the infinitives and glued forms.
     */
    public static final Set<String> FOREIGN_IMPERATIVES = Set.of("cambia", "cambie", "reemplaza", "reemplace",
            "sustituye", "sustituya", "substitua", "substitui", "troque", "altere", "sostituisci", "modifica",
            "remplacez", "remplace", "modifiez", "changez", "ersetze", "ändere", "aendere", "vervang", "wijzig",
            "zmien", "zmień", "zamien", "zamień", "ganti", "ubah", "degistir", "değiştir", "замените", "измените",
            "смените", "use", "utilize", "utilice", "utilizza", "gere", "genera", "defina");

    /**
     * The verbs of other languages that ask the reader to put a value in, as the first word of a capital phrase
     * ({@code INSERISCI_LA_TUA_CLIENT_SECRET}, {@code INGRESE_SU_API_KEY}, {@code SAISISSEZ_VOTRE_CLE}), with the
     * change and replace verbs of {@link #FOREIGN_IMPERATIVES}.
     */
    public static final Set<String> CAPITAL_FOREIGN_FILL_IN_VERBS = capitals(union(FOREIGN_IMPERATIVES,
            Set.of("inserisci", "inserire", "inserta", "inserte", "ingrese", "ingresa", "introduzca", "introduce",
                    "digite", "insira", "coloque", "coloca", "preencha", "inserez", "saisissez", "entrez", "indiquez",
                    "renseignez", "eingeben", "einfuegen", "trage", "vul", "voer", "wpisz", "podaj", "girin",
                    "masukkan", "isi")));

    /**
     * Second words, in capitals, that make a verb of {@link #CAPITAL_FOREIGN_FILL_IN_VERBS} an instruction about this
     * value: the possessives and articles of {@link #FOREIGN_ASKING} ({@code LA}, {@code TUA}, {@code SU},
     * {@code VOTRE}, {@code IHR}) and "here".
     */
    public static final Set<String> CAPITAL_FOREIGN_FILL_IN_OBJECTS = capitals(union(FOREIGN_ASKING,
            Set.of("aqui", "qui", "ici", "hier", "tus", "vos", "twoj", "twoja", "uw", "je")));

    /**
     * Words, in capitals, that make a host written as a variable's name an instruction to fill it in
     * ({@code CHANGE_ME_HOST}, {@code YOUR_DB_HOST}, {@code SET_HOST_HERE}): the fill-in verbs and the words that
     * address the reader, without the sample words, which a real Windows host name may hold.
     */
    public static final Set<String> CAPITAL_HOST_FILL_INS = union(CAPITAL_FILL_IN_VERBS,
            capitals(Set.of("your", "my", "me", "changeme", "todo", "xxx", "placeholder", "here")),
            capitals(foreignFillWords()));

    /**
     * Words, in capitals, that make a user name written as a variable's name an instruction to fill it in
     * ({@code TROQUE_AQUI}, {@code REPLACE_WITH_DB_USER}, {@code CAMBIAR_USUARIO}): the fill-in verbs, of English
     * and of other languages, and "here"; not {@code MY} or {@code ME}, which real role names hold.
     */
    public static final Set<String> CAPITAL_USER_FILL_INS = union(CAPITAL_FILL_IN_VERBS,
            capitals(Set.of("your", "changeme", "todo", "xxx", "placeholder", "here")), capitals(foreignFillWords()));

    /**
     * The verbs of other languages that ask to change, replace or fill in a value, as imperatives
     * ({@link #FOREIGN_IMPERATIVES}: {@code troque}, {@code cambia}) and infinitives ({@code cambiar},
     * {@code remplacer}, {@code preencher}), and their word for "here" ({@code aqui}, {@code ici}, {@code hier}): a
     * capital phrase made with one ({@code TROQUE_PELO_IP_DO_SERVIDOR}, {@code CAMBIAR_AQUI}) is an instruction.
     */
    private static Set<String> foreignFillWords() {
        return union(FOREIGN_IMPERATIVES, Set.of("cambiar", "reemplazar", "sustituir", "rellenar", "trocar",
                "alterar", "substituir", "preencher", "remplacer", "changer", "renseigner", "ersetzen", "aendern",
                "eintragen", "sostituire", "aqui", "ici", "hier"));
    }

    /**
     * The whole words for a secret, a password or a key in other languages, as they stand inside a phrase of several
     * words ({@code tu-contraseña}, {@code mot de passe}, {@code ваш_секретный_ключ}, {@code 여기에_API_키_입력}).
     */
    public static final Set<String> FOREIGN_SECRET_WORDS = Set.of("contraseña", "contrasena", "clave", "secreta",
            "secreto", "senha", "chave", "passwort", "kennwort", "schlüssel", "schluessel", "geheim", "geheime",
            "geheimer", "geheimes", "mot", "passe", "cle", "clé", "secrete", "secrète", "пароль", "ключ", "секретный",
            "секрет", "токен", "chiave", "segreta", "segreto", "parola", "wachtwoord", "sleutel", "hasło", "haslo",
            "klucz", "tajny", "şifre", "sifre", "anahtar", "gizli", "mật", "khẩu", "khóa", "kata", "sandi", "kunci",
            "rahasia", "키", "비밀번호", "비밀키", "암호", "토큰", "비밀", "anahtarin", "anahtarınız", "şifreniz",
            "sifreniz", "şifren", "segredo", "senhas", "chaves", "claves");

    /**
     * Prefixes of a host label that open it with "your" of another language and an underscore
     * ({@code ВАШ_ДОМЕН}, {@code tu_ip_vps}): {@link #FOREIGN_YOUR} with the plural and feminine forms a host name
     * asks with ({@code tus}, {@code vos}, {@code twoja}), each followed by {@code _}. Only possessives that are no
     * common label on their own.
     */
    public static final List<String> FOREIGN_YOUR_PREFIXES = suffixed(union(FOREIGN_YOUR, Set.of("tus", "vos",
            "twoja")), "_");

    private static final List<String> PLACE_POSSESSIVES = List.copyOf(union(FOREIGN_YOUR, Set.of("tus", "vos", "twoja"),
            FOREIGN_MY));

    private static final List<String> PLACE_NOUNS = List.of("dominio", "domaine", "domain", "dominios", "domein",
            "domena", "sitio", "site", "servidor", "serveur", "server", "empresa", "entreprise", "seite", "webseite",
            "app", "projeto", "proyecto", "projecto", "projet", "progetto", "projekt", "project", "instancia",
            "instance", "cuenta", "conta");

    /**
     * Host labels that say "your domain" or "my site" in another language with a dash ({@code tu-dominio},
     * {@code votre-domaine}, {@code seu-dominio}, {@code dein-server}, {@code mi-sitio}, and a provider's account
     * label {@code seu-projeto.supabase.co}, {@code tu-proyecto}), or glued when the noun is one
     * no product name ends in ({@code midominio}, {@code tudominio}, {@code meudominio}, {@code mondomaine}): a
     * possessive of {@link #FOREIGN_YOUR} (or its plural and feminine forms) or of "my", and a noun for the place the
     * reader fills in. A possessive before any other word is a real name ({@code tu-berlin.de}, the Technische
     * Universität).
     */
    public static final Set<String> FOREIGN_YOUR_PLACES = foreignYourPlaces();

    /**
     * Whether {@code text} holds one of {@link #FOREIGN_YOUR_PLACES} from {@code start} to {@code end}, its possessive
     * ending at {@code separator} (a dash or an underscore there): {@code tu-instancia} in
     * {@code tu-instancia-rds.us-east-1.rds.amazonaws.com}, {@code tuo-progetto} in {@code gcr.io/tuo-progetto/app}
     * (forty-sixth pass). Compared in place, ignoring case, with no copy of the text.
     *
     * @param text the text
     * @param start where the possessive starts
     * @param separator where it ends
     * @param end where the noun ends
     * @return {@code true} for "your" or "my" and a place noun
     */
    public static boolean foreignYourPlaceAt(String text, int start, int separator, int end) {
        return regionIsAny(text, start, separator, PLACE_POSSESSIVES)
                && regionIsAny(text, separator + 1, end, PLACE_NOUNS);
    }

    private static boolean regionIsAny(String text, int from, int to, List<String> words) {
        int length = to - from;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.length() == length && text.regionMatches(true, from, word, 0, length)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> foreignYourPlaces() {
        Set<String> places = new java.util.HashSet<>();
        Set<String> glued = Set.of("dominio", "domaine", "dominios", "domein", "domena", "sitio", "servidor",
                "serveur", "empresa", "entreprise", "webseite");
        for (String your : PLACE_POSSESSIVES) {
            for (String noun : PLACE_NOUNS) {
                places.add(your + "-" + noun);
                if (glued.contains(noun)) {
                    places.add(your + noun);
                }
            }
        }
        return Set.copyOf(places);
    }


    /**
     * Substrings, in lower case, of commands that make a secret, copied into the value instead of run
     * ({@code openssl rand -hex 32}, {@code php artisan key:generate}, {@code rails secret}).
     */
    public static final List<String> GENERATOR_COMMANDS = List.of("openssl rand", "rand -hex", "rand -base64",
            "key:generate", "rake secret", "rails secret", "phx.gen.secret", "pwgen ", "uuidgen ", "token_hex(",
            "token_urlsafe(", "get_random_secret_key", "ssh-keygen", "/dev/urandom", "randombytes(",
            "generate_secret_key");

    /** The short whole words of English sentences, which generated passphrases (diceware lists) leave out. */
    public static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "with", "for", "per", "of", "to", "in",
            "on", "at", "by", "is", "it", "be", "and", "or", "only", "not", "no", "this", "that", "here");

    /** Verbs that send the reader elsewhere for the value: {@code REFER_TO_README}, {@code ask-your-admin}. */
    public static final Set<String> REFERRALS = Set.of("refer", "see", "ask", "check", "read", "consult", "contact",
            "follow", "look", "request");

    /** Where such a value sends the reader: a document, a person or a team. */
    public static final Set<String> REFERRAL_SOURCES = Set.of("readme", "docs", "doc", "documentation", "wiki",
            "admin", "administrator", "sysadmin", "manual", "instructions", "guide", "team", "ops", "devops",
            "maintainer", "maintainers", "owner", "confluence", "notion", "slack", "lead", "above", "below");

    /**
     * The prepositions of a value that names its source or purpose: {@code token_from_skylight}, and "of" in the
     * Romance languages ({@code key-de-minio}, {@code chiave-di-stripe}; thirty-ninth pass).
     */
    public static final Set<String> SOURCE_PREPOSITIONS = Set.of("from", "for", "of", "de", "del", "di", "da", "do",
            "du");

    /**
     * The pages of a provider where a credential is issued and copied from: {@code dsn_from_sentry_dashboard},
     * {@code copy-from-console}, {@code key_from_developer_portal}.
     */
    public static final Set<String> ISSUING_PAGES = Set.of("dashboard", "console", "portal", "panel", "settings",
            "website", "site", "developer", "developers", "cockpit", "backoffice", "backend", "ui", "page");

    /** Verbs that tell the reader to fetch a value: {@code copy_from_console}, {@code get-from-azure-portal}. */
    public static final Set<String> FETCHING = Set.of("get", "got", "copy", "copied", "obtain", "obtained", "grab",
            "take", "taken", "retrieve", "retrieved", "fetch", "fetched", "find", "found", "create", "created",
            "generate", "generated", "issued", "provided", "request", "requested");

    /** Prepositions that name where or how a value is fetched: {@code from-botfather}, {@code obtain_via_oauth}. */
    public static final Set<String> ORIGINS = Set.of("from", "via", "after", "through", "using");

    /** Words that deny what follows: {@code thisisnotatoken}, {@code not-a-real-secret}. */
    public static final Set<String> DENIALS = Set.of("not", "isnt", "non");

    /** Whole words that name what a value is made of, in a description of its shape: {@code hex}, {@code letters}. */
    public static final Set<String> SHAPE_NOUNS = Set.of("value", "values", "string", "strings", "letters", "letter",
            "numbers", "number", "digits", "digit", "characters", "character", "chars", "char", "symbols", "symbol",
            "bytes", "byte", "hex", "hexadecimal", "alphanumeric", "alphanumerics", "base64", "text", "uuid", "guid",
            "word", "words");

    /** Whole words that qualify or join the shape nouns: {@code long}, {@code random}, {@code of}, {@code 32}. */
    public static final Set<String> SHAPE_MODIFIERS = Set.of("long", "longer", "short", "random", "randomly", "full",
            "lowercase", "uppercase", "lower", "upper", "case", "mixed", "alpha", "numeric", "special", "secure",
            "strong", "generated", "unique", "some", "any", "only", "at", "least", "and", "or", "of", "in", "with",
            "a", "an", "the", "lots", "many", "plus", "containing", "made", "up", "by", "from", "big", "very", "32",
            "64", "16", "128", "256", "24", "40", "48", "12", "8", "10", "20");

    /**
     * The first words, as prefixes in any case, of a template token that addresses the reader ({@code your_…},
     * {@code my-…}, {@code insertHere}, {@code enter-…}, {@code paste_…}), in the order the secrets gate tries them.
     */
    public static final List<String> ADDRESSING_STARTS = List.of("your", "my", "insert", "enter", "paste");

    /**
     * The verbs that open a template token telling the reader what to put in its place, each followed by {@code with}
     * ({@code replace-with-your-webhook-secret}, {@code replace_with_a_long_random_secret},
     * {@code substitute-with-your-token}).
     */
    public static final List<String> SUBSTITUTING_STARTS = List.of("replace", "substitute");

    /**
     * Of {@link #ADDRESSING_STARTS}, the ones that ask for an identifier of a credential pair: {@code my} is left out,
     * as {@code my-key-id} is a developer's own label for the pair.
     */
    public static final List<String> IDENTIFIER_ASKING_STARTS = List.of("your", "insert", "enter", "paste");

    /**
     * The whole first word of a value that spells its own key after a word addressing the reader
     * ({@code your_webhook_url}, {@code enter-the-host}, {@code the_api_url}). Differs from
     * {@link #ADDRESSING_STARTS}: the value must also end in its key's own last word, which is evidence enough to let
     * {@code the} and {@code put} lead.
     */
    public static final Set<String> SPELLED_KEY_LEADS = Set.of("your", "my", "enter", "insert", "put", "the");

    /**
     * Whole words a template token in capitals adds around the words of its own key to say it is one
     * ({@code STAGING_USER_KEY_CHANGE_THIS}, {@code VOTRE_TWILIO_ACCOUNT_SID}, {@code YOUR_HASHKEY_HERE}): the fill
     * verbs and what they point at, notes to self, one-word fill words, "your" in English and other languages
     * ({@link #FOREIGN_YOUR}). Words of a stage or a product are not among them: {@code PROD_ROUTING_KEY} names a
     * routing key, not a gap.
     */
    public static final Set<String> SPELLED_KEY_MARKERS = union(FILL_VERBS, NOTES_TO_SELF, GLUED_FILL_WORDS,
            FOREIGN_YOUR, Set.of("your", "this", "me", "with", "here", "value", "missing", "required"));

    /** Whole words a bracketed template adds to the words of its key when it asks for the key's value. */
    public static final Set<String> BRACKET_ASKING_WORDS = Set.of("your", "my", "the", "a", "an", "enter", "insert",
            "put", "add", "paste", "here");

    /**
     * Whole registrable labels of template domains ({@code test.com}, {@code yourdomain.com}, {@code todo.org}):
     * reserved and sample words, {@code your…} names, notes to self and one-word fill words, and the word for domain
     * in Spanish, Portuguese, Italian, French, Dutch and Polish ({@code baserow.dominio.com.br}, thirty-eighth pass),
     * the template written by a reader of another language as {@code domain.com} is in English. Of
     * {@link #TEMPLATE_VALUES} only these one-word ones: a label has no spaces, and as a subdomain
     * ({@code todo.acme.com}) such a word is an ordinary name, so only the registrable label is compared.
     */
    public static final Set<String> TEMPLATE_DOMAINS = union(NOTES_TO_SELF, GLUED_FILL_WORDS, Set.of("test",
            "testing", "example", "examples", "sample", "domain", "yourdomain", "yoursite", "yourcompany", "yourapp",
            "dominio", "domaine", "domein", "domena"));

    /**
     * Letters and words that samples put before {@code .com} for any site ({@code http://abc.com/},
     * {@code api.xyz.com}, {@code foo.com}, {@code kong.site.com}): read as a template only there, since
     * {@code abc.net.au} and {@code abc.xyz} are real sites' names.
     */
    public static final Set<String> STAND_IN_COM_DOMAINS = Set.of("abc", "xyz", "abc123", "abcd", "foo", "foobar",
            "qwerty", "asdf", "site");

    /**
     * Whole words of a host label, or of its dash-separated parts, that read as template text ({@code changeme},
     * {@code your-app}); {@code your} counts only beside other words.
     */
    public static final Set<String> TEMPLATE_LABEL_PARTS = union(GLUED_FILL_WORDS, Set.of("your"));

    /** Substrings of a host label or path word that read as template text: {@code my-server-to-change}. */
    public static final List<String> TEMPLATE_LABEL_PHRASES = List.of("-to-change", "change-me", "replace-me",
            "fill-me");

    /**
     * Substrings of a host name, its separators dropped, that are instructions glued into one word
     * ({@code REPLACE_WITH_HOSTNAME}, {@code yougottafillthisout}): a verb glued to the word that points at the gap.
     * Verbs alone are parts of real names ({@code fillmore}, {@code changelog}).
     */
    public static final List<String> GLUED_INSTRUCTIONS = List.of("replacewith", "replacethis", "changethis",
            "fillthis", "fillmein", "tobefilled", "tobereplaced", "tobechanged");

    /** Prefixes that open a made-up host name with the reader's own: {@code mysmtphost}, {@code yourprovider}. */
    public static final List<String> MADE_UP_HEADS = List.of("your", "my");

    private StandInWords() {
    }

    private static List<String> suffixed(Set<String> words, String suffix) {
        String[] all = new String[words.size()];
        int i = 0;
        for (String word : words) {
            all[i++] = word + suffix;
        }
        return List.of(all);
    }

    private static Set<String> capitals(Set<String> words) {
        Set<String> upper = new LinkedHashSet<>();
        for (String word : words) {
            upper.add(word.toUpperCase(Locale.ROOT));
        }
        return Set.copyOf(upper);
    }
}
