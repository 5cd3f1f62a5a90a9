package dev.readiness.gates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.settings.RelaxedNames;

import org.junit.jupiter.api.Test;

/**
 * The lead's readings of the forty-second pass: rules for what the first contact with the blind sets 162 to 169
 * missed or raised falsely, each beside the value that tempts it; every built-in gate runs.
 */
class FortySecondPassLeadTests extends EveryGateOnOneFile {

    @Test
    void anAcronymBeforeACapitalisedWordShouldBeAWordOfItsOwnButALoneCapitalOrAPluralNot() {
        assertThat(RelaxedNames.words("insecureSkipTLSVerify")).containsExactly("insecure", "skip", "tls", "verify");
        assertThat(RelaxedNames.words("DBPassword")).containsExactly("db", "password");
        assertThat(RelaxedNames.words("TOTPMasterSecret")).containsExactly("totp", "master", "secret");
        assertThat(RelaxedNames.words("OAuthToken")).containsExactly("oauth", "token");
        assertThat(RelaxedNames.words("redirectURIs")).containsExactly("redirect", "uris");
        assertThat(RelaxedNames.words("CIDRsAllowed")).containsExactly("cidrs", "allowed");
        assertThat(RelaxedNames.words("STRIPE_SECRET_KEY")).containsExactly("stripe", "secret", "key");
    }

    @Test
    void veleroStyleInsecureSkipTlsVerifyShouldBeReadAsTheSwitchItIs() throws Exception {
        String velero = """
                configuration.backupStorageLocation[0].config.s3Url=https://minio.backup.example.org
                configuration.backupStorageLocation[0].config.insecureSkipTLSVerify=true
                """;
        assertThat(noGo(findings("values.properties", velero),
                "configuration.backupStorageLocation[0].config.insecureSkipTLSVerify"))
                .containsExactly("NO_GO sandbox.tls-unverified "
                        + "configuration.backupStorageLocation[0].config.insecureSkipTLSVerify");
        assertThat(about(findings("values.properties",
                "configuration.backupStorageLocation[0].config.insecureSkipTLSVerify=false\n"),
                "configuration.backupStorageLocation[0].config.insecureSkipTLSVerify")).isEmpty();
    }

    @Test
    void aPlainLdapAddressShouldStayReportedBesideASwitchThatDisablesTheCertificateCheck() throws Exception {
        String killbill = """
                org.killbill.security.ldap.url=ldap://directory.acme-corp.net:389
                org.killbill.security.ldap.disableSSLCheck=true
                org.killbill.security.ldap.systemUsername=cn=admin,dc=corp
                org.killbill.security.ldap.systemPassword=Vq8mZ2rT6pXk4LwN9sJd
                """;
        assertThat(noGo(findings("killbill.properties", killbill), "org.killbill.security.ldap.url")).isNotEmpty();
        String startTls = killbill.replace("disableSSLCheck=true", "useSSL=true");
        assertThat(noGo(findings("killbill.properties", startTls), "org.killbill.security.ldap.url")).isEmpty();
    }

    @Test
    void aBlankSecretTheChartSaysItGeneratesWhenNotGivenShouldBeCleanButOneThatMustBeGivenNot()
            throws Exception {
        String harbor = """
                # Secret is used when core server communicates with other components.
                # If a secret key is not specified, Helm will generate one.
                # Must be a string of 16 chars.
                core.secret=
                """;
        assertThat(noGo(findings("values.properties", harbor), "core.secret")).isEmpty();
        String required = """
                # If a secret key is not specified, the core server refuses to start.
                core.secret=
                """;
        assertThat(noGo(findings("values.properties", required), "core.secret")).isNotEmpty();
    }

    @Test
    void aCountOfSecretSharesShouldBeNoSecretButASharedSecretStaysOne() throws Exception {
        assertThat(about(findings("vault.properties", "spec.unsealConfig.options.secretShares=5\n"),
                "spec.unsealConfig.options.secretShares")).isEmpty();
        assertThat(noGo(findings("vault.properties", "radius.sharedSecret=12345\n"), "radius.sharedSecret"))
                .isNotEmpty();
    }

    @Test
    void aTemplateAddressInASectionItsOwnSwitchTurnsOffShouldBeCleanButOnASwitchedOnSectionNot() throws Exception {
        String fhir = """
                fhirServer.security.oauth.enabled=false
                fhirServer.security.oauth.authUrl=https://<host>:9443/oauth2/endpoint/oauth2-provider/authorize
                """;
        assertThat(noGo(findings("fhir.properties", fhir), "fhirServer.security.oauth.authUrl")).isEmpty();
        assertThat(noGo(findings("fhir.properties", fhir.replace("enabled=false", "enabled=true")),
                "fhirServer.security.oauth.authUrl")).isNotEmpty();
    }

    @Test
    void anAcronymSwitchShouldTurnOffTheFeatureWhoseKeysOpenWithTheAcronym() throws Exception {
        assertThat(noGo(findings("authserver.properties", "EnableTOTP=0\nTOTPMasterSecret=\n"), "TOTPMasterSecret"))
                .isEmpty();
        assertThat(noGo(findings("authserver.properties", "EnableTOTP=1\nTOTPMasterSecret=\n"), "TOTPMasterSecret"))
                .isNotEmpty();
    }

