package dev.readiness.internal;

import dev.readiness.Finding;
import dev.readiness.settings.Origin;
import dev.readiness.settings.RelaxedNames;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Defense in depth against a gate that copies a secret into a finding or into its own id or description, and the
 * one guard of a key that is itself a secret ({@link SecretShapedKeys}: a token pasted as a line or a YAML key; and
 * {@link PastedKeyLines}: every line of a PEM block pasted into a properties file, however short, when the settings
 * hold the block's {@code -----BEGIN} line),
 * whose secret-shaped parts are replaced wherever they occur, subjects and origins included: an
 * occurrence of the value of a secret-looking setting in a finding's message or remediation, or in a gate's
 * description, is replaced by {@value #REDACTED}, and in a finding's code or a gate's id by {@value #REDACTED_ID}
 * (so the id stays one); a documentation link containing one, plainly or URL-encoded, is dropped. Gates must never put values into findings in the first
 * place ({@link dev.readiness.SecretShape} describes a value safely); this catches the mistake without destroying
 * the report.
 *
 * <p>Only what can really be a secret value is scrubbed, and only as a whole word, so keys, file paths and the
 * gates' fixed text stay readable ({@code keycloak.credentials.secret}, {@code database/base.env},
 * {@code spring.rabbitmq.password}):
 * <ul>
 *   <li>a setting looks secret when its key contains one of the words {@link #SECRET_WORDS} (matched by the key's
 *       words, or inside a longer word for the unambiguous ones, so {@code JWTSECRET} counts too); the shell's
 *       {@code PWD} and {@code OLDPWD} hold directories and never count, nor does readiness's own configuration
 *       ({@link Setting#isPolicy()}: {@code readiness.secrets.catalog=classpath:acme-secrets.tsv} names a file, and
 *       the findings about it must be able to say which), nor an {@code auth} key naming the section of its
 *       credentials ({@link AuthSectionReferences}: pjsip's {@code NOC1.auth=authNOC1} beside
 *       {@code authNOC1.password}, whose keys must stay readable);</li>
 *   <li>the password of a URL's user information and the text of a {@code password=}, {@code token=}, … parameter
 *       ({@link EmbeddedCredentials}) count as secret values whatever the key is called
 *       ({@code spring.datasource.url=jdbc:…?password=…}, {@code REDIS_URL=redis://:…@cache});</li>
 *   <li>a value is scrubbed when it is at least {@value #MIN_LENGTH} characters long, not a plain switch such as
 *       {@code true}, and mixes two character classes of lower case, upper case, digits and symbols (separators
 *       {@code _ - . /} and spaces do not count): a lone word, number or key name ({@code secret}, {@code database},
 *       {@code 5432}, {@code JWT_SECRET}) reveals nothing and appears in ordinary text;</li>
 *   <li>an occurrence is replaced only where no letter or digit adjoins it, unless the value is too random to be
 *       part of a word (at least 8 characters and three character classes, letters among them);</li>
 *   <li>subjects and origins name keys and files, which never hold a secret: they are scrubbed only of values too
 *       random to be part of a name.</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class FindingScrubber {

    /** What a scrubbed value is replaced with. */
    public static final String REDACTED = "[redacted]";

    /** What a scrubbed value in a gate's id or a finding's code is replaced with, keeping the id valid. */
    public static final String REDACTED_ID = "redacted";

    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");

    /** Values shorter than this are not scrubbed: they would match everywhere and reveal little. */
    public static final int MIN_LENGTH = 4;

    private static final Set<String> SHELL_VARIABLES = Set.of("PWD", "OLDPWD");

    /** Words that make a key secret-looking. */
    public static final List<String> SECRET_WORDS = List.of("secret", "password", "passwd", "pwd", "token",
            "apikey", "api key", "key", "credential", "credentials", "salt", "private", "signing", "auth");

    private static final List<String> INSIDE_WORDS = List.of("secret", "password", "passwd", "token", "apikey",
            "credential", "private", "signing");

    private static final Set<String> SWITCHES = Set.of("true", "false", "yes", "no", "on", "off", "none", "null",
            "enabled", "disabled");

    private static final FindingScrubber NONE = new FindingScrubber(new String[0], new int[0], 0);

    private static final long BASE = 1_000_003L;

    private final String[] values;
    /** Values at this position and after are secret-shaped parts of keys, replaced wherever they occur. */
    private final int firstKeyPart;
    private final int[] hashes;
    private final int[] table;
    private final int[] lengths;

    /**
     * Holds the values only by reference (they are the settings' own strings) with a 32-bit hash each, in an
     * open-addressing table that holds each distinct value once (a value repeated under many keys would otherwise
     * make one long probe chain): about 12 bytes a value, so a million secret-looking settings cost 12 MB, and a
     * text is searched in time linear in its length for each distinct value length rather than once per value.
     */
    private FindingScrubber(String[] values, int[] hashes, int firstKeyPart) {
        this.values = values;
        this.firstKeyPart = firstKeyPart;
        this.hashes = hashes;
        this.table = new int[values.length == 0 ? 1 : Integer.highestOneBit(values.length * 2 - 1) << 1];
        int mask = table.length - 1;
        java.util.BitSet seen = new java.util.BitSet();
        for (int position = 0; position < values.length; position++) {
            int slot = hashes[position] & mask;
            boolean repeated = false;
            while (table[slot] != 0 && !repeated) {
                int other = table[slot] - 1;
                repeated = hashes[other] == hashes[position] && values[other].equals(values[position]);
                slot = (slot + 1) & mask;
            }
            if (!repeated) {
                table[slot] = position + 1;
                seen.set(values[position].length());
            }
        }
        int[] distinct = new int[seen.cardinality()];
        for (int length = seen.nextSetBit(0), next = 0; length >= 0; length = seen.nextSetBit(length + 1)) {
            distinct[next++] = length;
        }
        this.lengths = distinct;
    }

    /**
     * A scrubber for the secret-looking values among settings.
     *
     * @param settings the settings the gates read
     * @return the scrubber
     */
    public static FindingScrubber of(Settings settings) {
        List<String> values = new ArrayList<>();
        List<String> keyParts = new ArrayList<>(0);
        List<String> blockLines = new ArrayList<>(0);
        boolean pastedBlock = false;
        Set<String> authSections = null; // read with the first secret-looking auth setting
        for (Setting setting : settings) {
            String value = setting.value();
            if (canBeASecret(value) && !SHELL_VARIABLES.contains(setting.key()) && !setting.isPolicy()
                    && looksSecret(setting.key())) {
                if (authSections == null && AuthSectionReferences.isAuthKey(setting.key())) {
                    authSections = AuthSectionReferences.credentialSections(settings);
                }
                if (authSections == null
                        || !AuthSectionReferences.namesAuthSection(authSections, setting.key(), value)) {
                    values.add(value);
                }
            }
            if (!setting.isPolicy()) {
                // a URL's or connection string's password is a secret whatever the key is called
                for (String credential : EmbeddedCredentials.of(value)) {
                    if (canBeASecret(credential)) {
                        values.add(credential);
                    }
                }
            }
            if (SecretShapedKeys.holdsSecret(setting.key())) {
                keyParts.addAll(SecretShapedKeys.secretParts(setting.key()));
            } else if (PastedKeyLines.mayBeBodyLine(setting.key(), value)) {
                blockLines.add(setting.key());
            }
            pastedBlock |= PastedKeyLines.opensBlock(setting.key());
        }
        if (pastedBlock) {
            keyParts.addAll(blockLines);
        }
        if (values.isEmpty() && keyParts.isEmpty()) {
            return NONE;
        }
        int firstKeyPart = values.size();
        values.addAll(keyParts);
        String[] array = values.toArray(String[]::new);
        int[] hashes = new int[array.length];
        for (int i = 0; i < array.length; i++) {
            hashes[i] = hash(array[i], 0, array[i].length());
        }
        return new FindingScrubber(array, hashes, firstKeyPart);
    }

    private static int hash(String text, int from, int to) {
        long hash = 0;
        for (int i = from; i < to; i++) {
            hash = hash * BASE + text.charAt(i);
        }
        return fold(hash);
    }

    private static int fold(long hash) {
        long mixed = hash * 0x9E3779B97F4A7C15L;
        return (int) (mixed ^ (mixed >>> 32));
    }

    /**
     * The secret values that occur in a text, longest first, then in the order of the settings; each once.
     */
    private List<Integer> occurring(String text) {
        if (values.length == 0 || text.length() < lengths[0]) {
            return List.of();
        }
        java.util.TreeSet<Integer> found = new java.util.TreeSet<>(
                Comparator.comparingInt((Integer position) -> values[position].length()).reversed()
                        .thenComparing(Comparator.naturalOrder()));
        int mask = table.length - 1;
        for (int length : lengths) {
            if (length > text.length()) {
                break;
            }
            long power = 1;
            for (int i = 1; i < length; i++) {
                power *= BASE;
            }
            long rolling = 0;
            for (int i = 0; i < length; i++) {
                rolling = rolling * BASE + text.charAt(i);
            }
            for (int at = 0; ; at++) {
                int hash = fold(rolling);
                for (int slot = hash & mask; table[slot] != 0; slot = (slot + 1) & mask) {
                    int position = table[slot] - 1;
                    String value = values[position];
                    if (hashes[position] == hash && value.length() == length && text.startsWith(value, at)) {
                        found.add(position);
                    }
                }
                if (at + length >= text.length()) {
                    break;
                }
                rolling = (rolling - text.charAt(at) * power) * BASE + text.charAt(at + length);
            }
        }
        List<Integer> occurring = new ArrayList<>();
        Set<String> distinct = new java.util.HashSet<>();
        for (int position : found) {
            if (distinct.add(values[position])) {
                occurring.add(position);
            }
        }
        return occurring;
    }

    private static boolean canBeASecret(String value) {
        if (value.length() < MIN_LENGTH || SWITCHES.contains(value.toLowerCase(Locale.ROOT))) {
            return false;
        }
        return classes(value) >= 2;
    }

    private static boolean isTooRandomForAName(String value) {
        boolean letter = false;
        boolean other = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            letter |= Character.isLetter(c);
            other |= !Character.isLetter(c);
        }
        return value.length() >= 8 && letter && other && classes(value) >= 3;
    }

    private static int classes(String value) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean symbol = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else if (c != '_' && c != '-' && c != '.' && c != '/' && c != ' ') {
                symbol = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
    }

    /**
     * Whether a key names a secret-looking setting.
     *
     * @param key the key in any spelling
     * @return {@code true} when it contains a secret word
     */
    public static boolean looksSecret(String key) {
        List<String> words = RelaxedNames.words(key);
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            switch (word) {
                case "secret", "secrets", "password", "passwords", "passwd", "pwd", "token", "tokens", "apikey",
                        "key", "keys", "credential", "credentials", "salt", "private", "signing", "auth" -> {
                    return true;
                }
                default -> {
                    if (word.startsWith("auth") && !word.startsWith("author")) {
                        return true;
                    }
                    for (String inside : INSIDE_WORDS) {
                        if (word.contains(inside)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /**
     * Scrubs findings.
     *
     * @param findings the findings a gate returned
     * @return the same list when nothing needed scrubbing, else a copy with scrubbed findings
     */
    public List<Finding> scrub(List<Finding> findings) {
        if (values.length == 0) {
            return findings;
        }
        List<Finding> scrubbed = null;
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            Finding clean = scrub(finding);
            if (clean != finding && scrubbed == null) {
                scrubbed = new ArrayList<>(findings.subList(0, i));
            }
            if (scrubbed != null) {
                scrubbed.add(clean);
            }
        }
        return scrubbed == null ? findings : scrubbed;
    }

    /**
     * Scrubs one finding.
     *
     * @param finding the finding
     * @return the same finding when it holds no secret value, else a scrubbed copy
     */
    public Finding scrub(Finding finding) {
        String code = scrubId(finding.code());
        String subject = replace(finding.subject(), true);
        String message = replace(finding.message(), false, finding.subject());
        String remediation = replace(finding.remediation(), false, finding.subject());
        String origin = replace(finding.origin().description(), true);
        boolean documentationLeaks = finding.documentation().map(FindingScrubber::decodedForms)
                .map(forms -> forms.stream().anyMatch(form -> !replace(form, false).equals(form))).orElse(false);
        if (code.equals(finding.code()) && subject.equals(finding.subject()) && message.equals(finding.message())
                && remediation.equals(finding.remediation()) && origin.equals(finding.origin().description())
                && !documentationLeaks) {
            return finding;
        }
        Finding.Builder builder = Finding.of(finding.severity(), code, subject)
                .origin(origin.equals(finding.origin().description()) ? finding.origin() : Origin.of(origin))
                .message(message)
                .remediation(remediation);
        if (!documentationLeaks) {
            finding.documentation().ifPresent(builder::documentation);
        }
        Finding clean = builder.build();
        return clean;
    }

    /**
     * Scrubs free text a gate supplies beyond its findings, such as its description: as a finding's message.
     *
     * @param text the text
     * @return the text itself when it holds no secret value, else a copy with each one replaced by {@value #REDACTED}
     */
    public String scrubText(String text) {
        return values.length == 0 ? text : replace(text, false);
    }

    /**
     * Scrubs an identifier a gate supplies, its id or a finding's code (lower-case words joined by {@code .} or
     * {@code -}), keeping it one: each secret value in it becomes the word {@value #REDACTED_ID}.
     *
     * @param id the id or code
     * @return the id itself when it holds no secret value, else the scrubbed id
     */
    public String scrubId(String id) {
        if (values.length == 0) {
            return id;
        }
        String scrubbed = replace(id, false);
        if (scrubbed.equals(id)) {
            return id;
        }
        String word = scrubbed.replace(REDACTED, REDACTED_ID);
        return ID.matcher(word).matches() ? word : REDACTED_ID;
    }

    private static List<String> decodedForms(URI link) {
        List<String> forms = new ArrayList<>(List.of(link.toString(), link.getSchemeSpecificPart()));
        try {
            forms.add(URLDecoder.decode(link.toString(), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException malformed) {
            // not form-encoded; the raw and URI-decoded forms are checked
        }
        return forms;
    }

    private String replace(String text, boolean onlyTooRandomForAName) {
        return replace(text, onlyTooRandomForAName, "");
    }

    /**
     * Replaces the secret values in a text; where the text names the finding's subject, a value that could be part
     * of a name stays inside that name ({@code spring.neo4j.uri} beside {@code …authentication.username=neo4j}),
     * since the subject is shown whole anyway.
     */
    private String replace(String text, boolean onlyTooRandomForAName, String subject) {
        String result = text;
        for (int position : occurring(text)) {
            String value = values[position];
            boolean keyPart = position >= firstKeyPart;
            if (onlyTooRandomForAName && !keyPart && !isTooRandomForAName(value)) {
                continue;
            }
            if (result.contains(value)) {
                result = keyPart || isTooRandomForAName(value) ? result.replace(value, REDACTED)
                        : replaceWhole(result, value, subject);
            }
        }
        return result;
    }

    /** Replaces the occurrences of a value that no letter or digit adjoins and that are not inside a name given. */
    private static String replaceWhole(String text, String value, String name) {
        StringBuilder out = null;
        int copied = 0;
        int at = text.indexOf(value);
        while (at >= 0) {
            int end = at + value.length();
            boolean whole = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))
                    && !insideName(text, at, end, name);
            if (whole) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, copied, at).append(REDACTED);
                copied = end;
                at = text.indexOf(value, end);
            } else {
                at = text.indexOf(value, at + 1);
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    private static boolean insideName(String text, int from, int to, String name) {
        if (name.length() <= to - from) {
            return false;
        }
        int start = text.lastIndexOf(name, from);
        return start >= 0 && start + name.length() >= to;
    }

    /**
     * Whether a finding's code, message or remediation quotes the value of a secret-looking setting, as opposed to
     * only naming a key that holds a secret (which every finding about such a key does, and which is no gate's
     * mistake): for the runner's warning about a careless gate.
     *
     * @param findings the findings as the gate returned them
     * @return {@code true} when some finding quotes a secret-looking setting's value
     */
    public boolean quotesAValue(List<Finding> findings) {
        if (firstKeyPart == 0) {
            return false;
        }
        for (Finding finding : findings) {
            for (String text : List.of(finding.code(), finding.message(), finding.remediation())) {
                for (int position : occurring(text)) {
                    if (position < firstKeyPart && !replace(text, false, finding.subject()).equals(text)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether this scrubber has any value to look for.
     *
     * @return {@code true} when some setting looks secret
     */
    public boolean isActive() {
        return values.length > 0;
    }
}
