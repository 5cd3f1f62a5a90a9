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
}
