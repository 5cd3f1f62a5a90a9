package dev.readiness.gates.secrets;

import static dev.readiness.gates.internal.StandInWords.DENIALS;
import static dev.readiness.gates.internal.StandInWords.FETCHING;
import static dev.readiness.gates.internal.StandInWords.FOREIGN_ASKING;
import static dev.readiness.gates.internal.StandInWords.FOREIGN_IMPERATIVES;
import static dev.readiness.gates.internal.StandInWords.FOREIGN_INSTRUCTIONS;
import static dev.readiness.gates.internal.StandInWords.FOREIGN_SECRET_NAMES;
import static dev.readiness.gates.internal.StandInWords.FOREIGN_SECRET_WORDS;
import static dev.readiness.gates.internal.StandInWords.FUNCTION_WORDS;
import static dev.readiness.gates.internal.StandInWords.GENERATOR_COMMANDS;
import static dev.readiness.gates.internal.StandInWords.INSTRUCTION_WORDS;
import static dev.readiness.gates.internal.StandInWords.ISSUING_PAGES;
import static dev.readiness.gates.internal.StandInWords.ORIGINS;
import static dev.readiness.gates.internal.StandInWords.PHRASE_MARKERS;
import static dev.readiness.gates.internal.StandInWords.REFERRALS;
import static dev.readiness.gates.internal.StandInWords.REFERRAL_SOURCES;
import static dev.readiness.gates.internal.StandInWords.SECRET_NOUNS;
import static dev.readiness.gates.internal.StandInWords.SOURCE_PREPOSITIONS;
import static dev.readiness.gates.internal.WordSets.containsAny;

