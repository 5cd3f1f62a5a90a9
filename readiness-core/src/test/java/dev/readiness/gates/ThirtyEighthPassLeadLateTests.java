package dev.readiness.gates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Late sets 134 to 139 (media servers, team chat, password and secrets managers, HR and project tools, uptime
 * monitoring, surveys and forms), read after the merged rules were scored on them. Each rule beside the value that
 * tempts it; every built-in gate runs.
 */
class ThirtyEighthPassLeadLateTests extends EveryGateOnOneFile {

    @Test
    void nullUnderTheApplicationsOwnKeyShouldBeAKeyNeverSetButUnderAnOptionalTokenLeftOff() throws Exception {
        List<String> cachet = findings("cachet.env", """
                APP_KEY=null
                APP_SECRET=${APP_SECRET:-null}
                GITHUB_TOKEN=null
                NEXMO_SECRET=null
                """);
        assertThat(noGo(cachet, "APP_KEY")).isNotEmpty();
        assertThat(noGo(cachet, "APP_SECRET")).isNotEmpty();
        assertThat(about(cachet, "GITHUB_TOKEN")).isEmpty();
        assertThat(about(cachet, "NEXMO_SECRET")).isEmpty();
    }

    @Test
    void aUrlATemplateWrappedInAngleBracketsShouldBeReadWithoutThem() throws Exception {
        List<String> jitsi = findings("jitsi.env", """
                PUBLIC_URL=<https://JITSI_ADDRESS>
                KEYCLOAK_ADAPTER_URL=<https://JITSI_ADAPTER_ADDRESS>/{room}
                """);
        assertThat(noGo(jitsi, "PUBLIC_URL")).isNotEmpty();
        assertThat(noGo(jitsi, "KEYCLOAK_ADAPTER_URL")).isNotEmpty();
        assertThat(about(findings("app.env", "PUBLIC_URL=<https://meet.acme.org>\n"), "PUBLIC_URL")).isEmpty();
    }

    @Test
    void exampleMistypedByOneLetterShouldBeATemplateDomainButOtherWordsNot() throws Exception {
        assertThat(noGo(findings("revolt.properties", "hosts.app=https://exapmle.com\n"), "hosts.app")).isNotEmpty();
        assertThat(noGo(findings("revolt.properties", "hosts.api=https://api.exmaple.org\n"), "hosts.api"))
                .isNotEmpty();
        assertThat(noGo(findings("revolt.properties", "hosts.app=https://examle.com\n"), "hosts.app")).isNotEmpty();
        assertThat(about(findings("app.properties", "hosts.app=https://examine.com\n"), "hosts.app")).isEmpty();
        assertThat(about(findings("app.properties", "hosts.app=https://expamle.io\n"), "hosts.app")).isEmpty();
        assertThat(about(findings("app.properties", "hosts.app=https://excel.com\n"), "hosts.app")).isEmpty();
    }

    @Test
    void anInstructionInCapitalsOrSetmeWhereAHostGoesShouldBeATemplate() throws Exception {
        assertThat(noGo(findings("bitwarden.env", "globalSettings__mail__smtp__host=REPLACE\n"),
                "globalSettings__mail__smtp__host")).isNotEmpty();
        assertThat(noGo(findings("taiga.env", "TAIGA_HOSTNAME=SETME\n"), "TAIGA_HOSTNAME")).isNotEmpty();
        assertThat(about(findings("app.env", "MAIL_HOST=replace\n"), "MAIL_HOST")).isEmpty();
        assertThat(about(findings("app.env", "MAIL_HOST=smtp.acme.org\n"), "MAIL_HOST")).isEmpty();
    }

    @Test
    void composeInterpolationInADatabaseHostAndAQuotedShellPasswordShouldBeFilledAtRunTime() throws Exception {
        assertThat(about(findings("vikunja.env", "VIKUNJA_DATABASE_HOST=$COMPOSE_PROJECT_NAME-db-1\n"),
                "VIKUNJA_DATABASE_HOST")).isEmpty();
        assertThat(noGo(findings("vaultwarden.env",
                "DATABASE_URL=postgresql://vaultwarden:\"$VAULTWARDEN_DB_PASSWORD\"@vault.acme.org/vaultwarden\n"),
                "DATABASE_URL")).isEmpty();
        assertThat(noGo(findings("vaultwarden.env",
                "DATABASE_URL=postgresql://vaultwarden:<password>@vault.acme.org/vaultwarden\n"), "DATABASE_URL"))
                .isNotEmpty();
        assertThat(noGo(findings("vikunja.env", "VIKUNJA_DATABASE_HOST=your-db-host\n"), "VIKUNJA_DATABASE_HOST"))
                .isNotEmpty();
    }
}
