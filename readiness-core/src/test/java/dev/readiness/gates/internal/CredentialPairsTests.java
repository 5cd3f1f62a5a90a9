package dev.readiness.gates.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.settings.Settings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CredentialPairsTests {

    private static boolean written(String text, String userKey) {
        Settings settings = Settings.builder().dotenv("app.env", text.replace('|', '\n')).build();
        return CredentialPairs.passwordWrittenBeside(settings, settings.get(userKey).orElseThrow());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "DB_USER=your_db_user|DB_PASSWORD=vibra_secure_password_2024; DB_USER",
        "DB_USER=root|DB_PASS=; DB_USER",
        "SMTP_USERNAME=<smtp-user>|SMTP_PASSWORD=<smtp-password>; SMTP_USERNAME",
        "APP_DB_LOGIN=root|APP_DB_PWD=${DB_PWD:root}; APP_DB_LOGIN"})
    void aPasswordWrittenInTheSameSectionShouldCarryThePair(String text, String user) {
        assertThat(written(text, user)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "DB_USER=root|DB_PASSWORD=${DB_PASSWORD}; DB_USER",
        "DB_USER=root; DB_USER",
        "DB_USER=root|REDIS_PASSWORD=Zq7LmV0xR3pT9wK2; DB_USER",
        "DB_NAME=root|DB_PASSWORD=Zq7LmV0xR3pT9wK2; DB_NAME"})
    void aPasswordFromTheEnvironmentAnotherSectionsPasswordOrNoUserKeyShouldLeaveTheUserItsOwnRow(String text,
            String user) {
        assertThat(written(text, user)).isFalse();
    }
}
