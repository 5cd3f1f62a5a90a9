package dev.readiness.gates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lead's readings of the thirty-ninth pass: rules for what the development set and the held-out sets still
 * missed, each beside the value that tempts it; every built-in gate runs.
 */
class ThirtyNinthPassLeadTests extends EveryGateOnOneFile {

    @Test
    void aSwitchMarkingTheWholeSiteAsStagingShouldBeATestModeButWhatItSaysAboutSuchASiteNot() throws Exception {
        assertThat(noGo(findings("alaveteli.env", "STAGING_SITE=1\n"), "STAGING_SITE")).isNotEmpty();
        assertThat(noGo(findings("app.env", "IS_DEV_INSTANCE=true\n"), "IS_DEV_INSTANCE")).isNotEmpty();
        assertThat(noGo(findings("app.properties", "site.demo-installation=yes\n"), "site.demo-installation"))
                .isEmpty();
        assertThat(about(findings("alaveteli.env", "STAGING_SITE=0\n"), "STAGING_SITE")).isEmpty();
        assertThat(about(findings("app.env", "STAGING_SITE_ID=4\n"), "STAGING_SITE_ID"))
                .isEmpty();
        assertThat(about(findings("app.env", "KEEP_TEST_SITE=true\n"), "KEEP_TEST_SITE")).isEmpty();
    }

    @Test
    void aModeSwitchItsOwnCommentCallsInertShouldBeLeftAloneUnlessTheCommentMakesItConditional() throws Exception {
        assertThat(about(findings("alaveteli.env", "# Doesn't do anything right now.\nSTAGING_SITE=1\n"),
                "STAGING_SITE")).isEmpty();
        assertThat(about(findings("app.env", "# no longer used\nPAYMENT_SANDBOX=true\n"), "PAYMENT_SANDBOX"))
                .isEmpty();
        assertThat(noGo(findings("app.env", "# does nothing if billing is off\nPAYMENT_SANDBOX=true\n"),
                "PAYMENT_SANDBOX")).isNotEmpty();
        assertThat(noGo(findings("app.env", "# not used by the worker, only the API\nPAYMENT_SANDBOX=true\n"),
                "PAYMENT_SANDBOX")).isNotEmpty();
    }

    @Test
    void aVariablesNameInCapitalsWhereAHostNameGoesShouldBeATemplateButAWindowsNameOrANamedVariableNot()
            throws Exception {
        List<String> chart = findings("values.properties", """
                gateway.ingress.hosts[0].host=SCORPIO_DOMAIN
                gateway.ingress.tls[0].hosts[0]=SCORPIO_DOMAIN
                """);
        assertThat(noGo(chart, "gateway.ingress.hosts[0].host")).isNotEmpty();
        assertThat(noGo(chart, "gateway.ingress.tls[0].hosts[0]")).isNotEmpty();
        assertThat(noGo(findings("kong.env", "CORE_BCK_SEC_URL=http://IP_PUBLICA_CORE:8012\n"), "CORE_BCK_SEC_URL"))
                .isNotEmpty();
        assertThat(about(findings("values.properties", "gateway.ingress.hosts[0].host=api.acme.org\n"),
                "gateway.ingress.hosts[0].host")).isEmpty();
        assertThat(about(findings("app.properties", "database.host=SQL_PROD01\n"), "database.host")).isEmpty();
        assertThat(about(findings("appsettings.properties", "k8sdb.Host=CART_DB_SERVICE_SERVICE_HOST\n"),
                "k8sdb.Host")).isEmpty();
        assertThat(about(findings("values.properties", "secrets.personDBHost.name=UW_PERSON_DB_HOST\n"),
                "secrets.personDBHost.name")).isEmpty();
    }

    @Test
    void threeDifferentVariablesOfOneRolesPrefixShouldMakeTheFileARenderedTemplateButOneOrTheSameOneThriceNot()
            throws Exception {
        List<String> role = findings("env.j2.env", """
                DB_PASSWORD={{akaunting_database_password}}
                COMPANY_NAME={{akaunting_company_name}}
                ADMIN_PASSWORD={{akaunting_setup_admin_password}}
                """);
        assertThat(about(role, "DB_PASSWORD")).containsExactly("INFO settings.deferred DB_PASSWORD");
        assertThat(about(role, "ADMIN_PASSWORD")).containsExactly("INFO settings.deferred ADMIN_PASSWORD");
        assertThat(noGo(findings("app.env", "JWT_SECRET={{ jwt_secret }}\n"), "JWT_SECRET")).isNotEmpty();
        List<String> twoRoles = findings("app.env", """
                DB_PASSWORD={{akaunting_database_password}}
                ADMIN_PASSWORD={{setup_admin_password}}
                MAIL_PASSWORD={{mail_password}}
                """);
        assertThat(noGo(twoRoles, "DB_PASSWORD")).isNotEmpty();
        assertThat(noGo(twoRoles, "ADMIN_PASSWORD")).isNotEmpty();
    }

    @Test
    void aBlankKeyTheCommentSaysTheProductGeneratesAndTheReaderMayOverruleShouldBeOptional() throws Exception {
        assertThat(about(findings("firefly.env", """
                # Firefly III generates a basic keypair for your OAuth tokens.
                # If you want, you can overrule the key with your own (secure) value.
                PASSPORT_PRIVATE_KEY=
                """), "PASSPORT_PRIVATE_KEY")).isEmpty();
        assertThat(noGo(findings("app.env", "# replace with your own key\nJWT_SECRET=\n"), "JWT_SECRET")).isNotEmpty();
    }

    @Test
    void theApplicationsUrlRootInPlainHttpOnAPublicNameShouldBeTlsOffButARelativeRootOrHttpsNot() throws Exception {
        assertThat(noGo(findings("conf.properties", "dolibarr_main_url_root=http://crm.iconeo.es\n"),
                "dolibarr_main_url_root")).containsExactly("NO_GO sandbox.tls-off dolibarr_main_url_root");
        assertThat(about(findings("conf.properties", "dolibarr_main_url_root=https://crm.iconeo.es\n"),
                "dolibarr_main_url_root")).isEmpty();
        assertThat(about(findings("app.env", "RELATIVE_URL_ROOT=/b\n"), "RELATIVE_URL_ROOT")).isEmpty();
    }
}