    @Test
    void aBlankSingularImagePullSecretShouldNameNoSecretButABlankRegistryPasswordStays() throws Exception {
        assertThat(noGo(findings("values.properties", "image.repository=itzg/minecraft-server\nimage.pullSecret=\n"),
                "image.pullSecret")).isEmpty();
        assertThat(noGo(findings("values.properties", "image.registryPassword=\n"), "image.registryPassword"))
                .isNotEmpty();
    }

    @Test
    void aGameServersBlankJoinPasswordShouldBeAChoiceButItsAdministratorsPasswordsStayJudged() throws Exception {
        String server = """
                ServerName=My Server
                ServerVisibility=2
                ServerMaxPlayerCount=8
                ServerPassword=
                ControlPanelPassword=
                """;
        assertThat(noGo(findings("serverconfig.properties", server), "ServerPassword")).isEmpty();
        assertThat(noGo(findings("serverconfig.properties", server), "ControlPanelPassword")).isNotEmpty();
        assertThat(noGo(findings("app.properties", "ServerName=api\nServerPassword=\n"), "ServerPassword"))
                .isNotEmpty();
    }

    @Test
    void aBlankPasswordWhoseCommentSaysItKeepsTheServiceLocalShouldBeCleanButOneThatOpensItNot() throws Exception {
        String local = """
                # Password to gain entry to telnet interface. If no password is set the server will only listen on the local loopback interface
                TelnetPassword=
                """;
        assertThat(noGo(findings("serverconfig.properties", local), "TelnetPassword")).isEmpty();
        String open = """
                # If no password is set, anyone can connect to the telnet interface
                TelnetPassword=
                """;
        assertThat(noGo(findings("serverconfig.properties", open), "TelnetPassword")).isNotEmpty();
    }

    @Test
    void aPasswordGluedToItsServiceShouldBeAPasswordButWordsEndingInPassNot() throws Exception {
        assertThat(noGo(findings("lnd.properties", "bitcoind.rpcuser=user\nbitcoind.rpcpass=password\n"),
                "bitcoind.rpcpass")).isNotEmpty();
        assertThat(noGo(findings("app.properties", "mail.smtppass=changeme\n"), "mail.smtppass")).isNotEmpty();
        assertThat(about(findings("app.properties", "audio.lowpass=200\n"), "audio.lowpass")).isEmpty();
        assertThat(about(findings("app.properties", "proxy.bypass=localhost\n"), "proxy.bypass")).isEmpty();
    }

    @Test
    void aBlankGluedPasswordBesideItsClientsAuthSwitchOffShouldBeUnusedButWithTheSwitchOnReported()
            throws Exception {
        assertThat(noGo(findings("configuration.properties", "mailer=smtp\nsmtpauth=0\nsmtpuser=\nsmtppass=\n"),
                "smtppass")).isEmpty();
        assertThat(noGo(findings("configuration.properties", "mailer=smtp\nsmtpauth=1\nsmtpuser=me\nsmtppass=\n"),
                "smtppass")).isNotEmpty();
    }

    @Test
    void aMarkerWordGluedToTheKeysOwnNameShouldBeAPlaceholderButARandomValueOpeningAlikeNot() throws Exception {
        assertThat(noGo(findings("civicrm.properties", "CIVICRM_SITE_KEY=yoursitekey\n"), "CIVICRM_SITE_KEY"))
                .containsExactly("NO_GO secrets.placeholder CIVICRM_SITE_KEY");
        assertThat(noGo(findings("nakama.properties", "runtime.http_key=defaulthttpkey\n"), "runtime.http_key"))
                .containsExactly("NO_GO secrets.placeholder runtime.http_key");
        assertThat(about(findings("civicrm.properties", "CIVICRM_SITE_KEY=myqVtR8kLp2ZxN7wHs4DfJ9c\n"),
                "CIVICRM_SITE_KEY")).isEmpty();
    }

    @Test
    void aSwitchWhoseLastWordIsOnShouldBeNoPasswordButAPasswordStays() throws Exception {
        assertThat(about(findings("config.properties", "sugar_config.passwordsetting.forgotpasswordON=0\n"),
                "sugar_config.passwordsetting.forgotpasswordON")).isEmpty();
        assertThat(noGo(findings("config.properties", "sugar_config.admin_password=0\n"),
                "sugar_config.admin_password")).isNotEmpty();
    }

    @Test
    void aTokenFormatUnderATokenKeyShouldBeAChoiceButAnyOtherShortValueStaysAWeakToken() throws Exception {
        assertThat(about(findings("hydra.properties", "strategies.access_token=jwt\n"), "strategies.access_token"))
                .isEmpty();
        assertThat(about(findings("hydra.properties", "strategies.access_token=opaque\n"), "strategies.access_token"))
                .isEmpty();
        assertThat(noGo(findings("app.properties", "api.access_token=jwt123\n"), "api.access_token")).isNotEmpty();
        assertThat(noGo(findings("app.properties", "jwt.secret=jwt\n"), "jwt.secret")).isNotEmpty();
    }

    @Test
    void aHostNamedForItsSlotShouldBeTemplateTextButAServiceNameWithTheWordInsideNot() throws Exception {
        assertThat(noGo(findings("values.properties",
                "auth.keycloakRealmUrlExternal=https://external-hostname/realms/parking\n"),
                "auth.keycloakRealmUrlExternal"))
                .containsExactly("NO_GO sandbox.reserved-host auth.keycloakRealmUrlExternal");
        assertThat(about(findings("values.properties",
                "auth.keycloakRealmUrlExternal=https://hostname-service/realms/parking\n"),
                "auth.keycloakRealmUrlExternal")).isEmpty();
    }
}
