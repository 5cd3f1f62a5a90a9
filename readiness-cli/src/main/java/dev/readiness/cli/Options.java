package dev.readiness.cli;

import dev.readiness.Stage;
import dev.readiness.Status;
import dev.readiness.Waiver;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Parsers of option values. Each rejects bad input with a message naming what was expected; picocli prefixes it
 * with the option.
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

    /** Parses {@code --stage}: strictly one of the four stage names, with a hint for common aliases. */
    static final class StageConverter implements ITypeConverter<Stage> {

        @Override
        public Stage convert(String value) {
            try {
                return Stage.parse(value);
            } catch (IllegalArgumentException e) {
                String hint = Stage.fromAlias(value).map(stage -> "; did you mean " + stage.id() + "?").orElse("");
                throw new TypeConversionException(
                        "expected development, test, staging or production, but was '" + value + "'" + hint);
            }
        }
    }

    /** Parses {@code --fail-on}: {@code no-go} or {@code warn}. */
    static final class FailOnConverter implements ITypeConverter<Status> {

        @Override
        public Status convert(String value) {
            Status status;
            try {
                status = Status.parse(value);
            } catch (IllegalArgumentException e) {
                status = Status.GO;
            }
            if (status == Status.GO) {
                throw new TypeConversionException("expected no-go or warn, but was '" + value + "'");
            }
            return status;
        }
    }

    /** Parses {@code --format}: {@code text} or {@code json}. */
    static final class FormatConverter implements ITypeConverter<Format> {

        @Override
        public Format convert(String value) {
            return switch (value.trim().toLowerCase(Locale.ROOT)) {
                case "text" -> Format.TEXT;
                case "json" -> Format.JSON;
                default -> throw new TypeConversionException("expected text or json, but was '" + value + "'");
            };
        }
    }

    /** Parses {@code --require}: a non-blank key without separators of the list it goes into. */
    static final class KeyConverter implements ITypeConverter<String> {

        @Override
        public String convert(String value) {
            String key = value.strip();
            if (key.isEmpty()) {
                throw new TypeConversionException("expected a setting key such as DATABASE_URL, but was empty");
            }
            return key;
        }
    }

    /**
     * Parses {@code --waiver CODE[:SUBJECT]=EXPIRES:REASON}, e.g.
     * {@code sandbox.endpoint:PAYMENT_URL=2026-12-31:card sandbox until the contract is signed}.
     */
    static final class WaiverConverter implements ITypeConverter<Waiver> {

        @Override
        public Waiver convert(String value) {
            int equals = value.indexOf('=');
            if (equals < 0) {
                throw invalid("no '=' between the code and the expiry date");
            }
            String target = value.substring(0, equals).strip();
            String terms = value.substring(equals + 1);
            int targetColon = target.indexOf(':');
            String code = (targetColon < 0 ? target : target.substring(0, targetColon)).strip();
            String subject = targetColon < 0 ? null : target.substring(targetColon + 1).strip();
            if (code.isEmpty()) {
                throw invalid("the finding code is missing");
            }
            if (subject != null && subject.isEmpty()) {
                throw invalid("the subject after ':' is empty; leave out ':' to waive every subject");
            }
            int termsColon = terms.indexOf(':');
            if (termsColon < 0) {
                throw invalid("no ':' between the expiry date and the reason");
            }
            LocalDate expires;
            String date = terms.substring(0, termsColon).strip();
            try {
                expires = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw invalid("the expiry date '" + date + "' is not an ISO date such as 2026-12-31");
            }
            String reason = terms.substring(termsColon + 1).strip();
            if (reason.isEmpty()) {
                throw invalid("the reason is missing; say why the exception is acceptable");
            }
            return new Waiver(code, subject, reason, expires);
        }

        private static TypeConversionException invalid(String why) {
            return new TypeConversionException("expected " + WAIVER_SYNTAX + ", but " + why);
        }
    }
}
