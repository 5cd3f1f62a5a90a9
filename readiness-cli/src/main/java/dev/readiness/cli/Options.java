package dev.readiness.cli;

import dev.readiness.Stage;
import dev.readiness.Status;
import dev.readiness.Waiver;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Parsers of option values. Each rejects bad input with a {@link CliException} that names the option and what was
 * expected; values come from the command line, never from a file.
 */
final class Options {

    /** The syntax of {@code --waiver}, for help and messages. */
    static final String WAIVER_SYNTAX = "CODE[:SUBJECT]=EXPIRES:REASON";

    private Options() {
    }

    /** The output formats. */
    enum Format {
        /** For people reading a CI log. */
        TEXT,
        /** The JSON report of the readiness contract, for machines. */
        JSON
    }

    /**
     * Parses {@code --stage}: strictly one of the four stage names, with a hint for common aliases.
     *
     * @param value the text after the option
     * @return the stage
     */
    static Stage stage(String value) {
        try {
            return Stage.parse(value);
        } catch (IllegalArgumentException e) {
            String hint = Stage.fromAlias(value).map(stage -> "; did you mean " + stage.id() + "?").orElse("");
            throw invalid("--stage", "expected development, test, staging or production, but was " + quote(value)
                    + hint);
        }
    }

    /**
     * Parses {@code --fail-on}: {@code no-go} or {@code warn}.
     *
     * @param value the text after the option
     * @return the status
     */
    static Status failOn(String value) {
        Status status;
        try {
            status = Status.parse(value);
        } catch (IllegalArgumentException e) {
            status = Status.GO;
        }
        if (status == Status.GO) {
            throw invalid("--fail-on", "expected no-go or warn, but was " + quote(value));
        }
        return status;
    }

    /**
     * Parses {@code --format}: {@code text} or {@code json}.
     *
     * @param value the text after the option
     * @return the format
     */
    static Format format(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "text" -> Format.TEXT;
            case "json" -> Format.JSON;
            default -> throw invalid("--format", "expected text or json, but was " + quote(value));
        };
    }

    /**
     * Parses one key of {@code --require}.
     *
     * @param value one comma-separated part of the text after the option
     * @return the key, trimmed
     */
    static String requiredKey(String value) {
        String key = value.strip();
        if (key.isEmpty()) {
            throw invalid("--require", "expected a setting key such as DATABASE_URL, but was empty");
        }
        return key;
    }

    /**
     * Parses a positive duration as Spring Boot writes one: {@code 500ms}, {@code 5s}, {@code 2m}, a bare number of
     * milliseconds, or ISO-8601 ({@code PT5S}); at most one hour.
     *
     * @param option the option, for the message
     * @param value the text after the option
     * @return the duration
     */
    static Duration duration(String option, String value) {
        String text = value.strip().toLowerCase(Locale.ROOT);
        Duration duration = null;
        java.util.regex.Matcher simple = java.util.regex.Pattern.compile("(\\d{1,9})(ms|s|m)?").matcher(text);
        if (simple.matches()) {
            long amount = Long.parseLong(simple.group(1));
            String unit = simple.group(2) == null ? "ms" : simple.group(2);
            duration = switch (unit) {
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofMillis(amount);
            };
        } else if (text.startsWith("pt")) {
            try {
                duration = Duration.parse(text);
            } catch (DateTimeParseException e) {
                duration = null;
            }
        }
        if (duration == null || duration.isZero() || duration.isNegative() || duration.compareTo(Duration.ofHours(1)) > 0) {
            throw invalid(option, "expected a positive duration of at most 1h such as 500ms, 5s or 2m, but was "
                    + quote(value));
        }
        return duration;
    }

    /**
     * Parses {@code --waiver CODE[:SUBJECT]=EXPIRES:REASON}, e.g.
     * {@code sandbox.endpoint:PAYMENT_URL=2026-12-31:card sandbox until the contract is signed}.
     *
     * @param value the text after the option
     * @return the waiver
     */
    static Waiver waiver(String value) {
        int equals = value.indexOf('=');
        if (equals < 0) {
            throw invalidWaiver("no '=' between the code and the expiry date");
        }
        String target = value.substring(0, equals).strip();
        String terms = value.substring(equals + 1);
        int targetColon = target.indexOf(':');
        String code = (targetColon < 0 ? target : target.substring(0, targetColon)).strip();
        String subject = targetColon < 0 ? null : target.substring(targetColon + 1).strip();
        if (code.isEmpty()) {
            throw invalidWaiver("the finding code is missing");
        }
        if (subject != null && subject.isEmpty()) {
            throw invalidWaiver("the subject after ':' is empty; leave out ':' to waive every subject");
        }
        int termsColon = terms.indexOf(':');
        if (termsColon < 0) {
            throw invalidWaiver("no ':' between the expiry date and the reason");
        }
        LocalDate expires;
        String date = terms.substring(0, termsColon).strip();
        try {
            expires = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw invalidWaiver("the expiry date " + quote(date) + " is not an ISO date such as 2026-12-31");
        }
        String reason = terms.substring(termsColon + 1).strip();
        if (reason.isEmpty()) {
            throw invalidWaiver("the reason is missing; say why the exception is acceptable");
        }
        return new Waiver(code, subject, reason, expires);
    }

    /**
     * A command-line value for a message: in quotes, cut to 60 characters so a huge argument gives a short line.
     *
     * @param value the value as given on the command line
     * @return the quoted value
     */
    static String quote(String value) {
        if (value.length() <= 60) {
            return "'" + value + "'";
        }
        int end = Character.isHighSurrogate(value.charAt(59)) ? 59 : 60;
        return "'" + value.substring(0, end) + "…' (" + value.length() + " characters)";
    }

    private static CliException invalidWaiver(String why) {
        return invalid("--waiver", "expected " + WAIVER_SYNTAX + ", but " + why);
    }

    private static CliException invalid(String option, String why) {
        return CliException.usage("invalid value for " + option + ": " + why);
    }
}
