package dev.readiness.gates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The lead's readings of the forty-fourth pass: rules for what the first contact with the blind sets 178 to 185
 * missed or raised falsely, each beside the value that tempts it; every built-in gate runs.
 */
class FortyFourthPassLeadTests extends EveryGateOnOneFile {

    @Test
    void aSocketBesideALoopbackHostOfItsSectionShouldBeTheHostsOneFinding() throws Exception {
        String section = """
                shared_lists.adapter=mysql
                shared_lists.host=localhost
                shared_lists.database=sharedlists
                shared_lists.username=sharedlists
                shared_lists.password=${SHARED_LISTS_PASSWORD}
                shared_lists.socket=/opt/lampp/var/mysql/mysql.sock
                """;
        assertThat(about(findings("app_config.properties", section), "shared_lists.host"))
                .anyMatch(finding -> finding.contains("database.loopback shared_lists.host"));
        assertThat(about(findings("app_config.properties", section), "shared_lists.socket")).isEmpty();
        String env = "DB_HOST=127.0.0.1\nDB_NAME=shop\nDB_USER=shop\nDB_PASSWORD=${DB_PASSWORD}\nDB_SOCKET=/var/run/mysqld/mysqld.sock\n";
        assertThat(about(findings("app.env", env), "DB_SOCKET")).isEmpty();
    }

    @Test
    void aSocketAloneOrBesideARemoteHostShouldStayTheLoopbackFinding() throws Exception {
        String alone = """
                production.adapter=mysql
                production.database=crm_production
                production.username=crm
                production.password=${CRM_DB_PASSWORD}
                production.socket=/tmp/mysql.sock
                """;
        assertThat(about(findings("database.properties", alone), "production.socket"))
                .anyMatch(finding -> finding.contains("database.loopback"));
        String remote = alone + "production.host=crm-db.prod.internal\n";
        assertThat(about(findings("database.properties", remote), "production.socket"))
                .anyMatch(finding -> finding.contains("database.loopback"));
    }

    @Test
    void aLetsEncryptStagingIssuerUnderAnyIssuerKeyShouldBeTheStagingCa() throws Exception {
        assertThat(noGo(findings("values.properties", "global.clusterIssuer=lets-encrypt-staging\n"),
                "global.clusterIssuer")).contains("NO_GO sandbox.test-mode global.clusterIssuer");
        assertThat(noGo(findings("values.properties", "global.clusterIssuer=lets-encrypt-prod\n"),
                "global.clusterIssuer")).isEmpty();
        assertThat(noGo(findings("application.properties", "auth.token.issuer=acme-staging\n"),
                "auth.token.issuer")).isEmpty();
    }

    @Test
    void theValueHalfOfAnAuthenticationHeaderPairShouldBeJudgedAsTheSecretItIs() throws Exception {
        String pair = """
                thingsboard.auth_header_name=custom-auth-header
                thingsboard.auth_header_value=custom-auth-header-value
                """;
        assertThat(noGo(findings("config.properties", pair), "thingsboard.auth_header_value"))
                .anyMatch(finding -> finding.startsWith("NO_GO secrets."));
        assertThat(noGo(findings("config.properties", "webhook.headerName=X-Api-Key\nwebhook.headerValue=changeme\n"),
                "webhook.headerValue")).anyMatch(finding -> finding.startsWith("NO_GO secrets."));
        assertThat(noGo(findings("config.properties", pair.replace("custom-auth-header-value", "${AUTH_HEADER_VALUE}")),
                "thingsboard.auth_header_value")).isEmpty();
    }

    @Test
    void aResponseHeadersValueOrAHeaderValueWithoutItsNameShouldStayNoSecret() throws Exception {
        String frame = "security.headers.header-name=X-Frame-Options\nsecurity.headers.header-value=DENY\n";
        assertThat(about(findings("application.properties", frame), "security.headers.header-value")).isEmpty();
        assertThat(about(findings("application.properties", "api.auth_header_value=changeme\n"),
                "api.auth_header_value")).isEmpty();
    }

    @Test
    void aPhpDataObjectsDsnShouldBeReadForItsHostAndDriver() throws Exception {
        String atom = "ATOM_MYSQL_DSN=mysql:host=percona;port=3306;dbname=atom;charset=utf8mb4\n"
                + "ATOM_MYSQL_USERNAME=atom\nATOM_MYSQL_PASSWORD=${ATOM_MYSQL_PASSWORD}\n";
        assertThat(about(findings("atom.env", atom), "ATOM_MYSQL_DSN")).isEmpty();
        assertThat(about(findings("app.env", "DB_DSN=pgsql:host=orders-db.prod.internal;port=5432;dbname=orders\n"),
                "DB_DSN")).isEmpty();
        assertThat(about(findings("app.env", "DB_DSN=mysql:host=localhost;dbname=orders\n"), "DB_DSN"))
                .anyMatch(finding -> finding.contains("database.loopback DB_DSN"));
        assertThat(about(findings("app.env", "DB_DSN=mysql:unix_socket=/var/run/mysqld/mysqld.sock;dbname=orders\n"),
                "DB_DSN")).as("a socket is judged as the same socket in a URL is").isEmpty();
    }

    @Test
    void aMainNetworkSwitchedOffShouldBeTheTestNetworkButOnOrAUrlStaysClean() throws Exception {
        assertThat(noGo(findings("app.env", "NEXT_PUBLIC_IS_MAINNET=false\n"), "NEXT_PUBLIC_IS_MAINNET"))
                .contains("NO_GO sandbox.test-mode NEXT_PUBLIC_IS_MAINNET");
        assertThat(noGo(findings("app.env", "MAINNET=false\n"), "MAINNET")).contains("NO_GO sandbox.test-mode MAINNET");
        assertThat(about(findings("app.env", "NEXT_PUBLIC_IS_MAINNET=true\n"), "NEXT_PUBLIC_IS_MAINNET")).isEmpty();
        assertThat(about(findings("app.env", "BASE_MAINNET_RPC_URL=https://mainnet.base.org\n"), "BASE_MAINNET_RPC_URL"))
                .isEmpty();
    }

    @Test
    void aHostWhoseLastLabelNamesAnAddressSlotShouldBeTemplateText() throws Exception {
        assertThat(noGo(findings("recordmanager.properties", "OAI-PMH.base_url=http://base.address\n"),
                "OAI-PMH.base_url")).isNotEmpty();
        assertThat(noGo(findings("app.env", "MAIL_HOST=smtp.hostname\n"), "MAIL_HOST")).isNotEmpty();
        assertThat(noGo(findings("recordmanager.properties", "OAI-PMH.base_url=https://oai.finna.fi\n"),
                "OAI-PMH.base_url")).isEmpty();
        assertThat(noGo(findings("app.env", "SITE_URL=https://shop.acme.host\n"), "SITE_URL")).isEmpty();
    }

    @Test
    void aTopLevelHostBesideADatabaseNameAndAPasswordShouldBeADatabaseHostWithoutAPort() throws Exception {
        String dbIni = "host=localhost\nusername=omeka\npassword=${DB_PASSWORD}\ndbname=omeka\nprefix=omeka_\n";
        assertThat(about(findings("db.properties", dbIni), "host"))
                .anyMatch(finding -> finding.contains("database.loopback host"));
        String mail = "host=localhost\nusername=mailer\npassword=${MAIL_PASSWORD}\nport=25\n";
        assertThat(about(findings("mail.properties", mail), "host")).isEmpty();
        String noPassword = "host=localhost\nusername=omeka\ndbname=omeka\n";
        assertThat(about(findings("db.properties", noPassword), "host")).isEmpty();
    }
}
