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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Defense in depth against a gate that copies a secret into a finding: every occurrence of the value of a
 * secret-looking setting in a finding's subject, message, remediation or origin is replaced by
 * {@value #REDACTED}; a documentation link containing one, plainly or URL-encoded, is dropped. Gates must never put values into findings
 * in the first place ({@link dev.readiness.SecretShape} describes a value safely); this catches the mistake.
 *
 * <p>A setting looks secret when its key contains one of the words {@link #SECRET_WORDS} (matched by the key's
 * words, or inside a longer word for the unambiguous ones, so {@code JWTSECRET} counts too) and its value is at
 * least {@value #MIN_LENGTH} characters long and not a plain switch such as {@code true}. Immutable and
 * thread-safe.
 */
public final class FindingScrubber {

    /** What a scrubbed value is replaced with. */
    public static final String REDACTED = "[redacted]";

    /** Values shorter than this are not scrubbed: they would match everywhere and reveal little. */
    public static final int MIN_LENGTH = 4;

    /** Words that make a key secret-looking. */
    public static final List<String> SECRET_WORDS = List.of("secret", "password", "passwd", "pwd", "token",
            "apikey", "api key", "key", "credential", "credentials", "salt", "private", "signing", "auth");

    private static final List<String> INSIDE_WORDS = List.of("secret", "password", "passwd", "token", "apikey",
            "credential", "private", "signing");

    private static final Set<String> SWITCHES = Set.of("true", "false", "yes", "no", "on", "off", "none", "null",
            "enabled", "disabled");

    private static final FindingScrubber NONE = new FindingScrubber(List.of());

    private final List<String> values;

    private FindingScrubber(List<String> values) {
        this.values = values;
    }

    /**
     * A scrubber for the secret-looking values among settings.
     *
     * @param settings the settings the gates read
     * @return the scrubber
     */
    public static FindingScrubber of(Settings settings) {
        Set<String> values = new LinkedHashSet<>();
        for (Setting setting : settings) {
            String value = setting.value();
            if (value.length() >= MIN_LENGTH && !SWITCHES.contains(value.toLowerCase(Locale.ROOT))
                    && looksSecret(setting.key())) {
                values.add(value);
            }
        }
        if (values.isEmpty()) {
            return NONE;
        }
        List<String> longestFirst = new ArrayList<>(values);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        return new FindingScrubber(List.copyOf(longestFirst));
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
        if (values.isEmpty()) {
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
        String subject = replace(finding.subject());
        String message = replace(finding.message());
        String remediation = replace(finding.remediation());
        String origin = replace(finding.origin().description());
        boolean documentationLeaks = finding.documentation().map(FindingScrubber::decodedForms)
                .map(forms -> forms.stream().anyMatch(form -> !replace(form).equals(form))).orElse(false);
        if (subject.equals(finding.subject()) && message.equals(finding.message())
                && remediation.equals(finding.remediation()) && origin.equals(finding.origin().description())
                && !documentationLeaks) {
            return finding;
        }
        Finding.Builder builder = Finding.of(finding.severity(), finding.code(), subject)
                .origin(Origin.of(origin))
                .message(message)
                .remediation(remediation);
        if (!documentationLeaks) {
            finding.documentation().ifPresent(builder::documentation);
        }
        Finding clean = builder.build();
        return clean;
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

    private String replace(String text) {
        String result = text;
        for (String value : values) {
            if (result.contains(value)) {
                result = result.replace(value, REDACTED);
            }
        }
        return result;
    }

    /**
     * Whether this scrubber has any value to look for.
     *
     * @return {@code true} when some setting looks secret
     */
    public boolean isActive() {
        return !values.isEmpty();
    }
}
