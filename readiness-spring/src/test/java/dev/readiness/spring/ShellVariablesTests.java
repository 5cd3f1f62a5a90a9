package dev.readiness.spring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShellVariablesTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "PATH|/usr/local/bin:/usr/bin:/bin|true", "PATH|/usr/bin::/opt/app/bin|true", "HOME|/|true",
            "_|/usr/bin/java|true", "SHLVL|2|true", "TERM|xterm-256color|true", "USER|app_user|true",
            "LANG|en_US.UTF-8|true", "LANGUAGE|en_US:en|true", "LC_MESSAGES|de_DE@euro|true", "LANG|POSIX|true",
            "PATH|bin:/usr/bin|false", "HOME|http://localhost:8080|false", "HOME|~/app|false",
            "SHLVL|one|false", "TERM|localhost.localdomain|false", "USER|app@example.com|false",
            "LANG|api.sandbox.paypal.com|false", "LC_ALL|127.0.0.1|false", "HOSTNAME|api-1|false",
            "JAVA_HOME|/opt/java|false", "PASSWORD|/root|false"})
    void aShellVariableShouldBeTheShellsOwnOnlyWithItsNameAndTheShellsShape(String name, String value,
            boolean shells) {
        assertThat(ShellVariables.isShellsOwn(name, value)).isEqualTo(shells);
    }
}
