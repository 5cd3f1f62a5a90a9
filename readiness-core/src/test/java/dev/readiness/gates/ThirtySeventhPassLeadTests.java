package dev.readiness.gates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Blind sets 120 to 123 (thirty-seventh pass: learning platforms, e-mail and newsletter stacks, mapping and fleet
 * tracking, help desks and CRMs), read after their first scoring: a hash scheme under a key ending in a word of
 * encryption, an Ansible role's prefixed variables, blank secrets a comment calls generated or needed only sometimes,
 * lists of refused hosts, template tokens under domain keys, Mailu's host-name lists, Roundcube's per-user macros,
 * Perl configurations' environment and own-key references, feature switches of 0 and 1 under password words, an
 * application's root URL in plain HTTP on a public address, and iTop's HTTPS requirement. Each rule beside the value
 * that tempts it; every built-in gate runs.
 */
class ThirtySeventhPassLeadTests extends EveryGateOnOneFile {

    @Test
    void aHashSchemeUnderAKeyEndingInEncryptionShouldBeCleanButAKeyOfEncryptionNot() throws Exception {
        assertThat(about(findings("chamilo.properties", "password_encryption=bcrypt\n"), "password_encryption"))
                .isEmpty();
        assertThat(noGo(findings("chamilo.properties", "password_encryption=changeme\n"), "password_encryption"))
                .isNotEmpty();
        assertThat(noGo(findings("app.properties", "encryption.key=aes\n"), "encryption.key")).isNotEmpty();
    }

    @Test
    void anAnsibleRolesPrefixedVariablesShouldMakeTheFileATemplate() throws Exception {
        List<String> role = findings("client.ini.properties", """
                client.name={{ default_client }}
                db.host=db.internal.acme.io
                db.pass={{ mysql_root_password }}
                db.name={{ ilias_db_name }}
                layout.skin={{ ilias_skin }}
                layout.style={{ ilias_style }}
                """);
        assertThat(noGo(role, "db.pass")).isEmpty();
        assertThat(noGo(role, "db.name")).isEmpty();
        List<String> sample = findings("client.ini.properties", """
                db.pass={{ mysql_root_password }}
                db.name={{ ilias_db_name }}
                """);
        assertThat(noGo(sample, "db.pass")).isNotEmpty();
    }

    @Test
    void aBlankSecretACommentCallsGeneratedOrNeededOnlySometimesShouldBeClean() throws Exception {
        assertThat(about(findings("frappe.env", """
                # Encryption key will be auto-generated if not set
                ENCRYPTION_KEY=
                """), "ENCRYPTION_KEY")).isEmpty();
        assertThat(about(findings("olat.properties", """
                # if required by your local SMTP you may need to provide credentials
                smtp.user=
                smtp.pwd=
                """), "smtp.pwd")).isEmpty();
        assertThat(noGo(findings("olat.properties", """
                # SMTP password, required
                smtp.pwd=
                """), "smtp.pwd")).isNotEmpty();
        assertThat(noGo(findings("app.env", """
                # Encryption key, must be set
                ENCRYPTION_KEY=
                """), "ENCRYPTION_KEY")).isNotEmpty();
    }

    @Test
    void loopbackInAListOfRefusedHostsShouldBeCleanButAnEndpointNot() throws Exception {
        assertThat(about(findings("bbb.properties", "insertDocumentBlockedHosts=localhost\n"),
                "insertDocumentBlockedHosts")).isEmpty();
        assertThat(about(findings("app.env", "BLOCK_EXPLORER_URL=http://localhost:4000\n"), "BLOCK_EXPLORER_URL"))
                .isNotEmpty();
        assertThat(about(findings("app.env", "CACHE_HOSTS=localhost\n"), "CACHE_HOSTS")).isNotEmpty();
    }

    @Test
    void aReplaceTokenUnderADomainKeyShouldBeTemplateTextButADomainNot() throws Exception {
        assertThat(noGo(findings("olat.properties", "server.domainname=__HOST__\n"), "server.domainname"))
                .isNotEmpty();
        assertThat(noGo(findings("app.env", "APP_DOMAIN=<your-domain>\n"), "APP_DOMAIN")).isNotEmpty();
        assertThat(about(findings("olat.properties", "server.domainname=learn.acme.edu\n"), "server.domainname"))
                .isEmpty();
        assertThat(about(findings("samba.env", "AD_DOMAIN=CORP\n"), "AD_DOMAIN")).isEmpty();
    }

    @Test
    void mailusHostNameListShouldBeJudgedAsHosts() throws Exception {
        assertThat(noGo(findings("mailu.env", "HOSTNAMES=mail.example.com\n"), "HOSTNAMES")).isNotEmpty();
        assertThat(about(findings("mailu.env", "HOSTNAMES=mhn.docker.localhost,mailu.docker.localhost\n"),
                "HOSTNAMES")).isNotEmpty();
        assertThat(about(findings("mailu.env", "HOSTNAMES=mail.acme.org,smtp.acme.org\n"), "HOSTNAMES")).isEmpty();
    }