import dev.readiness.gates.internal.StandInWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Placeholder text that passes length rules: a value made only of the words that describe a secret or ask for one
 * ({@code SomeRandomStringOf32CharsExactly}, {@code your-32-character-encryption-key},
 * {@code get_the_secret_of_above_key}, {@code secret-key}, {@code somepassword}), and instructions in other languages
 * ({@code 填写你的AccessKey}, {@code cambiar-esta-clave}, {@code mude isso em produção}).
 *
 * <p>The value is cut into words at separators, case changes and digit boundaries; a run of lower-case letters that
 * is no word of the vocabulary ({@link StandInWords}) is cut further into vocabulary words where it can be
 * ({@code somepassword}). The
 * value is a placeholder when every word belongs to the vocabulary (numbers of up to four digits count as words)
 * and it holds two different words, a secret noun or two instruction words among them, or when it holds one other
 * word at most with two secret nouns ({@code secret_firefly_password}) or with a secret noun and a word that marks a
 * stand-in ({@code POSTMARK_API_TEST}, {@code acme-demo-token}), or when a phrase of six words or more is made of
 * two secret nouns, two instruction words and at most two words of its own
 * ({@code some-long-and-weirdly-unrandom-secret-key}), or when it is a sentence that says it is a stand-in
 * ({@link #isMarkedSentence(String)}) or a sentence that speaks of the credential it stands in for
 * ({@link #isCredentialSentence(String)}), or when the part after the one {@code |} of a compound key is
 * ({@code prod:your-deployment|your-deploy-key}). A generated secret has no such words; a passphrase of ordinary
 * words ({@code correct horse battery staple}) is not made of this vocabulary. Stateless and thread-safe.
 */
final class PlaceholderPhrases {

    private static final int MAX_LENGTH = 128;

    /** A sample path with an alternative after it: {@code /path/to/admin.macaroon or HEXSTRING}. */
    private static final Pattern PATH_OR_ALTERNATIVE = Pattern.compile("^(?:~|\\.{1,2})?/\\S+\\s+(?i:or)\\s+\\S+$");

    private static final int MIN_PHRASE_WORDS = 4;
    private static final int MAX_WORD = 14;

    private PlaceholderPhrases() {
    }

    /**
     * Whether a value is placeholder text.
     *
     * @param value the trimmed value; not retained
     * @return {@code true} when the value only describes or asks for a secret
     */
    static boolean isPlaceholder(String value) {
        if (value.length() <= 12 && namesTheThing(value)) {
            return true;
        }
        if (value.length() < 6 || value.length() > MAX_LENGTH) {
            return false;
        }
        int bar = value.indexOf('|');
        if (bar > 0 && bar == value.lastIndexOf('|') && value.length() - bar > 6
                && isPlaceholder(value.substring(bar + 1).trim())) {
            return true; // the secret part of a compound key: Convex's prod:<deployment>|<key>, Sanctum's <id>|<token>
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (hasForeignInstruction(value, lower) || quotesGenerator(value, lower) || isForeignPhrase(value)) {
            return true;
        }
        if (isMarkedSentence(value) || PATH_OR_ALTERNATIVE.matcher(value).matches() || bracketsAPlaceholder(value)
                || isForeignSentence(lower) || isCredentialSentence(value)) {
            return true;
        }
        List<String> words = words(value);
        if (words.size() < 2) {
            return false;
        }
        if (deniesOrRefers(words) || namesTheSource(words) || namesWhereToGet(words)) {
            return true;
        }
        int nouns = 0;
        int instructions = 0;
        int others = 0;
        boolean marked = false;
        Set<String> letters = new java.util.HashSet<>();
        for (String word : words) {
            if (isNumber(word)) {
                if (word.length() > 4) {
                    return false;
                }
                continue;
            }
            if (!letters.add(word)) {
                continue;
            }
            marked |= PHRASE_MARKERS.contains(word);
            if (SECRET_NOUNS.contains(word)) {
                nouns++;
            } else if (INSTRUCTION_WORDS.contains(word)) {
                instructions++;
            } else {
                others++;
            }
        }
        if (others == 0) {
            return letters.size() >= 2 && (nouns >= 1 || instructions >= 2);
        }
        if (others == 1 && (nouns >= 2 || nouns >= 1 && marked) && letters.size() >= 3) {
            return true;
        }
        return others <= 2 && nouns >= 2 && instructions >= 2 && letters.size() >= 6;
    }

    /**
     * Whether the words, every one of the vocabulary, say the value is not the thing ({@code thisisnotatoken},
     * {@code this_is_not_a_key}: a denial before a secret noun) or send the reader elsewhere for it
     * ({@code REFER_TO_README}, {@code ask-your-admin}: a referral verb and a source). Random text that holds
     * {@code not} or {@code see} has other words around them.
     */
    private static boolean deniesOrRefers(List<String> words) {
        boolean denial = false;
        boolean deniedNoun = false;
        boolean referral = false;
        boolean source = false;
        for (String word : words) {
            if (!known(word) && !isNumber(word)) {
                return false;
            }
            deniedNoun |= denial && SECRET_NOUNS.contains(word);
            denial |= DENIALS.contains(word);
            referral |= REFERRALS.contains(word);
            source |= REFERRAL_SOURCES.contains(word);
        }
        return deniedNoun || referral && source;
    }

    /**
     * Whether the value is a secret noun, a preposition and one word that says where the value comes from or what it
     * is for ({@code token_from_skylight}, {@code key-for-stripe}, {@code secret_of_app}, and in another language
     * {@code key-de-minio}, {@code clave-de-minio}): a description of the value, not the value. Random text does not
     * spell a vocabulary noun and a preposition as whole words.
     */
    private static boolean namesTheSource(List<String> words) {
        if (words.size() != 3 || !SECRET_NOUNS.contains(words.get(0)) && !FOREIGN_SECRET_WORDS.contains(words.get(0))
                || !SOURCE_PREPOSITIONS.contains(words.get(1))) {
            return false;
        }
        String last = words.get(2);
        if (last.length() < 3 || last.length() > MAX_WORD) {
            return false;
        }
        for (int i = 0; i < last.length(); i++) {
            if (last.charAt(i) < 'a' || last.charAt(i) > 'z') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the value says where or how to fetch the value, nothing else: a preposition of origin or means
     * ({@code from}, {@code via}, {@code after}, {@code through}, {@code using}) with one to four words of letters or
     * digits after it, and before it only secret nouns, instruction and fetching words. It must also say that it
     * sends the reader: a fetching verb before the preposition ({@code get-from-console.groq.com},
     * {@code obtained-after-oauth-flow}, {@code copy_from_console}), {@code from} opening the value
     * ({@code from-botfather}, {@code from-google-cloud-console}), or a provider's page after it
     * ({@code dsn_from_sentry_dashboard}, {@code key_from_stripe_dashboard}, {@code your_key_from_console.groq.com}). Random text does not spell these words
     * whole; a diceware passphrase has no preposition of origin after a fetching verb.
     */
    private static boolean namesWhereToGet(List<String> words) {
        int at = -1;
        for (int i = 0; i < words.size() && at < 0; i++) {
            if (ORIGINS.contains(words.get(i))) {
                at = i;
            }
        }
        int after = words.size() - at - 1;
        if (at < 0 || after < 1 || after > 4) {
            return false;
        }
        boolean fetching = false;
        for (int i = 0; i < at; i++) {
            String word = words.get(i);
            fetching |= FETCHING.contains(word);
            if (!SECRET_NOUNS.contains(word) && !INSTRUCTION_WORDS.contains(word) && !FETCHING.contains(word)) {
                return false;
            }
        }
        boolean page = false;
        for (int i = at + 1; i < words.size(); i++) {
            String word = words.get(i);
            page |= ISSUING_PAGES.contains(word);
            if (word.length() > MAX_WORD) {
                return false;
            }
            for (int c = 0; c < word.length(); c++) {
                char ch = word.charAt(c);
                if (!(ch >= 'a' && ch <= 'z' || ch >= '0' && ch <= '9')) {
                    return false;
                }
            }
        }
        boolean from = words.get(at).equals("from");
        return fetching || from && (at == 0 || page);
    }

    /**
     * Whether the value ends in a bracketed placeholder after a provider's prefix ({@code gsk_<your_key_from_console>},
     * {@code sk_live_<your-secret-key>}): the brackets hold a phrase this class calls a placeholder. A random value
     * with {@code <} and {@code >} among its characters has no such phrase between them.
     */
    private static boolean bracketsAPlaceholder(String value) {
        int close = value.length() - 1;
        if (value.charAt(close) != '>') {
            return false;
        }
        int open = value.lastIndexOf('<', close);
        if (open <= 0 || close - open - 1 < 6) {
            return false;
        }
        String inner = value.substring(open + 1, close);
        return inner.indexOf('<') < 0 && isPlaceholder(inner);
    }

    /**
     * A sentence of plain words joined by {@code -}, {@code _} or spaces that says it is a stand-in
     * ({@code a-demo-key-with-low-quota-per-ip-address}, {@code this is a test key for development only}): at least
     * {@value #MIN_PHRASE_WORDS} words of letters, a marker word ({@code demo}, {@code sample}, {@code your},
     * {@code test}, …) and a secret noun or a short English function word ({@code a}, {@code with}, {@code per}).
     * Generated passphrases have no function words, and a marker word among their words is rare. Words joined by
     * dots are identifiers ({@code label.sample.text.for.the.page}), not sentences; words joined by {@code _} may be
     * one too ({@code welcome_text_for_demo_users}), so they need both a secret noun and a function word
     * ({@code a_demo_key_with_low_quota}).
     */
    static boolean isMarkedSentence(String value) {
        int words = 0;
        boolean marker = false;
        boolean function = false;
        boolean noun = false;
        boolean underscored = false;
        int start = -1;
        for (int i = 0; i <= value.length(); i++) {
            char c = i < value.length() ? value.charAt(i) : ' ';
            if (c == '-' || c == '_' || c == ' ') {
                if (start >= 0) {
                    String word = value.substring(start, i).toLowerCase(Locale.ROOT);
                    if (!isPlainWord(value, start, i)) {
                        return false;
                    }
                    words++;
                    marker |= PHRASE_MARKERS.contains(word);
                    function |= FUNCTION_WORDS.contains(word);
                    noun |= SECRET_NOUNS.contains(word);
                    start = -1;
                }
                underscored |= c == '_';
            } else if (start < 0) {
                start = i;
            }
        }
        return words >= MIN_PHRASE_WORDS && marker && (underscored ? function && noun : function || noun);
    }

    /** The fewest words of a sentence about the credential ({@link #isCredentialSentence}). */
    private static final int MIN_SENTENCE_WORDS = 4;
    /** Shorter values are no sentence of {@value #MIN_SENTENCE_WORDS} words with a credential noun among them. */
    private static final int MIN_SENTENCE_LENGTH = 16;
    /** The nouns a sentence names its credential by: narrower than {@code SECRET_NOUNS} ({@code app}, {@code data}). */
    private static final Set<String> SENTENCE_CREDENTIAL_NOUNS = Set.of("secret", "secrets", "key", "keys", "token",
            "tokens", "password", "passwords", "passphrase", "credential", "credentials", "apikey", "salt");

    /**
     * A sentence in plain words, one space between them, that speaks of the credential it stands in for: a
     * description of the value ({@code api key to access the maps service}) or a note about where it is set
     * ({@code This key should be overridden in config/local.py}), neither of which {@link #isMarkedSentence} reads,
     * as it asks for a marker word ({@code your}, {@code demo}). At least {@value #MIN_SENTENCE_WORDS} words of
     * letters, a credential noun ({@code key}, {@code secret}, {@code token}, {@code password}, …) and an English
     * function word ({@code to}, {@code in}, {@code the}); the last word may be the path or file name the note points
     * to. A passphrase of ordinary words has no function word beside a credential noun, words joined by dashes or
     * underscores are read by {@link #isMarkedSentence} (identifiers are written so), and a value that opens a
     * comment ({@code # set from the secret manager}) is not read. Cost: a value without a space is answered by its
     * first tests; the words of the others are compared in place.
     *
     * @param value the trimmed value
     * @return whether it is such a sentence
     */
    static boolean isCredentialSentence(String value) {
        if (value.length() < MIN_SENTENCE_LENGTH || value.indexOf(' ') < 0 || value.charAt(0) == '#') {
            return false;
        }
        int words = 0;
        boolean function = false;
        boolean noun = false;
        int start = 0;
        while (start < value.length()) {
            int end = value.indexOf(' ', start);
            if (end < 0) {
                end = value.length();
            }
            if (end == start) {
                return false;
            }
            if (isPlainWord(value, start, end)) {
                words++;
                function |= spellsOneOf(FUNCTION_WORDS, value, start, end);
                noun |= spellsOneOf(SENTENCE_CREDENTIAL_NOUNS, value, start, end);
            } else if (end < value.length() || !isPathOrFileName(value, start, end)) {
                return false;
            }
            start = end + 1;
        }
        return words >= MIN_SENTENCE_WORDS && function && noun;
    }

    /** Whether {@code value[start, end)} spells one of the lower-case words, in any case; compared in place. */
    private static boolean spellsOneOf(Set<String> lowerCaseWords, String value, int start, int end) {
        for (String word : lowerCaseWords) {
            if (word.length() == end - start && value.regionMatches(true, start, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    /** Letters, digits, {@code /}, {@code .}, {@code _} and {@code -}, with a {@code /} or a dot: a path or a file. */
    private static boolean isPathOrFileName(String value, int start, int end) {
        boolean marked = false;
        for (int i = start; i < end; i++) {
            char c = value.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
                    || c == '/' || c == '.')) {
                return false;
            }
            marked |= c == '/' || c == '.' && i > start && i < end - 1;
        }
        return marked;
    }

    /** The fewest and most words of a sentence in another language that asks for a secret. */
    private static final int MIN_FOREIGN_SENTENCE = 4;
    private static final int MAX_FOREIGN_SENTENCE = 16;

    /**
     * The English names of a credential that a sentence of another language keeps as they are
     * ({@code inserisci_la_tua_client_secret}, {@code ingrese-su-api-key-aqui}).
     */
    private static final Set<String> CREDENTIAL_NOUNS = Set.of("secret", "key", "token", "password", "id", "apikey");

    /** The articles and prepositions among {@link StandInWords#FOREIGN_ASKING}: they ask for nothing on their own. */
    private static final Set<String> FOREIGN_ARTICLES = Set.of("il", "la", "di", "de", "da", "del", "der", "des", "du",
            "le");

    /**
     * A sentence of another language, of {@value #MIN_FOREIGN_SENTENCE} to {@value #MAX_FOREIGN_SENTENCE} words of
     * letters joined by {@code -}, {@code _} or spaces, that names a secret in that language and tells the reader to
     * put their own there ({@code cambia-este-secreto-por-uno-muy-seguro-y-largo-en-produccion},
     * {@code substitua-pela-sua-chave-secreta-bem-longa}, {@code zmien-to-haslo-na-bezpieczne-przed-wdrozeniem},
     * {@code INSERISCI_LA_TUA_CLIENT_SECRET}): a word of {@link StandInWords#FOREIGN_SECRET_WORDS} or
     * {@link StandInWords#FOREIGN_SECRET_NAMES} or an English credential noun ({@code secret}, {@code key}), and a
     * possessive, "here", "secure" or "new" of {@link StandInWords#FOREIGN_ASKING} (not its articles and
     * prepositions), an imperative of {@link StandInWords#FOREIGN_IMPERATIVES} or the English {@code here} as its last
     * word ({@link #endsWithHere}). Long enough to pass length and entropy
     * rules, such a sentence is the template's text; articles and prepositions alone ask for nothing.
     *
     * @param lower the value in lower case
     */
    static boolean isForeignSentence(String lower) {
        if (lower.indexOf('-') < 0 && lower.indexOf('_') < 0 && lower.indexOf(' ') < 0) {
            return false;
        }
        int words = 0;
        boolean noun = false;
        boolean asking = false;
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            char c = i < lower.length() ? lower.charAt(i) : ' ';
            if (c == '-' || c == '_' || c == ' ') {
                if (start >= 0) {
                    if (++words > MAX_FOREIGN_SENTENCE || i - start > MAX_WORD) {
                        return false;
                    }
                    String word = lower.substring(start, i);
                    noun |= FOREIGN_SECRET_WORDS.contains(word) || FOREIGN_SECRET_NAMES.contains(word)
                            || CREDENTIAL_NOUNS.contains(word);
                    asking |= FOREIGN_ASKING.contains(word) && !FOREIGN_ARTICLES.contains(word)
                            || FOREIGN_IMPERATIVES.contains(word);
                    start = -1;
                }
            } else if (!Character.isLetter(c)) {
                return false;
            } else if (start < 0) {
                start = i;
            }
        }
        return words >= MIN_FOREIGN_SENTENCE && noun && (asking || endsWithHere(lower));
    }

    private static final String HERE = "here";

    /**
     * Whether the sentence's last word is the English {@code here} (forty-second pass): templates of other languages
     * keep the English ending that marks a slot to fill ({@code un_secret_tres_long_et_aleatoire_here}, French for
     * "a very long and random secret here", set 156), as they keep {@code secret} or {@code key}. Only as the last
     * word: a word inside the sentence ({@code where}, {@code there}) is no ending.
     */
    private static boolean endsWithHere(String lower) {
        int start = lower.length() - HERE.length();
        if (start < 1 || !lower.endsWith(HERE)) {
            return false;
        }
        char before = lower.charAt(start - 1);
        return before == '_' || before == '-' || before == ' ';
    }

    /** Letters only, lower case or capitalised, with a vowel unless it is a one- or two-letter word. */
    private static boolean isPlainWord(String value, int start, int end) {
        if (end - start > MAX_WORD) {
            return false;
        }
        boolean vowel = end - start <= 2;
        for (int i = start; i < end; i++) {
            char c = value.charAt(i);
            boolean lower = c >= 'a' && c <= 'z';
            if (!lower && !(i == start && c >= 'A' && c <= 'Z') && !(c >= 'A' && c <= 'Z' && allUpper(value, start, end))) {
                return false;
            }
            vowel |= "aeiouyAEIOUY".indexOf(c) >= 0;
        }
        return vowel;
    }

    private static boolean allUpper(String value, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!(value.charAt(i) >= 'A' && value.charAt(i) <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a value of two to six words is made only of words that ask for a secret and name it, at least one a
     * foreign word for a secret ({@code tu-contraseña}, {@code 여기에_API_키_입력}) or a foreign word of four letters
     * or more that asks for it ({@code coloca-tu-api-key}): a stand-in written in another language, which the
     * phrases of {@link StandInWords#FOREIGN_INSTRUCTIONS} list only in some spellings.
     */
    private static boolean isForeignPhrase(String value) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < value.length(); i++) {
            boolean part = Character.isLetterOrDigit(value.charAt(i));
            if (part && !inWord) {
                count++;
            }
            inWord = part;
        }
        if (count < 2 || count > 6) {
            return false;
        }
        int words = 0;
        boolean foreignNoun = false;
        boolean asking = false;
        boolean noun = false;
        int start = -1;
        for (int i = 0; i <= value.length(); i++) {
            boolean part = i < value.length() && Character.isLetterOrDigit(value.charAt(i));
            if (part && start < 0) {
                start = i;
            } else if (!part && start >= 0) {
                String word = value.substring(start, i).toLowerCase(Locale.ROOT);
                start = -1;
                if (++words > 6) {
                    return false;
                }
                boolean foreign = FOREIGN_SECRET_WORDS.contains(word);
                boolean asks = FOREIGN_ASKING.contains(word);
                if (!foreign && !asks && !SECRET_NOUNS.contains(word) && !INSTRUCTION_WORDS.contains(word)) {
                    return false;
                }
                foreignNoun |= foreign;
                asking |= asks && word.length() > 3;
                noun |= SECRET_NOUNS.contains(word);
            }
        }
        return words >= 2 && (foreignNoun || asking && noun);
    }

    /**
     * Whether the value quotes a command that generates a secret ({@link StandInWords#GENERATOR_COMMANDS}); every such
     * command holds a space, a parenthesis, a colon or a slash, so a value without one is not compared.
     */
    private static boolean quotesGenerator(String value, String lower) {
        if (value.indexOf(' ') < 0 && value.indexOf('(') < 0 && value.indexOf(':') < 0 && value.indexOf('/') < 0) {
            return false;
        }
        return containsAny(lower, GENERATOR_COMMANDS);
    }

    private static boolean namesTheThing(String value) {
        return !value.isEmpty() && FOREIGN_SECRET_NAMES.contains(value.toLowerCase(Locale.ROOT));
    }

    private static boolean hasForeignInstruction(String value, String lower) {
        boolean nonAscii = false;
        for (int i = 0; i < value.length() && !nonAscii; i++) {
            nonAscii = value.charAt(i) > 127;
        }
        for (String phrase : FOREIGN_INSTRUCTIONS) {
            if (phrase.charAt(0) >= 128 ? nonAscii && lower.contains(phrase) : containsAsWord(lower, phrase)) {
                return true;
            }
        }
        return false;
    }

    /** A Latin-script phrase counts only as a word of its own, so random text that happens to hold it does not. */
    private static boolean containsAsWord(String text, String phrase) {
        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
            int end = at + phrase.length();
            boolean before = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            char last = phrase.charAt(phrase.length() - 1);
            boolean after = !Character.isLetterOrDigit(last) || end == text.length()
                    || !Character.isLetterOrDigit(text.charAt(end)) || phrase.equals("reemplaz");
            if (before && after) {
                return true;
            }
        }
        return false;
    }

    /** The words of a value: cut at separators, lower-to-upper case changes and letter-digit boundaries. */
    static List<String> words(String value) {
        List<String> raw = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean letter = c < 128 && Character.isLetter(c);
            boolean digit = c >= '0' && c <= '9';
            if (!letter && !digit) {
                flush(word, raw);
                continue;
            }
            if (word.length() > 0) {
                char previous = word.charAt(word.length() - 1);
                boolean caseChange = Character.isUpperCase(c) && Character.isLowerCase(previous);
                boolean acronymEnd = Character.isLowerCase(c) && word.length() > 1 && Character.isUpperCase(previous)
                        && Character.isUpperCase(word.charAt(word.length() - 2));
                boolean kindChange = Character.isDigit(previous) != digit;
                if (acronymEnd) {
                    word.setLength(word.length() - 1);
                    flush(word, raw);
                    word.append(previous);
                } else if (caseChange || kindChange) {
                    flush(word, raw);
                }
            }
            word.append(c);
        }
        flush(word, raw);
        List<String> words = new ArrayList<>(raw.size() + 2);
        for (String w : raw) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (isNumber(lower) || known(lower) || !segment(lower, words)) {
                words.add(lower);
            }
        }
        return words;
    }

    private static void flush(StringBuilder word, List<String> into) {
        if (word.length() > 0) {
            into.add(word.toString());
            word.setLength(0);
        }
    }

    private static boolean known(String word) {
        return SECRET_NOUNS.contains(word) || INSTRUCTION_WORDS.contains(word) || REFERRALS.contains(word)
                || REFERRAL_SOURCES.contains(word) || DENIALS.contains(word);
    }

    /** Cuts a run of letters into vocabulary words ({@code somepassword}), longest words first; adds nothing when it cannot. */
    private static boolean segment(String run, List<String> into) {
        int n = run.length();
        if (n > 40) {
            return false;
        }
        int[] cut = new int[n + 1];
        java.util.Arrays.fill(cut, -1);
        cut[0] = 0;
        for (int end = 1; end <= n; end++) {
            for (int start = Math.max(0, end - 13); start < end; start++) {
                String part = run.substring(start, end);
                if (cut[start] >= 0 && (part.length() >= 2 || part.equals("a")) && known(part)) {
                    cut[end] = start;
                    break;
                }
            }
        }
        if (cut[n] < 0) {
            return false;
        }
        List<String> parts = new ArrayList<>();
        for (int end = n; end > 0; end = cut[end]) {
            parts.add(0, run.substring(cut[end], end));
        }
        into.addAll(parts);
        return true;
    }

    private static boolean isNumber(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) < '0' || word.charAt(i) > '9') {
                return false;
            }
        }
        return !word.isEmpty();
    }
}
