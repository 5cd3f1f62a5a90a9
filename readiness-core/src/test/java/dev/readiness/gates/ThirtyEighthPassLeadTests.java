package dev.readiness.gates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Blind sets 130 to 133 (thirty-eighth pass: fediverse servers, web analytics, workflow automation and low-code,
 * developer tools), read after their first scoring: template domains in other languages, masked host names, Salt's
 * pillar look-ups, Snowplow's credential modes, the MySQL image's quoted switches, a database host beside an embedded
 * engine, the service's own public address in plain HTTP on a public name, and sSMTP's relay. Each rule beside the
 * value that tempts it; every built-in gate runs.
 */
class ThirtyEighthPassLeadTests extends EveryGateOnOneFile {

    @Test
    void theWordForDomainInAnotherLanguageShouldBeATemplateDomainButOnlyAsTheRegistrableName() throws Exception {
        assertThat(noGo(findings("baserow.env", "DOMAIN=baserow.dominio.com.br\n"), "DOMAIN")).isNotEmpty();
        assertThat(noGo(findings("site.env", "SITE_URL=https://app.domaine.fr\n"), "SITE_URL")).isNotEmpty();
        assertThat(about(findings("site.env", "SITE_URL=https://dominio.acme.com.br\n"), "SITE_URL")).isEmpty();
        assertThat(about(findings("site.env", "SITE_URL=https://app.dominios-acme.com\n"), "SITE_URL")).isEmpty();
    }

    @Test
    void twoLabelsOfOnlyXInARowShouldBeAMaskedNameButOneShouldNot() throws Exception {
        assertThat(noGo(findings("gerrit.properties", "ldap.server=ldap://ldap.x.x.com\n"), "ldap.server"))
                .isNotEmpty();
        assertThat(about(findings("app.properties", "social.url=https://x.com/acme\n"), "social.url")).isEmpty();
        assertThat(about(findings("app.properties", "ai.url=https://api.x.ai/v1\n"), "ai.url")).isEmpty();
    }

    @Test
    void aPillarLookUpShouldBeRenderedButALoneVariableStaysAMarker() throws Exception {
        List<String> salt = findings("umami.env", """
                APP_SECRET={{ pillar['umami']['secret'] }}
                PGPASSWORD={{ pillar['postgresql']['password'] }}
                """);
        assertThat(noGo(salt, "APP_SECRET")).isEmpty();
        assertThat(noGo(salt, "PGPASSWORD")).isEmpty();
        assertThat(noGo(findings("umami.env", "APP_SECRET={{ app_secret }}\n"), "APP_SECRET")).isNotEmpty();
    }

    @Test
    void theSameCredentialModeInBothHalvesOfAnAccessKeyPairShouldHoldNoSecret() throws Exception {
        List<String> collector = findings("collector.properties", """
                collector.sink.kinesis.aws.access-key=iam
                collector.sink.kinesis.aws.secret-key=iam
                """);
        assertThat(noGo(collector, "collector.sink.kinesis.aws.access-key")).isEmpty();
        assertThat(noGo(collector, "collector.sink.kinesis.aws.secret-key")).isEmpty();
        List<String> lone = findings("collector.properties", """
                collector.sink.kinesis.aws.access-key=AKIAIOSFODNN7EXAMPLE
                collector.sink.kinesis.aws.secret-key=iam
                """);
        assertThat(noGo(lone, "collector.sink.kinesis.aws.secret-key")).isNotEmpty();
    }

    @Test
    void aQuotedDigitUnderTheImagesRandomPasswordSwitchShouldBeASwitchButNotUnderThePassword() throws Exception {
        assertThat(about(findings("matomo.env", "MYSQL_RANDOM_ROOT_PASSWORD= '1'\n"), "MYSQL_RANDOM_ROOT_PASSWORD"))
                .isEmpty();
        assertThat(about(findings("db.env", "MARIADB_RANDOM_ROOT_PASSWORD=\"yes\"\n"),
                "MARIADB_RANDOM_ROOT_PASSWORD")).isEmpty();
        assertThat(noGo(findings("db.env", "MYSQL_ROOT_PASSWORD= '1'\n"), "MYSQL_ROOT_PASSWORD")).isNotEmpty();
    }

    @Test
    void aLoopbackHostBesideAnEmbeddedEngineShouldBeUnusedButBesideAServerEngineNot() throws Exception {
        List<String> sqlite = findings("config.ini.properties", """
                database.type=sqlite3
                database.filename=writefreely.db
                database.host=localhost
                database.password=
                """);
        assertThat(about(sqlite, "database.host")).isEmpty();
        assertThat(noGo(sqlite, "database.type")).isNotEmpty();
        List<String> mysql = findings("config.ini.properties", """
                database.type=mysql
                database.host=localhost
                database.username=root
                database.password=
                """);
        assertThat(about(mysql, "database.host")).anyMatch(finding -> finding.contains("database.loopback"));
    }

