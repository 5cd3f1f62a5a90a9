package dev.readiness.gates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Blind sets 111 to 114 (thirty-sixth pass: Java content and workflow platforms, data pipelines, game servers and
 * bots, Play/Ktor/Akka services): Nuxeo's {@code ${env:NAME:default}}, Windows-style {@code %NAME%} tokens, digests of
 * common passwords as Alfresco and Activiti store them, Kafka's SASL over plain text, template entries in host
 * allow-lists, a bare {@code example} host, a directory path with capitalised names, comment entries of JSON files,
 * and game servers' display names. Each rule beside the value that tempts it; every built-in gate runs.
 */
class ThirtySixthPassLeadTests extends EveryGateOnOneFile {

    @Test
    void nuxeosEnvironmentReferenceWithADefaultShouldJudgeTheDefault() throws Exception {
        List<String> found = findings("nuxeo.properties", """
                nuxeo.db.host=${env:NUXEO_DB_HOST:localhost}
                nuxeo.db.user=${env:NUXEO_DB_USER:nuxeo}
                nuxeo.db.password=${env:NUXEO_DB_PASSWORD:nuxeo}
                """);
        assertThat(about(found, "nuxeo.db.password")).isNotEmpty();
        assertThat(about(found, "nuxeo.db.host")).isNotEmpty();
        List<String> clean = findings("nuxeo.properties", """
                nuxeo.db.host=${env:NUXEO_DB_HOST:db.internal.acme.io}
                nuxeo.db.password=${env:NUXEO_DB_PASSWORD}
                jwt.secret=${env:JWT_SECRET, 'x'}
                """);
        assertThat(about(clean, "nuxeo.db.host")).noneMatch(finding -> !finding.startsWith("INFO"));
        assertThat(about(clean, "nuxeo.db.password")).noneMatch(finding -> !finding.startsWith("INFO"));
    }

    @Test
    void aPercentTokenAnEntrypointFillsShouldBeAReferenceButAFillInNoteNot() throws Exception {
        List<String> found = findings("alfresco.properties", """
                db.username=%DB_USER%
                db.password=%DB_PW%
                db.host=%DB_HOST%
                db.url=jdbc:postgresql://${db.host}:5432/alfresco
                """);
        assertThat(found).noneMatch(finding -> finding.startsWith("NO_GO"));
        assertThat(findings("alfresco.properties", "db.password=%CHANGE_ME%\n"))
                .anyMatch(finding -> finding.startsWith("NO_GO") && finding.endsWith(" db.password"));
    }

    @Test
    void digestsOfCommonPasswordsAsAlfrescoAndActivitiStoreThemShouldBeGuessable() throws Exception {
        List<String> found = findings("alfresco.properties", """
                alfresco_user_store.adminpassword=209c6174da490caeb422f3fa5a7ae634
                admin.passwordHash=25a463679c56c474f20d8f592e899ef4cb3f79177c19e3782ed827b5c0135c466256f1e7b60e576e
                """);
        assertThat(found).contains("NO_GO secrets.guessable alfresco_user_store.adminpassword",
                "NO_GO secrets.guessable admin.passwordHash");
        List<String> clean = findings("alfresco.properties", """
                alfresco_user_store.adminpassword=7c4a3f0e9a1b2c3d4e5f60718293a4b5
                admin.passwordHash=1f2e3d4c5b6a79880a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90
                """);
        assertThat(about(clean, "alfresco_user_store.adminpassword")).noneMatch(f -> f.contains("guessable"));
        assertThat(about(clean, "admin.passwordHash")).noneMatch(f -> f.contains("guessable"));
    }

    @Test
    void kafkaSaslOverPlainTextShouldBeTlsOffAndSslClean() throws Exception {
        assertThat(findings("client.properties", """
                security.protocol=SASL_PLAINTEXT
                sasl.mechanism=PLAIN
                """)).contains("NO_GO sandbox.tls-off security.protocol");
        assertThat(findings("client.properties", """
                spring.kafka.properties.security.protocol=SASL_PLAINTEXT
                spring.kafka.properties.sasl.mechanism=SCRAM-SHA-512
                """)).contains("WARN sandbox.tls-off spring.kafka.properties.security.protocol");
        assertThat(findings("client.properties", """
                security.protocol=SASL_SSL
                sasl.mechanism=PLAIN
                kafka.security.protocol=PLAINTEXT
                """)).noneMatch(finding -> finding.contains("tls-off"));
    }

