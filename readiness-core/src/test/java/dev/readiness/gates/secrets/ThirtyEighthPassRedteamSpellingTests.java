package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Settings;
import dev.readiness.Severity;
import dev.readiness.gates.internal.CommandSubstitutions;
import dev.readiness.settings.Origin;
import dev.readiness.settings.Setting;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hostile testing, thirty-eighth pass: spellings that slipped a weak password past rules earlier sessions added. A
 * command substitution that prints text written in the file was judged only as {@code echo WORDS} or
 * {@code printf %s WORD}, so the portable {@code $(printf '%s\n' changeme)} and {@code $(/bin/echo changeme)} were the
 * INFO of a generated value; a Shiro {@code [users]} account was read only under a name without a dot, so
 * {@code jane.doe = secret, admin} passed; Orthanc's user map passed as the JSON its images take from one variable;
 * and Spring Boot's {@code ${random.int(10)}} passed as a value only known at run time. The properties feed the three
 * new readers arbitrary text: none throws.
 */
class ThirtyEighthPassRedteamSpellingTests {

    private static final String SHIRO_HEAD = "[main]\nsecurityManager.realms = $iniRealm\n[users]\n";

    private static List<String> findingsIn(String file, String text) {
        Settings settings = ApplicationConfig.builder().configText(file, text + "\n").build().settings();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .map(finding -> finding.severity() + " " + finding.code() + " " + finding.subject()).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", quoteCharacter = '^', value = {
            "JWT_SECRET=$(printf '%s\\n' changeme)",
            "JWT_SECRET=$(printf \"%s\\n\" changeme)",
            "JWT_SECRET=$(printf 'changeme\\n')",
            "JWT_SECRET=$(/bin/echo changeme)",
            "JWT_SECRET=$(/usr/bin/printf %s changeme)",
            "JWT_SECRET=$(command echo changeme)",
            "JWT_SECRET=`builtin echo changeme`"})
    void aSubstitutionPrintingWrittenTextShouldBeJudgedAsThatText(String line) {
        assertThat(findingsIn("prod.env", line)).contains("NO_GO secrets.placeholder JWT_SECRET");
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", quoteCharacter = '^', value = {
            "JWT_SECRET=$(printf '%s\\n' \"$(openssl rand -hex 32)\")",
            "JWT_SECRET=$(/usr/bin/openssl rand -hex 32)",
            "DB_PASSWORD=$(printf '%s\\n' Qm7xT2vR9pLw4ZsK8nYb3HcEdGf5Tj6Ua1We0Ry)",
            "JWT_SECRET=$(command -v openssl)"})
    void aSubstitutionThatMakesItsValueOrPrintsAStrongOneShouldStayClean(String line) {
        assertThat(findingsIn("prod.env", line)).noneMatch(finding -> finding.startsWith("NO_GO"));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", quoteCharacter = '^', value = {
            "jane.doe = secret, admin ~ jane.doe",
            "admin@acme-corp.com = changeme, admin ~ admin@acme-corp.com",
            "ops.team = password ~ ops.team"})
    void aShiroAccountWhoseNameHoldsADotShouldBeJudged(String line, String subject) {
        assertThat(findingsIn("shiro.properties", SHIRO_HEAD + line + "\n[roles]\nadmin = *"))
                .anyMatch(finding -> finding.startsWith("NO_GO") && finding.endsWith(" " + subject));
    }

    @Test
    void dottedKeysOutsideAShiroUsersSectionShouldStayUnread() {
        assertThat(findingsIn("shiro.properties", "[main]\nsecurityManager.realms = $iniRealm\n"
                + "securityManager.sessionManager.globalSessionTimeout = secret\n[users]\n"
                + "jane.doe = Qm7xT2vR9pLw4ZsK8nYb3HcE, admin\n[urls]\n/login.jsp = authc\n/logout = logout"))
                .noneMatch(finding -> finding.startsWith("NO_GO"));
        assertThat(findingsIn("grafana.properties", "[users]\nallow.sign_up = secret\n"))
                .noneMatch(finding -> finding.startsWith("NO_GO"));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", quoteCharacter = '^', value = {
            "prod.env ~ ORTHANC__REGISTERED_USERS={\"admin\": \"orthanc\"}",
            "prod.env ~ ORTHANC__REGISTERED_USERS='{\"demo\": \"demo\", \"ops\": \"${OPS_PASSWORD}\"}'",
            "prod.env ~ ORTHANC__REGISTERED_USERS={ \"ops\" : \"Qm7xT2vR9pLw4ZsK8nYb3HcE\", \"admin\":\"changeme\" }",
            "application.properties ~ orthanc.registered-users={\"admin\": \"password\"}"})
    void anOrthancUserMapWrittenAsJsonInOneVariableShouldBeJudged(String file, String line) {
        String key = line.substring(0, line.indexOf('='));
        assertThat(findingsIn(file, line)).anyMatch(finding -> finding.startsWith("NO_GO ")
                && finding.endsWith(" " + key));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", quoteCharacter = '^', value = {
            "ORTHANC__REGISTERED_USERS={\"admin\": \"Qm7xT2vR9pLw4ZsK8nYb3HcE\"}",
            "ORTHANC__REGISTERED_USERS={\"admin\": \"${ORTHANC_ADMIN_PASSWORD}\"}",
            "ORTHANC__REGISTERED_USERS=${ORTHANC_USERS}",
            "ORTHANC__REGISTERED_USERS={}",
            "REGISTERED_USERS_URL={\"admin\": \"orthanc\"}"})
    void aStrongReferencedOrUnreadableUserMapShouldStayClean(String line) {
        assertThat(findingsIn("prod.env", line)).noneMatch(finding -> finding.startsWith("NO_GO"));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", quoteCharacter = '^', value = {
            "spring.security.user.password=${random.int(10)} ~ spring.security.user.password",
            "spring.security.user.password=${random.int} ~ spring.security.user.password",
            "app.admin.password=${ADMIN_PASSWORD:${random.int[1000,9999]}} ~ app.admin.password",
            "jwt.secret=${random.long} ~ jwt.secret"})
    void aSecretThatIsSpringsRandomNumberShouldBeJudgedByItsBits(String line, String subject) {
        assertThat(findingsIn("application.properties", line)).contains("NO_GO secrets.too-weak " + subject);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", quoteCharacter = '^', value = {
            "jwt.secret=${random.value}",
            "databasir.jwt.secret=${DATABASIR_JWT_SECRET:${random.uuid}}",
            "spring.security.user.password=${random.long}",
            "spring.security.user.password=${random.int(NaN)}",
            "eureka.instance.metadata-map.startup=${random.int}",
            "server.port=${random.int[8000,9000]}"})
    void aRandomStringOrALongEnoughNumberOrNoSecretShouldStayClean(String line) {
        assertThat(findingsIn("application.properties", line)).noneMatch(finding -> finding.startsWith("NO_GO"));
    }

    @Provide
    Arbitrary<String> substitutions() {
        Arbitrary<String> words = Arbitraries.of("echo", "printf", "/bin/echo", "command", "builtin", "-n", "'%s\\n'",
                "\"%s\"", "%s", "\\n", "\\", "'", "\"", " ", "\t", "changeme", "/", "\u00e9", "$", "(", ")");
        return words.list().ofMaxSize(12).map(parts -> "$(" + String.join("", parts) + ")");
    }

    @Property(tries = 2000)
    void readingAnySubstitutionShouldNeverThrow(@ForAll("substitutions") String value) {
        if (CommandSubstitutions.isWhole(value)) {
            String printed = CommandSubstitutions.printed(value);
            assertThat(printed == null || printed.indexOf('\\') < 0 && printed.indexOf('$') < 0).isTrue();
        }
    }

    @Provide
    Arbitrary<String> userMaps() {
        Arbitrary<String> parts = Arbitraries.of("{", "}", "\"", "\\", "\\\"", ":", ",", " ", "admin", "${X}", "\u00e9",
                "1", "[", "]", "/");
        return parts.list().ofMaxSize(20).map(list -> String.join("", list));
    }

    @Property(tries = 3000)
    void readingAnyUserMapShouldNeverThrow(@ForAll("userMaps") String value) {
        assertThat(BasicAuthUsers.registeredUserPasswords("ORTHANC__REGISTERED_USERS", value))
                .allMatch(password -> !password.contains("${"));
    }

    @Provide
    Arbitrary<String> randomReferences() {
        Arbitrary<String> tails = Arbitraries.strings().withChars("intlongvaluid()[],.-0123456789eENaI${}: ")
                .ofMaxLength(30);
        return Arbitraries.of("${random.", "${A:${random.", "${random.int", "").flatMap(head -> tails.map(head::concat));
    }

    @Property(tries = 3000)
    void judgingAnyRandomReferenceShouldNeverThrow(@ForAll("randomReferences") String value) {
        RandomNumberValues.tooWeak(Setting.of("jwt.secret", value, Origin.unknown()),
                Optional.of(SecretPurpose.SECRET), Severity.NO_GO);
    }
}
