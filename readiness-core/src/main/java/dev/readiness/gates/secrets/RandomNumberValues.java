package dev.readiness.gates.secrets;

import dev.readiness.Finding;
import dev.readiness.Severity;
import dev.readiness.settings.Setting;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A secret that is Spring Boot's random number, {@code ${random.int}}, {@code ${random.long}} or a bounded
 * {@code ${random.int(10)}} / {@code ${random.long(1000,9999)}}, also as the default of one reference
 * ({@code ${ADMIN_PASSWORD:${random.int}}}). The value is only known at run time, but not unknown in strength:
 * {@code RandomValuePropertySource} draws it from {@code java.util.Random}, so it holds at most 32 bits ({@code int}), 64
 * bits ({@code long}) or the logarithm of its range, whatever the key needs. A number below the purpose's bits is too
 * weak (the thirty-eighth pass found {@code spring.security.user.password=${random.int(10)}}, one digit, deferred
 * and GO). {@code ${random.value}} (64 hexadecimal digits) and {@code ${random.uuid}} are strings, and left alone.
 * Stateless.
 */
final class RandomNumberValues {

    private static final String RANDOM = "${random.";

    private RandomNumberValues() {
    }

    /**
     * The {@code secrets.too-weak} finding of a deferred secret that is one random number of fewer bits than its
     * purpose needs, or {@code null}.
     *
     * @param setting a deferred setting, its value as written
     * @param purpose what the key's words say it holds
     * @param severity the stage's severity
     * @return the finding, or {@code null} when the rule does not apply
     */
    static @Nullable Finding tooWeak(Setting setting, Optional<SecretPurpose> purpose, Severity severity) {
        String value = setting.value().strip();
        int start = value.indexOf(RANDOM);
        if (purpose.isEmpty() || start < 0 || value.length() > 80) {
            return null;
        }
        int end = value.indexOf('}', start);
        if (end < 0 || !wholeOrDefault(value, start, end)) {
            return null;
        }
        double bits = bits(value.substring(start + RANDOM.length(), end));
        SecretPurpose kind = purpose.get();
        if (bits < 0 || bits >= kind.minBits()) {
            return null;
        }
        return Finding.of(severity, "secrets.too-weak", setting)
                .message(String.format(java.util.Locale.ROOT, "is Spring Boot's random number, drawn at start-up from "
                        + "java.util.Random: about %d bits whatever the start, where %s needs at least %d bits",
                        Math.round(bits), SecretStrength.withArticle(kind), kind.minBits()))
                .remediation("Supply a generated value from your secret store (`${NAME}`) instead of a random number. "
                        + SecretStrength.remediation(kind))
                .build();
    }

    /** Whether the random reference fills the value, alone or as the default of one {@code ${NAME:…}}. */
    private static boolean wholeOrDefault(String value, int start, int end) {
        if (start == 0) {
            return end == value.length() - 1;
        }
        return value.startsWith("${") && end == value.length() - 2 && value.charAt(value.length() - 1) == '}'
                && value.charAt(start - 1) == ':' && value.indexOf("${", 2) == start
                && value.lastIndexOf(':', start - 2) < 0;
    }

    /**
     * The bits of {@code int}, {@code long}, {@code int(max)}, {@code int[min,max]} and the same of {@code long} (Spring
     * Boot takes any character around the range); -1 for anything else ({@code value}, {@code uuid}, an argument that
     * is not a number).
     */
    private static double bits(String spec) {
        int letters = 0;
        while (letters < spec.length() && Character.isLetter(spec.charAt(letters))) {
            letters++;
        }
        String type = spec.substring(0, letters);
        String range = spec.length() - letters >= 2 ? spec.substring(letters + 1, spec.length() - 1) : null;
        if (range == null && letters < spec.length()) {
            return -1;
        }
        double full = type.equals("int") ? 32 : type.equals("long") ? 64 : -1;
        if (full < 0 || range == null) {
            return full;
        }
        String[] bounds = range.split(",", -1);
        try {
            double low = bounds.length == 2 ? Double.parseDouble(bounds[0].strip()) : 0;
            double high = Double.parseDouble(bounds[bounds.length - 1].strip());
            if (bounds.length > 2 || !(high > low)) {
                return -1;
            }
            return Math.min(full, Math.log(high - low) / Math.log(2));
        } catch (NumberFormatException notNumber) {
            return -1;
        }
    }
}