    @Test
    void anAllowListWithATemplateEntryShouldBeReportedAndRealEntriesNot() throws Exception {
        assertThat(findings("portal-ext.properties", """
                tunnel.servlet.hosts.allowed=127.0.0.1,SERVER_IP,LOCAL_IP
                redirect.url.ips.allowed=127.0.0.1,SERVER_IP
                ALLOWED_HOSTS=localhost,your-ip
                """)).contains("NO_GO sandbox.reserved-host tunnel.servlet.hosts.allowed",
                "NO_GO sandbox.reserved-host redirect.url.ips.allowed", "NO_GO sandbox.reserved-host ALLOWED_HOSTS");
        assertThat(findings("portal-ext.properties", """
                tunnel.servlet.hosts.allowed=127.0.0.1,10.0.4.12,portal-node-2
                redirect.url.ips.allowed=127.0.0.1,*
                ALLOWED_HOSTS=shop.acme.io,127.0.0.1,app
                """)).noneMatch(finding -> finding.contains("reserved-host"));
    }

    @Test
    void aBareExampleHostShouldBeTemplateTextAndAServiceNameNot() throws Exception {
        assertThat(findings("app.properties", """
                citrix2rocket.mail.host=example
                rocket.url=http://example:3000
                """)).contains("NO_GO sandbox.reserved-host citrix2rocket.mail.host",
                "NO_GO sandbox.reserved-host rocket.url");
        assertThat(findings("app.properties", """
                citrix2rocket.mail.host=mail
                rocket.url=http://rocketchat:3000
                """)).noneMatch(finding -> finding.startsWith("NO_GO"));
    }

    @Test
    void aDirectoryPathWithCapitalisedNamesShouldNotBeASecretButTheSameNameUnrootedShould() throws Exception {
        assertThat(about(findings("app.properties", "rosemary.crypto.key=/app/Rosemary-Vanilla/keys\n"),
                "rosemary.crypto.key")).isEmpty();
        assertThat(findings("app.properties", "crypto.key=Rosemary-Vanilla\n"))
                .contains("NO_GO secrets.guessable crypto.key");
    }

    @Test
    void commentEntriesOfJsonFilesShouldNotBeSecretsButTheSecretsBesideThemShould() throws Exception {
        List<String> found = findings("server-settings.properties", """
                _comment_credentials=Your factorio.com login credentials. Required for games with visibility public
                _comment_token=Authentication token. May be used instead of 'password' above.
                token=changeme
                """);
        assertThat(about(found, "_comment_credentials")).isEmpty();
        assertThat(about(found, "_comment_token")).isEmpty();
        assertThat(about(found, "token")).anyMatch(finding -> finding.startsWith("NO_GO"));
    }

    @Test
    void aGameServersDisplayNameShouldNotBeTemplateTextButAnAskingPhraseShould() throws Exception {
        List<String> clean = findings("server.properties", """
                hostname=The Council
                sv_hostname=My new FXServer!
                """);
        assertThat(clean).noneMatch(finding -> finding.startsWith("NO_GO"));
        assertThat(findings("server.properties", """
                hostname=your server host here
                SERVER_HOSTNAME=enter your domain
                """)).anyMatch(finding -> finding.equals("NO_GO sandbox.reserved-host hostname"))
                .anyMatch(finding -> finding.equals("NO_GO sandbox.reserved-host SERVER_HOSTNAME"));
    }

