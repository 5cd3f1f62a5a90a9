package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.Stage;
import dev.readiness.Status;
import dev.readiness.Waiver;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CheckOptionsTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "secrets.placeholder=2026-12-31:rotating next sprint        | secrets.placeholder | -            | 2026-12-31 | rotating next sprint",
        "sandbox.endpoint:PAYMENT_URL=2026-01-15:card sandbox       | sandbox.endpoint    | PAYMENT_URL  | 2026-01-15 | card sandbox",
        "database.loopback-host:spring.datasource.url=2027-02-28:tunnel: via bastion | database.loopback-host | spring.datasource.url | 2027-02-28 | tunnel: via bastion",
        " a.b : KEY = 2026-12-31 : spaces are trimmed               | a.b                 | KEY          | 2026-12-31 | spaces are trimmed"})
    void waiverWhenWellFormedShouldParseEveryPart(String text, String code, String subject, String expires,
            String reason) {
        Waiver waiver = CheckOptions.waiver(text);
        assertThat(waiver).isEqualTo(new Waiver(code, subject, reason, LocalDate.parse(expires)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "secrets.placeholder                    | no '='",
        "=2026-12-31:why                        | code is missing",
        "a.b:=2026-12-31:why                    | subject after ':' is empty",
        "a.b=2026-12-31                         | no ':' between the expiry date and the reason",
        "a.b=31/12/2026:why                     | is not an ISO date",
        "a.b=2026-02-30:why                     | is not an ISO date",
        "a.b=2026-12-31:                        | reason is missing"})
    void waiverWhenMalformedShouldSayWhatIsWrong(String text, String why) {
        assertThatThrownBy(() -> CheckOptions.waiver(text))
                .isInstanceOf(CliException.class)
                .hasMessageStartingWith("invalid value for --waiver: expected " + CheckOptions.WAIVER_SYNTAX + ", but ")
                .hasMessageContaining(why);
    }

    @ParameterizedTest
    @CsvSource({"production,PRODUCTION", "Staging,STAGING", "TEST,TEST", " development ,DEVELOPMENT"})
    void stageWhenAStageNameShouldParse(String text, Stage expected) {
        assertThat(CheckOptions.stage(text)).isEqualTo(expected);
    }

    @Test
    void stageWhenAnAliasShouldRefuseAndSuggestTheName() {
        assertThatThrownBy(() -> CheckOptions.stage("prod"))
                .hasMessage("invalid value for --stage: expected development, test, staging or production, but was 'prod'; did you mean production?");
        assertThatThrownBy(() -> CheckOptions.stage("moon"))
                .hasMessage("invalid value for --stage: expected development, test, staging or production, but was 'moon'");
    }

    @ParameterizedTest
    @CsvSource({"no-go,NO_GO", "NO_GO,NO_GO", "nogo,NO_GO", "warn,WARN", "WARN,WARN"})
    void failOnWhenNoGoOrWarnShouldParse(String text, Status expected) {
        assertThat(CheckOptions.failOn(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"go", "never", "info", "''"})
    void failOnWhenAnythingElseShouldRefuse(String text) {
        assertThatThrownBy(() -> CheckOptions.failOn(text))
                .hasMessage("invalid value for --fail-on: expected no-go or warn, but was '" + text + "'");
    }

    @ParameterizedTest
    @CsvSource({"text,TEXT", "JSON,JSON", "Json,JSON", "sarif,SARIF", "SARIF,SARIF"})
    void formatWhenTextOrJsonShouldParse(String text, CheckOptions.Format expected) {
        assertThat(CheckOptions.format(text)).isEqualTo(expected);
    }

    @Test
    void formatWhenAnythingElseShouldRefuse() {
        assertThatThrownBy(() -> CheckOptions.format("yaml"))
                .hasMessage("invalid value for --format: expected text, json or sarif, but was 'yaml'");
    }

    @Test
    void requireWhenBlankShouldRefuse() {
        assertThatThrownBy(() -> CheckOptions.requiredKey("  ")).isInstanceOf(CliException.class);
        assertThat(CheckOptions.requiredKey(" DATABASE_URL ")).isEqualTo("DATABASE_URL");
    }
}
