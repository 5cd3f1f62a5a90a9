package dev.readiness.gates.internal;

import dev.readiness.settings.RelaxedNames;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The optional integrations a configuration switches off: {@code druid.slave.enabled=false},
 * {@code REDIS_USE_SENTINEL=false}, {@code ldap.disabled=true}, {@code auth.required=false} (authentication off, so its
 * secret signs nothing), {@code Logging.AwsCloudWatch.IsEnabled=false} ({@code is} before a switch word is part of
 * it), an empty opt-in toggle {@code ENABLE_LDAP=} (thirty-eighth pass), a chart's {@code create} switch as the last
 * word of a nested key ({@code etcd.auth.rbac.create=false}, forty-third pass), a selector that chooses none
 * ({@code MAIL_METHOD=none}), a key that names a feature by itself and says off ({@code captcha.recaptcha = off} in
 * OJS's {@code config.inc.php}, over {@code captcha.recaptcha_private_key}; forty-third pass: only the keys that begin
 * with all of its words belong to it). A switch's key without its switch word
 * names the integration ({@code druid.slave}, {@code redis sentinel}); a key whose words start with the same word and contain
 * the integration's words in order belongs to it ({@code druid.slave.password}, {@code REDIS_SENTINEL_PASSWORD}).
 *
 * <p>Also the sections a provider selector does not choose: with {@code Storage.Provider=Local} beside sections
 * {@code Storage.Local.*}, {@code Storage.Amazon.*} and {@code Storage.Azure.*}, only the local one is used, and
 * {@code Storage.Amazon.SecretAccessKey} waits for someone to switch providers. A selector is a key ending in
 * {@code provider}, {@code type}, {@code driver}, {@code backend} or {@code source} whose value is a plain name; it
 * counts only when a section of that name exists beside it, and a section is two or more keys under the selector's
 * prefix and one word ({@code Storage.Amazon.AccessKeyID}, {@code Storage.Amazon.SecretAccessKey}), so a lone
 * {@code Auth.TokenSecret} beside {@code Auth.Provider=oidc} is still judged. A selector whose value names a single
 * key beside it chooses among single keys: {@code token.source=file} beside {@code token.file} and
 * {@code token.static} leaves the static token unused.
 *
 * <p>A narrower mode serves addresses ({@link #sectionSwitchedOff(Settings, String)}): only the section's own
 * {@code enabled} or {@code enable} right beside the key, saying off plainly.
 * Immutable and thread-safe; built once per check.
 */
public final class FeatureSwitches {

    private static final Set<String> ON_WORDS = Set.of("enabled", "enable", "active", "activated", "use", "used",
            "required");
    private static final Set<String> OFF_WORDS = Set.of("disabled", "disable");
    private static final Set<String> FALSE = Set.of("false", "0", "no", "off", "n", "disabled");
    private static final Set<String> TRUE = Set.of("true", "1", "yes", "on", "y");

    /**
     * The switch words of {@link #sectionSwitchedOff(Settings, String)}: of {@link #ON_WORDS} only those that switch
     * a section itself; {@code use} and {@code required} name a choice or a demand, not the section running.
     */
    private static final List<String> OWN_SWITCHES = List.of("enabled", "enable");

    /**
     * The off values of {@link #sectionSwitchedOff(Settings, String)}: of {@link #FALSE} only the plain ones; a
     * one-letter {@code n} or {@code disabled} beside an address is not read as the section's own switch.
     */
    private static final Set<String> PLAIN_FALSE = Set.of("false", "0", "no", "off");

    /** The on values of {@link #sectionSwitchedOn(Settings, String)}: the plain words, no one-letter or digit. */
    private static final Set<String> PLAIN_TRUE = Set.of("true", "yes", "on");

    private static final Set<String> SELECTOR_WORDS = Set.of("provider", "type", "driver", "backend", "source");
    private static final WordEndings SELECTOR_ENDINGS = WordEndings.of(List.copyOf(SELECTOR_WORDS));
    private static final int MAX_SELECTED_NAME = 40;

    /**
     * Selector values that name the kind of resource a section is, not a source among its keys (thirty-ninth pass):
     * a database resource's section holds that database's connection whatever engine its {@code db} key names.
     */
    private static final Set<String> RESOURCE_KINDS = Set.of("db", "database");

    /**
     * The off words a key that names a feature by itself says it is off with ({@code captcha.recaptcha = off}); a
     * digit or one letter there may be a count or a flag of another kind.
     */
    private static final Set<String> FEATURE_OFF = Set.of("false", "off", "no", "disabled");

    private static final FeatureSwitches NONE = new FeatureSwitches(List.of(), List.of(), List.of(), List.of());

    private final Map<String, List<List<String>>> offByFirstWord = new HashMap<>();
    private final Map<String, List<List<String>>> offSectionsByFirstWord = new HashMap<>();
    private final List<List<String>> unselectedSections;
    private final List<List<String>> unselectedLeaves;

    private FeatureSwitches(List<List<String>> off, List<List<String>> offSections,
            List<List<String>> unselectedSections, List<List<String>> unselectedLeaves) {
        for (List<String> integration : off) {
            offByFirstWord.computeIfAbsent(integration.get(0), first -> new ArrayList<>()).add(integration);
        }
        for (List<String> section : offSections) {
            offSectionsByFirstWord.computeIfAbsent(section.get(0), first -> new ArrayList<>()).add(section);
        }
        this.unselectedSections = unselectedSections;
        this.unselectedLeaves = unselectedLeaves;
    }

    /**
     * The integrations and sections a configuration switches off.
     *
     * @param settings the configuration
     * @return what it switches off; shared and empty when nothing is
     */
    public static FeatureSwitches of(Settings settings) {
        List<List<String>> off = new ArrayList<>();
        List<List<String>> offSections = new ArrayList<>(0);
        List<Selector> selectors = null;
        for (Setting setting : settings) {
            String value = setting.value();
            if (isSelectorKey(setting.key())) {
                Selector selector = Selector.of(setting);
                if (selector != null) {
                    if (selectors == null) {
                        selectors = new ArrayList<>();
                    }
                    selectors.add(selector);
                }
            }
            if (value.isEmpty()) {
                List<String> optedOut = emptyOptIn(setting.key());
                if (optedOut != null) {
                    off.add(optedOut);
                }
                continue;
            }
            if (value.length() > 12 || "tfyno01dTFYNOD ".indexOf(value.charAt(0)) < 0) {
                continue;
            }
            List<String> noneChosen = noneSelected(setting.key(), value);
            if (noneChosen != null) {
                off.add(noneChosen);
                continue;
            }
            value = value.trim();
            String lower = value.toLowerCase(Locale.ROOT);
            boolean isFalse = FALSE.contains(lower);
            if (!isFalse && (!TRUE.contains(lower) || !mentionsDisable(setting.key()))) {
                continue;
            }
            List<String> words = KeyWords.of(setting.key());
            List<String> integration = new ArrayList<>(words.size());
            boolean switchedOff = false;
            for (int i = 0; i < words.size(); i++) {
                String word = words.get(i);
                if (word.equals("is") && i + 1 < words.size()
                        && (ON_WORDS.contains(words.get(i + 1)) || OFF_WORDS.contains(words.get(i + 1)))) {
                    continue;
                }
                if (ON_WORDS.contains(word) || isCreateSwitch(words, i)) {
                    switchedOff |= isFalse;
                } else if (OFF_WORDS.contains(word)) {
                    switchedOff |= !isFalse;
                } else {
                    integration.add(word);
                }
            }
            if (switchedOff && !integration.isEmpty() && integration.size() < words.size()) {
                off.add(List.copyOf(integration));
            } else if (integration.size() == words.size() && !integration.isEmpty() && FEATURE_OFF.contains(lower)) {
                offSections.add(List.copyOf(integration));
            }
        }
        List<List<String>> unselected = List.of();
        List<List<String>> leaves = List.of();
        if (selectors != null) {
            observeSelectors(settings, selectors);
            unselected = unselected(selectors, false);
            leaves = unselected(selectors, true);
        }
        if (off.isEmpty() && offSections.isEmpty() && unselected.isEmpty() && leaves.isEmpty()) {
            return NONE;
        }
        return new FeatureSwitches(List.copyOf(off), offSections, unselected, leaves);
    }

    /**
     * The integration an empty opt-in toggle leaves off: a key that opens with {@code enable} followed by the feature
     * ({@code ENABLE_LDAP=}, docker-mailserver's "empty => LDAP authentification is disabled"), since a feature one
     * must enable is off until a value says so; {@code null} for any other key. A toggle that ends with its switch
     * word ({@code LDAP_ENABLED=}) keeps a default the key does not tell, and is not read when empty.
     */
    private static @Nullable List<String> emptyOptIn(String key) {
        if (key.length() < 8 || !key.regionMatches(true, 0, "enable", 0, 6)) {
            return null;
        }
        List<String> words = KeyWords.of(key);
        if (words.size() < 2 || !words.get(0).equals("enable")) {
            return null;
        }
        for (int i = 1; i < words.size(); i++) {
            if (ON_WORDS.contains(words.get(i)) || OFF_WORDS.contains(words.get(i))) {
                return null;
            }
        }
        return List.copyOf(words.subList(1, words.size()));
    }

    /**
     * The integration a selector leaves without any choice: {@code OED_MAIL_METHOD=none}, {@code MAIL_BACKEND=none},
     * {@code Email__Provider=Disabled} (forty-third pass): the key without its selector word names it, and its other
     * keys ({@code OED_MAIL_CREDENTIAL}) wait for someone to choose; {@code null} for any other key or value. A guard
     * chosen away ({@code auth.type=DISABLED}) leaves the service open, not its users' passwords unused: the login
     * form's {@code admin:admin} stays judged.
     */
    private static @Nullable List<String> noneSelected(String key, String value) {
        String trimmed = value.trim();
        if (!trimmed.equalsIgnoreCase("none") && !trimmed.equalsIgnoreCase("disabled")) {
            return null;
        }
        List<String> words = KeyWords.of(key);
        int size = words.size();
        if (size < 2 || !SELECTOR_WORDS.contains(words.get(size - 1)) && !words.get(size - 1).equals("method")) {
            return null;
        }
        for (String word : words) {
            if (GUARD_WORDS.contains(word)) {
                return null;
            }
        }
        return List.copyOf(words.subList(0, size - 1));
    }

    /** Words of a selector that chooses how callers are let in rather than an integration to call. */
    private static final Set<String> GUARD_WORDS = Set.of("auth", "authentication", "security", "login");

    private static boolean isSelectorKey(String key) {
        if (!SELECTOR_ENDINGS.endsAny(key)) {
            return false;
        }
        List<String> words = KeyWords.of(key);
        return words.size() >= 2 && SELECTOR_WORDS.contains(words.get(words.size() - 1));
    }

    /**
     * The sections under the selectors' prefixes that their values do not choose, each as the prefix's words and the
     * section's word. One pass over the settings serves every selector: a key is matched against the selectors of its
     * own leading words, found by prefix, so many {@code *.type} keys cost no pass each.
     */
    private static void observeSelectors(Settings settings, List<Selector> selectors) {
        Map<List<String>, List<Selector>> byPrefix = new HashMap<>();
        for (Selector selector : selectors) {
            byPrefix.computeIfAbsent(selector.prefix, prefix -> new ArrayList<>(1)).add(selector);
        }
        int[] prefixLengths = distinctSizes(byPrefix.keySet());
        List<String> joinedPrefixes = new ArrayList<>(byPrefix.size());
        for (List<String> prefix : byPrefix.keySet()) {
            joinedPrefixes.add(String.join("", prefix));
        }
        for (Setting setting : settings) {
            if (!mayStartWithAny(setting.key(), joinedPrefixes)) {
                continue; // most keys of a file start with no selector's prefix: no words needed
            }
            List<String> words = KeyWords.of(setting.key());
            for (int length : prefixLengths) {
                if (words.size() < length + 1) {
                    break;
                }
                List<Selector> sharing = byPrefix.get(words.subList(0, length));
                if (sharing != null) {
                    for (Selector selector : sharing) {
                        selector.observe(setting, words);
                    }
                }
            }
        }
    }

    /**
     * Whether a key's words may begin with one of the prefixes (each a selector prefix's words joined): its ASCII
     * letters and digits, lower-cased, begin with the joined prefix, since the words {@link KeyWords#of} gives join to
     * those; a key with other characters may always. A first word alone would not do: every key of a Spring file
     * starts with {@code spring}.
     */
    private static boolean mayStartWithAny(String key, List<String> words) {
        for (String word : words) {
            if (lettersStartWith(key, word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean lettersStartWith(String key, String word) {
        int matched = 0;
        for (int i = 0; i < key.length() && matched < word.length(); i++) {
            char c = key.charAt(i);
            if (c >= 0x80) {
                return true;
            }
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (lower >= 'a' && lower <= 'z' || lower >= '0' && lower <= '9') {
                if (lower != word.charAt(matched)) {
                    return false;
                }
                matched++;
            }
        }
        return matched == word.length();
    }

    /** The distinct sizes of the prefixes, ascending (a stream's distinct and sort cost more than the pass). */
    private static int[] distinctSizes(java.util.Set<List<String>> prefixes) {
        int[] sizes = new int[prefixes.size()];
        int count = 0;
        for (List<String> prefix : prefixes) {
            int size = prefix.size();
            int at = 0;
            while (at < count && sizes[at] < size) {
                at++;
            }
            if (at == count || sizes[at] != size) {
                System.arraycopy(sizes, at, sizes, at + 1, count - at);
                sizes[at] = size;
                count++;
            }
        }
        return count == sizes.length ? sizes : java.util.Arrays.copyOf(sizes, count);
    }

    private static List<List<String>> unselected(List<Selector> selectors, boolean leaves) {
        List<List<String>> unselected = new ArrayList<>();
        for (Selector selector : selectors) {
            if (leaves) {
                selector.unselectedLeaves(unselected);
            } else {
                selector.unselected(unselected);
            }
        }
        return unselected.isEmpty() ? List.of() : List.copyOf(unselected);
    }

    /**
     * A selector key with a plain name for its value ({@code Storage.Provider=Local}) and what one pass over the
     * settings saw under its prefix: whether the chosen section exists, and how many keys each other section has.
     */
    private static final class Selector {

        private final Setting setting;
        private final String chosen;
        private final List<String> prefix;
        private final Map<String, Integer> keysBySection = new HashMap<>();
        private @Nullable List<String> leaves;
        private boolean chosenExists;
        private boolean chosenLeaf;

        private Selector(Setting setting, String chosen, List<String> prefix) {
            this.setting = setting;
            this.chosen = chosen;
            this.prefix = prefix;
        }

        static @Nullable Selector of(Setting setting) {
            String chosen = plainName(setting.value());
            if (chosen == null) {
                return null;
            }
            List<String> words = KeyWords.of(setting.key());
            return new Selector(setting, chosen, words.subList(0, words.size() - 1));
        }

        /** Counts a setting whose words start with this selector's prefix and two more words. */
        void observe(Setting other, List<String> words) {
            if (other == setting) {
                return;
            }
            List<String> rest = words.subList(prefix.size(), words.size());
            if (rest.size() == 1) {
                String leaf = rest.get(0);
                if (leaf.equals(chosen)) {
                    chosenLeaf = true;
                } else if (!SELECTOR_WORDS.contains(leaf)) {
                    if (leaves == null) {
                        leaves = new ArrayList<>(2);
                    }
                    leaves.add(leaf);
                }
                return;
            }
            if (startsWithName(rest, chosen)) {
                chosenExists = true;
            } else {
                keysBySection.merge(rest.get(0), 1, Integer::sum);
            }
        }

        /**
         * Adds the single keys beside the selector that its value does not choose, when the value names one of them
         * ({@code token.source=file} beside {@code token.file} and {@code token.static}: the static token is unused).
         * A value that names a kind of resource rather than one of several sources chooses nothing among the keys
         * beside it: Icinga Web's {@code icingadb.type=db} beside {@code icingadb.db=mysql} says the section is a
         * database resource, {@code db} picks its engine, and {@code host}, {@code username} and {@code password}
         * beside them are that database's connection ({@link #RESOURCE_KINDS}).
         */
        void unselectedLeaves(List<List<String>> unselected) {
            if (!chosenLeaf || leaves == null || RESOURCE_KINDS.contains(chosen)) {
                return;
            }
            for (String leaf : leaves) {
                List<String> path = new ArrayList<>(prefix);
                path.add(leaf);
                unselected.add(List.copyOf(path));
            }
        }

        /** Adds the sections of two or more keys that the value does not choose, when the chosen one exists. */
        void unselected(List<List<String>> sections) {
            if (!chosenExists) {
                return;
            }
            for (Map.Entry<String, Integer> section : keysBySection.entrySet()) {
                String word = section.getKey();
                if (section.getValue() >= 2 && !chosen.contains(word) && !word.contains(chosen)) {
                    List<String> path = new ArrayList<>(prefix);
                    path.add(word);
                    sections.add(List.copyOf(path));
                }
            }
        }
    }

    /** The value's letters and digits, lower-case, when it is a plain name ({@code Local}, {@code InMemory}). */
    private static @Nullable String plainName(String value) {
        String trimmed = value.trim();
        if (trimmed.isEmpty() || trimmed.length() > MAX_SELECTED_NAME) {
            return null;
        }
        if (isLowerAsciiName(trimmed)) { // most are already the name: local, redis, s3
            return trimmed.length() < 2 ? null : trimmed;
        }
        StringBuilder name = new StringBuilder(trimmed.length());
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                name.append(Character.toLowerCase(c));
            } else if (c != '-' && c != '_' && c != '.') {
                return null;
            }
        }
        return name.length() < 2 ? null : name.toString();
    }

    private static boolean isLowerAsciiName(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithName(List<String> words, String name) {
        StringBuilder joined = new StringBuilder();
        for (String word : words) {
            joined.append(word);
            if (joined.length() >= name.length()) {
                return joined.toString().equals(name);
            }
        }
        return false;
    }

    /**
     * Whether a key belongs to an integration that is switched off.
     *
     * @param key the key
     * @return {@code true} when its integration is off
     */
    public boolean isOff(String key) {
        if (!unselectedSections.isEmpty() && inUnselectedSection(key)) {
            return true;
        }
        if (!unselectedLeaves.isEmpty() && unselectedLeaves.contains(KeyWords.of(key))) {
            return true;
        }
        if (offByFirstWord.isEmpty() && offSectionsByFirstWord.isEmpty()) {
            return false;
        }
        String first = firstWord(key);
        List<List<String>> candidates = offByFirstWord.get(first);
        List<List<String>> sections = offSectionsByFirstWord.get(first);
        if (candidates == null && sections == null) {
            return false;
        }
        List<String> words = KeyWords.of(key);
        for (List<String> integration : candidates == null ? List.<List<String>>of() : candidates) {
            if (belongsTo(words, integration) && !registersDespite(words, integration)) {
                return true;
            }
        }
        for (List<String> section : sections == null ? List.<List<String>>of() : sections) {
            if (words.size() > section.size() && words.subList(0, section.size()).equals(section)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a dotted key lies in a section whose own switch is off: {@code postfixbounce.enabled=false} beside
     * {@code postfixbounce.host=127.0.0.1}. Narrower than {@link #isOff(String)}: the switch must sit right under the
     * key's own prefix and say off plainly, so an address is never dropped for an integration that merely shares its
     * first word ({@code ldap.enabled=false} says nothing of {@code ldap.sync.host}'s section).
     *
     * @param settings the configuration
     * @param key the key of the address
     * @return {@code true} when {@code prefix.enabled} or {@code prefix.enable} beside it says off
     */
    public static boolean sectionSwitchedOff(Settings settings, String key) {
        return sectionSwitchedOff(settings, key, false);
    }

    /**
     * {@link #sectionSwitchedOff(Settings, String)} where the switch must say off in the file itself: not as the
     * default of a variable the deploy may set ({@code enabled: ${FEATURE_ENABLED:false}}) nor as a value known only at
     * run time. Hostile testing, thirty-fourth pass: such a switch hid a section's literal template address, which
     * stays in place when one variable of the deploy turns the feature on (an address that is itself a variable's
     * default, {@code ${MQTT_HOST:tcp://localhost:1883}}, is the deploy's to set with it, and keeps the wider reading).
     *
     * @param settings the configuration
     * @param key the key of the address
     * @return {@code true} when {@code prefix.enabled} or {@code prefix.enable} beside it says off as written
     */
    public static boolean sectionSwitchedOffAsWritten(Settings settings, String key) {
        return sectionSwitchedOff(settings, key, true);
    }

    private static boolean sectionSwitchedOff(Settings settings, String key, boolean asWritten) {
        int dot = key.lastIndexOf('.');
        if (dot <= 0) {
            return false;
        }
        String prefix = key.substring(0, dot + 1);
        for (String word : OFF_WORDS) {
            Optional<Setting> sibling = settings.get(prefix + word);
            if (sibling.isPresent() && !PLAIN_TRUE.contains(sibling.get().value().trim().toLowerCase(Locale.ROOT))) {
                return false; // hostile testing, thirty-fourth pass: `disabled: false` beside `enabled: false` says on
            }
        }
        for (String word : OWN_SWITCHES) {
            Optional<Setting> own = settings.get(prefix + word);
            if (own.isPresent() && PLAIN_FALSE.contains(own.get().value().trim().toLowerCase(Locale.ROOT))
                    && (!asWritten || switchedOffAsWritten(own.get()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a switch says off in the file itself ({@link #sectionSwitchedOffAsWritten(Settings, String)}). */
    private static boolean switchedOffAsWritten(Setting own) {
        return !own.isDeferred() && own.unresolvedReferences().isEmpty()
                && !own.origin().description().contains(" via the default of ");
    }

    /**
     * Whether a key lies in a section the configuration plainly turns on: the section's own {@code enabled} or
     * {@code enable} right beside the key says {@code true}, {@code yes} or {@code on}
     * ({@code payment.gateways.onekhusa.enabled=true} beside {@code payment.gateways.onekhusa.api-key}), or a selector
     * one level up names the section ({@code hms.sms.provider=twilio} beside {@code hms.sms.twilio.auth-token}). A
     * key without dots is read by its first word ({@code TWILIO_ENABLED=true} beside {@code TWILIO_AUTH_TOKEN}). The
     * mirror of {@link #sectionSwitchedOff(Settings, String)}, as narrow: a switch elsewhere, a switch given by a
     * reference ({@code enabled=${SMS_ENABLED:true}}) or a selector given by one says nothing.
     *
     * @param settings the configuration
     * @param key the key
     * @return {@code true} when the key's own section is switched on or chosen
     */
    public static boolean sectionSwitchedOn(Settings settings, String key) {
        int dot = key.lastIndexOf('.');
        if (dot < 0) {
            int underscore = key.indexOf('_');
            return underscore > 0 && ownSwitchSaysOn(settings, key.substring(0, underscore + 1));
        }
        if (dot == 0) {
            return false;
        }
        String prefix = key.substring(0, dot + 1);
        if (ownSwitchSaysOn(settings, prefix)) {
            return true;
        }
        int parentDot = key.lastIndexOf('.', dot - 1);
        if (parentDot <= 0) {
            return false;
        }
        String section = key.substring(parentDot + 1, dot);
        String parent = key.substring(0, parentDot + 1);
        for (String word : SELECTOR_WORDS) {
            Optional<Setting> selector = settings.get(parent + word);
            if (selector.isPresent() && selector.get().value().trim().equalsIgnoreCase(section)) {
                return true;
            }
        }
        return false;
    }

    private static boolean ownSwitchSaysOn(Settings settings, String prefix) {
        for (String word : OWN_SWITCHES) {
            Optional<Setting> own = settings.get(prefix + word);
            if (own.isPresent() && PLAIN_TRUE.contains(own.get().value().trim().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private boolean inUnselectedSection(String key) {
        List<String> words = KeyWords.of(key);
        for (List<String> section : unselectedSections) {
            if (words.size() > section.size() && words.subList(0, section.size()).equals(section)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word at {@code i} is a chart's {@code create} switch: the last word of a key of three or more words
     * ({@code etcd.auth.rbac.create=false}, {@code imagePullSecret.create=false}), Helm's grammar for "make this
     * object". Not created, the section's user and password make nothing, as a section switched off by {@code enabled}
     * (APISIX's chart, set 142: the missing authentication is a finding of its own). A {@code create} word elsewhere
     * ({@code CREATE_ADMIN_USER}, {@code auto.create.topics.enable}) or a two-word key ({@code rbac.create}) is not read
     * (forty-third pass).
     */
    private static boolean isCreateSwitch(List<String> words, int i) {
        return i == words.size() - 1 && i >= 2 && words.get(i).equals("create");
    }

    /** Whether a key may hold an off word; only those switch an integration off with a true value. */
    private static boolean mentionsDisable(String key) {
        for (int i = 0; i + 7 <= key.length(); i++) {
            if (AsciiCase.regionIs(key, i, "disable")) {
                return true;
            }
        }
        return false;
    }

    /** The first word of a key as {@link RelaxedNames#words(String)} cuts it, without cutting the rest. */
    private static String firstWord(String key) {
        List<String> words = KeyWords.of(key);
        return words.isEmpty() ? "" : words.get(0);
    }

    /** Words right after {@code registration} that name the secret of registration by an administrator. */
    private static final Set<String> ADMIN_REGISTRATION_WORDS = Set.of("shared", "secret", "token");

    /**
     * Whether a key is the secret that registers accounts while the switched-off integration, open registration, is
     * off ({@code registration_shared_secret} beside {@code enable_registration=false}; forty-sixth pass): Synapse and
     * Dendrite document that anyone holding the shared secret can register users and administrators "even if
     * enable_registration is not enabled", and a registration token works the same way. Turning sign-up off leaves it
     * in force; other keys of the section ({@code registration.recaptcha.secret}) stay off with it.
     */
    private static boolean registersDespite(List<String> words, List<String> integration) {
        return integration.get(integration.size() - 1).equals("registration") && namesAdminRegistration(words);
    }

    /**
     * Whether a key names the secret or token that registers accounts by an administrator's hand
     * ({@code registration_shared_secret}, {@code client_api.registration_shared_secret}, {@code registration_token}):
     * left empty, that way of registering is off, as Synapse and Dendrite document ("if set, allows registration"),
     * so an empty one is no missing secret (forty-sixth pass).
     *
     * @param key the key
     * @return {@code true} for such a key
     */
    public static boolean namesAdminRegistrationSecret(String key) {
        return AsciiCase.contains(key, "registration") && namesAdminRegistration(KeyWords.of(key));
    }

    private static boolean namesAdminRegistration(List<String> words) {
        int at = words.indexOf("registration");
        return at >= 0 && at + 1 < words.size() && ADMIN_REGISTRATION_WORDS.contains(words.get(at + 1));
    }

    private static boolean belongsTo(List<String> words, List<String> integration) {
        if (words.size() <= integration.size() || !words.get(0).equals(integration.get(0))) {
            return false;
        }
        int next = 1;
        for (int i = 1; i < words.size() && next < integration.size(); i++) {
            if (words.get(i).equals(integration.get(next))) {
                next++;
            }
        }
        return next == integration.size();
    }
}