    @Test
    void aListOfWhatATokenCheckIgnoresShouldNotBeASecretButTheTokenShould() throws Exception {
        List<String> found = findings("portal-ext.properties", """
                auth.token.ignore.portlets=es_aragon_base_news_list_web_newslistportlet,com_liferay_login_web_LoginPortlet
                csrf.token.excluded=/api/webhooks,/health
                auth.token.shared.secret=changeme
                """);
        assertThat(about(found, "auth.token.ignore.portlets")).isEmpty();
        assertThat(about(found, "csrf.token.excluded")).isEmpty();
        assertThat(about(found, "auth.token.shared.secret")).anyMatch(finding -> finding.startsWith("NO_GO"));
    }

    @Test
    void aRedactedAddressShouldBeTemplateTextAndAHostNamedSoNot() throws Exception {
        assertThat(findings("panel.env", """
                APP_URL=REDACTED
                API_URL=[redacted]
                """)).contains("NO_GO sandbox.template-url APP_URL", "NO_GO sandbox.template-url API_URL");
        assertThat(findings("panel.env", """
                APP_URL=https://redacted.acme.io
                APP_NAME=REDACTED
                """)).noneMatch(finding -> finding.startsWith("NO_GO"));
    }

    @Test
    void aCamelCaseTokenBetweenDoubledMarksShouldBeAReferenceButAFillInNoteNot() throws Exception {
        assertThat(findings("application.properties", """
                context.resources.jdbc.labkeyDataSource.password=@@jdbcPassword@@
                context.resources.jdbc.labkeyDataSource.url=@@jdbcURL@@
                context.encryptionKey=@@encryptionKey@@
                """)).noneMatch(finding -> finding.startsWith("NO_GO") || finding.startsWith("WARN"));
        assertThat(findings("application.properties", "context.encryptionKey=@@changeMe@@\n"))
                .anyMatch(finding -> finding.startsWith("NO_GO") && finding.endsWith(" context.encryptionKey"));
    }

    @Test
    void aFormsPasswordPlaceholderTextShouldNotBeASecretButThePasswordShould() throws Exception {
        List<String> found = findings("ood_portal.properties", """
                dex.frontend.extra.passwordPlaceholder=Password
                dex.staticPasswords[0].password=Password
                """);
        assertThat(about(found, "dex.frontend.extra.passwordPlaceholder")).isEmpty();
        assertThat(about(found, "dex.staticPasswords[0].password")).anyMatch(finding -> finding.startsWith("NO_GO"));
    }

    @Test
    void anSnmpCommunityShouldBeJudgedAsACredentialAndOtherCommunitiesNot() throws Exception {
        List<String> found = findings("librenms.env", """
                LIBRENMS_SNMP_COMMUNITY=changeme
                SNMP_COMMUNITY=public
                COMMUNITY_URL=https://forum.acme.io
                COMMUNITY_NAME=changeme
                """);
        assertThat(about(found, "LIBRENMS_SNMP_COMMUNITY")).anyMatch(finding -> finding.startsWith("NO_GO"));
        assertThat(about(found, "SNMP_COMMUNITY")).anyMatch(finding -> finding.startsWith("NO_GO"));
        assertThat(about(found, "COMMUNITY_URL")).isEmpty();
        assertThat(about(found, "COMMUNITY_NAME")).isEmpty();
        assertThat(findings("librenms.env", "LIBRENMS_SNMP_COMMUNITY=${SNMP_COMMUNITY}\n"))
                .noneMatch(finding -> finding.startsWith("NO_GO"));
    }

    @Test
    void aWildcardDnsNameWithItsAddressLeftAsXxxxShouldBeTemplateTextAndARealOneNot() throws Exception {
        assertThat(findings("netbird.env", """
                NETBIRD_DOMAIN=netbird.x.x.x.x.sslip.io
                RELAY_URL=https://relay.x.x.x.x.nip.io/relay
                """)).contains("NO_GO sandbox.reserved-host NETBIRD_DOMAIN", "NO_GO sandbox.reserved-host RELAY_URL");
        assertThat(findings("netbird.env", """
                NETBIRD_DOMAIN=netbird.203.0.113.7.sslip.io
                RELAY_URL=https://relay.box.example-corp.io/relay
                """)).noneMatch(finding -> finding.contains("reserved-host"));
    }
}
