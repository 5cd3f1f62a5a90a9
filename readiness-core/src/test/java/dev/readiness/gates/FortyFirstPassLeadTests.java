package dev.readiness.gates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The lead's readings of the forty-first pass: rules for what the first contact with the blind sets 154 to 159 missed
 * or raised falsely, each beside the value that tempts it; every built-in gate runs.
 */
class FortyFirstPassLeadTests extends EveryGateOnOneFile {

    @Test
    void frigatesOwnEnvironmentReferencesShouldBeSuppliedAtRunTimeButOtherBracedNamesStayTemplateText()
            throws Exception {
        String frigate = """
                mqtt.host=mosquitto
                mqtt.user={FRIGATE_MQTT_USER}
                mqtt.password={FRIGATE_MQTT_PASSWORD}
                go2rtc.streams.entrance[0]=rtsp://{FRIGATE_CAM_USER}:{FRIGATE_CAM_PASSWORD}@{FRIGATE_CAM_HOST}:554/main
                """;
        assertThat(noGo(findings("frigate.properties", frigate), "mqtt.password")).isEmpty();
        assertThat(noGo(findings("frigate.properties", frigate), "go2rtc.streams.entrance[0]")).isEmpty();
        assertThat(about(findings("frigate.properties", frigate), "mqtt.password"))
                .containsExactly("INFO settings.deferred mqtt.password");
        assertThat(noGo(findings("app.properties", "spring.datasource.password={DB_PASSWORD}\n"),
                "spring.datasource.password")).isNotEmpty();
        assertThat(noGo(findings("frigate.properties", "mqtt.password={FRIGATE_mqtt}\n"), "mqtt.password"))
                .isNotEmpty();
        assertThat(about(findings("frigate.properties",
                "go2rtc.streams.door[0]=rtsp://admin:{FRIGATE_RTSP_PASSWORD}@frigate.local:554/main\n"),
                "go2rtc.streams.door[0]")).isNotEmpty();
    }

    @Test
    void encryptedBlocksOfHieraEyamlShouldBeCiphertextButTextThatOnlyOpensAlikeNot() throws Exception {
        String hiera = """
                smtp_userpassword=ENC[PKCS7,MIIBeQYJKoZIhvcNAQcDoIIBajCCAWYCAQAxggEhMIIBHQIBADAFMAACAQEwDQYJKoZIhvcNAQEBBQAEggEAq]
                azure_dns_client_secret=ENC[GPG,hQEMA8Wf2sP7cJ3eAQf/Xa1b2c3d4e5f]
                spring.datasource.url=ENC[PKCS7,MIIBiQYJKoZIhvcNAQcDoIIBejCCAXYCAQAxggEhMIIBHQIBADAF]
                ldap_bind_password=ENC[VP7yvNiPEkclvmqxRxMc/MvEyAMcBG3ugJEw=:bZZy9YRqN4FEUJViJBIIpQ==]
                """;
        assertThat(noGo(findings("common.properties", hiera), "smtp_userpassword")).isEmpty();
        assertThat(noGo(findings("common.properties", hiera), "azure_dns_client_secret")).isEmpty();
        assertThat(about(findings("common.properties", hiera), "spring.datasource.url")).isEmpty();
        assertThat(noGo(findings("common.properties", hiera), "ldap_bind_password")).isEmpty();
        assertThat(noGo(findings("common.properties", "smtp_userpassword=ENC[changeme]\n"), "smtp_userpassword"))
                .isNotEmpty();
        assertThat(noGo(findings("common.properties", "smtp_userpassword=ENC[your_secret_password_here]\n"),
                "smtp_userpassword")).isNotEmpty();
    }

    @Test
    void hieraInterpolationsShouldBeReadFromTheirSourceButOtherPercentTextNot() throws Exception {
        String hiera = """
                percona_mysql_root_password=%{hiera('mysql_root_password')}
                app_db_password=%{lookup('profile::db::password')}
                app_db_host=%{::fqdn}
                """;
        assertThat(about(findings("common.properties", hiera), "percona_mysql_root_password"))
                .containsExactly("INFO settings.deferred percona_mysql_root_password");
        assertThat(about(findings("common.properties", hiera), "app_db_password"))
                .containsExactly("INFO settings.deferred app_db_password");
        assertThat(noGo(findings("common.properties", hiera), "app_db_host")).isEmpty();
        assertThat(noGo(findings("common.properties", "app_db_password=%{literal('%')}secret\n"),
                "app_db_password")).isNotEmpty();
        assertThat(noGo(findings("common.properties", "app_db_password=%{lookup(mysql)}\n"), "app_db_password"))
                .isNotEmpty();
    }

    @Test
    void aPasswordAbbreviationGluedToWhatItGuardsShouldBeAPasswordButItsStrongValueClean() throws Exception {
        assertThat(noGo(findings("common.properties", "mysql_rootpw=123456\n"), "mysql_rootpw")).isNotEmpty();
        assertThat(noGo(findings("kamctlrc.env", "DBROOTPW=admin\n"), "DBROOTPW")).isNotEmpty();
        assertThat(noGo(findings("slapd.properties", "ldap.bindpw=secret\n"), "ldap.bindpw")).isNotEmpty();
        assertThat(about(findings("common.properties", "mysql_rootpw=K7qv9wLm2xR4pTz8Nc3Hb6Js\n"), "mysql_rootpw"))
                .isEmpty();
        assertThat(about(findings("kamctlrc.env", "DBROOTPW=${DB_ROOT_PASSWORD}\n"), "DBROOTPW"))
                .containsExactly("INFO settings.deferred DBROOTPW");
        assertThat(about(findings("app.properties", "ui.showpw=true\n"), "ui.showpw")).isEmpty();
    }

    @Test
    void anIdentitysAccessKeyBesideItsSecretKeyShouldBeItsIdentifierButALoneAccessKeyStaysASecret() throws Exception {
        String identities = """
                identities[0].name=writer
                identities[0].credentials[0].accessKey=writer
                identities[0].credentials[0].secretKey=REPLACE_WITH_STRONG_SECRET_WRITER
                """;
        assertThat(about(findings("s3.properties", identities), "identities[0].credentials[0].accessKey")).isEmpty();
        assertThat(noGo(findings("s3.properties", identities), "identities[0].credentials[0].secretKey"))
                .isNotEmpty();
        assertThat(noGo(findings("s3.properties", """
                identities[0].credentials[0].accessKey=your-access-key
                identities[0].credentials[0].secretKey=K7qv9wLm2xR4pTz8Nc3Hb6JsQ1
                """), "identities[0].credentials[0].accessKey")).isNotEmpty();
        assertThat(noGo(findings("s3.properties", "identities[0].credentials[0].accessKey=writer\n"),
                "identities[0].credentials[0].accessKey")).isNotEmpty();
    }

    @Test
    void theClusterDomainWrittenAsAnAbsoluteNameShouldStayCleanButAMachinesLocalNameNot() throws Exception {
        assertThat(about(findings("values.properties", "clusterDomain=cluster.local.\n"), "clusterDomain")).isEmpty();
        assertThat(about(findings("values.properties", "clusterDomain=cluster.local\n"), "clusterDomain")).isEmpty();
        assertThat(noGo(findings("values.properties", "clusterDomain=nas.local.\n"), "clusterDomain")).isNotEmpty();
    }
}
