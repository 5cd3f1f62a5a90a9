package dev.readiness.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Environment look-ups of the thirty-second pass's configuration kinds, written as code and kept as written when
 * flattened: Phoenix's {@code config/runtime.exs} ({@code System.get_env("SECRET_KEY_BASE") || raise "…"}), .NET's
 * {@code Environment.GetEnvironmentVariable("…")} and Elixir's {@code {:system, "DB_PASSWORD"}} tuple; a default
 * after the look-up is still the default.
 */
class ThirtySecondPassSecretsLookUpTests {

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", value = {
            "System.get_env(\"SECRET_KEY_BASE\") || raise \"environment variable SECRET_KEY_BASE is missing.\""
                    + " ~ ${SECRET_KEY_BASE}",
            "System.get_env(\"GUARDIAN_SECRET\") || raise(\"set GUARDIAN_SECRET\") ~ ${GUARDIAN_SECRET}",
            "System.get_env(\"SECRET_KEY_BASE\") || System.get_env(\"SKB\") || raise \"missing\""
                    + " ~ ${SECRET_KEY_BASE:${SKB}}",
            "Environment.GetEnvironmentVariable(\"API_TOKEN\") ~ ${API_TOKEN}",
            "System.get_env(\"GUARDIAN_SECRET\") || \"changeit\" ~ ${GUARDIAN_SECRET:changeit}",
            "System.get_env(\"GUARDIAN_SECRET\") || \"raise me\" ~ ${GUARDIAN_SECRET:raise me}",
            "{:system, \"DB_PASSWORD\"} ~ ${DB_PASSWORD}",
            "{:system, \"MAILGUN_API_KEY\", \"key-default\"} ~ ${MAILGUN_API_KEY:key-default}"})
    void aLookUpShouldStandForItsVariableWithTheDefaultItGives(String written, String placeholder) {
        assertThat(ForeignReferences.mayHold(written)).isTrue();
        assertThat(ForeignReferences.placeholderOf(written)).isEqualTo(placeholder);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", value = {
            "System.get_env(\"GUARDIAN_SECRET\") || raised_value",
            "raise \"no look-up before it\"",
            "{:system, \"DB_PASSWORD\"",
            "{:system, :db_password}"})
    void textThatOnlyLooksLikeARefusalShouldNotBeALookUp(String written) {
        assertThat(ForeignReferences.placeholderOf(written)).isNull();
    }
}