    @Test
    void theServicesOwnAddressInPlainHttpOnAPublicNameShouldBeANoGo() throws Exception {
        assertThat(noGo(findings("gitlab.properties", "external_url=http://gitlab.acme.de\n"), "external_url"))
                .anyMatch(finding -> finding.contains("sandbox.tls-off"));
        assertThat(noGo(findings("app.ini.properties", "server.ROOT_URL=http://git.acme.com:8088/\n"),
                "server.ROOT_URL")).isNotEmpty();
        assertThat(noGo(findings("config.ini.properties", "app.host=http://blog.acme.ca\n"), "app.host"))
                .isNotEmpty();
        assertThat(about(findings("gitlab.properties", "external_url=https://gitlab.acme.de\n"), "external_url"))
                .isEmpty();
        assertThat(about(findings("lms.env", "LMS_INTERNAL_ROOT_URL=http://lms.acme.com\n"),
                "LMS_INTERNAL_ROOT_URL")).isEmpty();
        assertThat(noGo(findings("forgejo.env", "FORGEJO__server__ROOT_URL=http://forgejo:3000/\n"),
                "FORGEJO__server__ROOT_URL")).isEmpty();
        assertThat(noGo(findings("edx.env", "LMS_ROOT_URL=http://edx.devstack.lms:18000\n"), "LMS_ROOT_URL"))
                .isEmpty();
        assertThat(noGo(findings("app.env", "STATUS_URL=http://status.acme.com\n"), "STATUS_URL")).isEmpty();
    }

    @Test
    void sSmtpsRelayAtAnExampleHostShouldBeATemplateButARealRelayNot() throws Exception {
        assertThat(noGo(findings("hubzilla.env", "SSMTP_MAILHUB=mail.example.com:587\n"), "SSMTP_MAILHUB"))
                .isNotEmpty();
        assertThat(about(findings("hubzilla.env", "SSMTP_MAILHUB=smtp.sendgrid.net:587\n"), "SSMTP_MAILHUB"))
                .isEmpty();
    }

    @Test
    void mastodonsAndLemmysOwnHttpsSwitchesOffShouldWarnButAListenOrClientSwitchNot() throws Exception {
        assertThat(about(findings("mastodon.env", "LOCAL_HTTPS=false\n"), "LOCAL_HTTPS"))
                .containsExactly("WARN sandbox.tls-off LOCAL_HTTPS");
        assertThat(about(findings("lemmy.env", "LEMMY_UI_HTTPS=false\n"), "LEMMY_UI_HTTPS"))
                .containsExactly("WARN sandbox.tls-off LEMMY_UI_HTTPS");
        assertThat(about(findings("gitlab.properties", "nginx.listen_https=false\n"), "nginx.listen_https"))
                .isEmpty();
        assertThat(about(findings("app.properties", "integrations.docker.cluster.https=false\n"),
                "integrations.docker.cluster.https")).isEmpty();
        assertThat(about(findings("mastodon.env", "LOCAL_HTTPS=true\n"), "LOCAL_HTTPS")).isEmpty();
    }

    @Test
    void nocoDbsOneLetterCredentialsShouldBeReadAndTheirPasswordNeverPrinted() throws Exception {
        assertThat(noGo(findings("nocodb.env", "NC_DB=pg://data_postgres:5432?u=xxx&p=xxx&d=xxx\n"), "NC_DB"))
                .containsExactly("NO_GO database.template-credentials NC_DB");
        assertThat(noGo(findings("nocodb.env", "NC_DB=mysql2://db:3306?u=root&p=root&d=nocodb\n"), "NC_DB"))
                .isNotEmpty();
        String canary = "Zq8-canary-Ld93vTpw";
        List<String> strong = findings("nocodb.env", "NC_DB=pg://db.acme.io:5432?u=noco&p=" + canary + "&d=noco\n");
        assertThat(noGo(strong, "NC_DB")).isEmpty();
        Settings settings = Settings.of(java.util.Map.of("NC_DB", "pg://postgres:5432?u=xxx&p=" + canary + "&d=x"));
        for (dev.readiness.Gate gate : dev.readiness.Gates.discover()) {
            gate.check(dev.readiness.GateContext.of(dev.readiness.Stage.PRODUCTION, settings)).findings()
                    .forEach(finding -> assertThat(finding.message() + finding.remediation()).doesNotContain(canary));
        }
    }

    @Test
    void matomosOnlyTrustedHostOnTheLocalMachineShouldBeANoGoButBesideTheRealHostNot() throws Exception {
        assertThat(noGo(findings("config.ini.properties", "General.trusted_hosts[0]=localhost:9090\n"),
                "General.trusted_hosts[0]")).containsExactly("NO_GO sandbox.local-public-url General.trusted_hosts[0]");
        List<String> both = findings("config.ini.properties", """
                General.trusted_hosts[0]=localhost
                General.trusted_hosts[1]=stats.acme.org
                """);
        assertThat(about(both, "General.trusted_hosts[0]")).isEmpty();
        assertThat(about(findings("config.ini.properties", "General.trusted_hosts[0]=stats.acme.org\n"),
                "General.trusted_hosts[0]")).isEmpty();
        assertThat(about(findings("app.properties", "servers[0]=localhost\n"), "servers[0]")).isEmpty();
    }
}