    @Test
    void roundcubesPerUserMacroShouldBeNoPasswordButATwoLetterPasswordStillWeak() throws Exception {
        assertThat(about(findings("roundcube.properties", "smtp_pass=%p\n"), "smtp_pass")).isEmpty();
        assertThat(noGo(findings("roundcube.properties", "smtp_pass=%1\n"), "smtp_pass")).isNotEmpty();
        assertThat(noGo(findings("roundcube.properties", "smtp_pass=pp\n"), "smtp_pass")).isNotEmpty();
    }

    @Test
    void perlEnvironmentAndOwnKeyReferencesShouldBeReferences() throws Exception {
        List<String> otrs = findings("Config.properties", """
                Database=otrs
                DatabaseHost=db.internal.acme.io
                DatabasePw=$ENV{"OTRS_DATABASE_PASSWORD"}
                DatabaseDSN=DBI:mysql:database=$Self->{Database};host=$Self->{DatabaseHost}
                """);
        assertThat(noGo(otrs, "DatabasePw")).isEmpty();
        assertThat(noGo(otrs, "DatabaseDSN")).isEmpty();
        assertThat(noGo(findings("rt.properties", "DatabasePassword=$ENV{'DB_PASSWORD'}\n"), "DatabasePassword"))
                .isEmpty();
        assertThat(noGo(findings("rt.properties", "DatabasePassword=$ENV{'DB_PASSWORD'\n"), "DatabasePassword"))
                .isNotEmpty();
    }

    @Test
    void aZeroOrOneUnderAPasswordFeatureShouldBeASwitchButNotUnderAPassword() throws Exception {
        assertThat(about(findings("Config.properties", "CustomerPanelLostPassword=0\n"), "CustomerPanelLostPassword"))
                .isEmpty();
        assertThat(about(findings("hesk.properties", "hesk_settings.reset_pass=1\n"), "hesk_settings.reset_pass"))
                .isEmpty();
        assertThat(noGo(findings("app.env", "DB_PASSWORD=1\n"), "DB_PASSWORD")).isNotEmpty();
        assertThat(noGo(findings("app.env", "LOGIN_PASSWORD=0\n"), "LOGIN_PASSWORD")).isNotEmpty();
        assertThat(noGo(findings("app.env", "RESET_PASSWORD_SECRET=1\n"), "RESET_PASSWORD_SECRET")).isNotEmpty();
    }

    @Test
    void anApplicationsRootUrlInPlainHttpOnAPublicAddressShouldBeTlsOff() throws Exception {
        assertThat(noGo(findings("itop.properties", "app_root_url=http://99.80.63.94:8088/\n"), "app_root_url"))
                .anyMatch(finding -> finding.contains("sandbox.tls-off"));
        assertThat(about(findings("itop.properties", "app_root_url=https://99.80.63.94/\n"), "app_root_url"))
                .isEmpty();
        assertThat(about(findings("itop.properties", "app_root_url=http://10.169.39.45/\n"), "app_root_url"))
                .noneMatch(finding -> finding.startsWith("NO_GO"));
    }

    @Test
    void iTopsSecureConnectionRequirementTurnedOffShouldBeTlsOff() throws Exception {
        assertThat(about(findings("itop.properties", "secure_connection_required=false\n"),
                "secure_connection_required")).containsExactly("NO_GO sandbox.tls-off secure_connection_required"); // forty-eighth pass: no front
        assertThat(about(findings("itop.properties", "secure_connection_required=true\n"),
                "secure_connection_required")).isEmpty();
        assertThat(about(findings("app.properties", "secure.cookie.required=false\n"), "secure.cookie.required"))
                .noneMatch(finding -> finding.contains("sandbox.tls-off"));
    }

    @Test
    void tutorsAndIngressNginxsLoopbackDomainsShouldBeLocalButTheirProjectsSitesNot() throws Exception {
        assertThat(about(findings("tutor.properties", "LMS_HOST=local.overhang.io\n"), "LMS_HOST")).isNotEmpty();
        assertThat(about(findings("tutor.properties", "CMS_HOST=studio.local.openedx.io\n"), "CMS_HOST")).isNotEmpty();
        assertThat(about(findings("app.env", "API_URL=http://api.localdev.me/\n"), "API_URL")).isNotEmpty();
        assertThat(about(findings("tutor.properties", "LMS_HOST=docs.overhang.io\n"), "LMS_HOST")).isEmpty();
        assertThat(about(findings("tutor.properties", "LMS_HOST=learn.openedx.io\n"), "LMS_HOST")).isEmpty();
    }

    @Test
    void moodlesWwwRootShouldBeThePublicSiteAddress() throws Exception {
        assertThat(noGo(findings("moodle.properties", "wwwroot=http://localhost:8888\n"), "wwwroot")).isNotEmpty();
        assertThat(noGo(findings("moodle.env", "MOODLE_WWW_ROOT=http://129.151.196.195:8080\n"), "MOODLE_WWW_ROOT"))
                .anyMatch(finding -> finding.contains("sandbox.tls-off"));
        assertThat(about(findings("moodle.properties", "wwwroot=https://learn.acme.edu\n"), "wwwroot")).isEmpty();
        assertThat(about(findings("moodle.env", "MOODLE_WWW_ROOT=/var/www/html\n"), "MOODLE_WWW_ROOT")).isEmpty();
    }
}
