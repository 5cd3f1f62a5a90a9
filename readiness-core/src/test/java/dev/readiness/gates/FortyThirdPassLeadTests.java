package dev.readiness.gates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The lead's readings of the forty-third pass: rules for what the first contact with the blind sets 170 to 177
 * missed or raised falsely, and one mistake named alike by the build, the CLI and the boot, each beside the value
 * that tempts it; every built-in gate runs.
 */
class FortyThirdPassLeadTests extends EveryGateOnOneFile {

    private static final String DATA_SOURCE = """
            spring.datasource.url=jdbc:postgresql://orders-db.prod.internal:5432/orders
            spring.datasource.username=orders
            """;

    @Test
    void springsOwnDataSourcePasswordLeftBlankShouldBeTheSameCodeAsItsEmptyDefault() throws Exception {
        assertThat(noGo(findings("application.properties", DATA_SOURCE + "spring.datasource.password=${DB_PASSWORD:}\n"),
                "spring.datasource.password")).contains("NO_GO database.default-credentials spring.datasource.password");
        assertThat(noGo(findings("application.properties", DATA_SOURCE + "spring.datasource.password=\n"),
                "spring.datasource.password")).contains("NO_GO database.default-credentials spring.datasource.password");
        assertThat(noGo(findings("application.properties", DATA_SOURCE + "spring.datasource.password=${DB_PASSWORD}\n"),
                "spring.datasource.password")).isEmpty();
    }

    @Test
    void aBlankPasswordBesideAUserFromTheEnvironmentOrOfAnotherSectionShouldNotBeADefaultCredential()
            throws Exception {
        String userFromEnvironment = DATA_SOURCE.replace("username=orders", "username=${DB_USER}")
                + "spring.datasource.password=\n";
        assertThat(about(findings("application.properties", userFromEnvironment), "spring.datasource.password"))
                .noneMatch(finding -> finding.contains("database.default-credentials"));
        String chart = """
                # the password comes from the existing Secret named below
                externalDatabase.host=orders-db.prod.internal
                externalDatabase.user=orders
                externalDatabase.password=
                externalDatabase.existingSecret=orders-db
                """;
        assertThat(about(findings("values.properties", chart), "externalDatabase.password"))
                .noneMatch(finding -> finding.contains("database.default-credentials"));
    }

    @Test
    void aSprigGeneratorRenderedAtInstallShouldBeDeferredButAFillInMarkerStaysJudged() throws Exception {
        String values = """
                global.jwtSecret={{ randAlphaNum 20 }}
                global.postgresql.postgresqlPassword={{ randAlphaNum 20}}
                """;
        assertThat(noGo(findings("vars.properties", values), "global.jwtSecret")).isEmpty();
        assertThat(noGo(findings("vars.properties", values), "global.postgresql.postgresqlPassword")).isEmpty();
        assertThat(noGo(findings("vars.properties", "global.jwtSecret={{ jwt_secret }}\n"), "global.jwtSecret"))
                .isNotEmpty();
    }

    @Test
    void theNameHalfOfAKeyValuePairShouldBeNoSecretButAKeyAloneStaysJudged() throws Exception {
        String steve = """
                # The header key and value for Web API access using API key authorization.
                webapi.key = STEVE-API-KEY
                webapi.value = Hq3vX9mLr2Tz8WpK4sNc7JdY
                """;
        assertThat(about(findings("main.properties", steve), "webapi.key")).isEmpty();
        assertThat(noGo(findings("main.properties", "webapi.key = STEVE-API-KEY\n"), "webapi.key")).isNotEmpty();
        assertThat(noGo(findings("main.properties", steve.replace("Hq3vX9mLr2Tz8WpK4sNc7JdY", "changeme")),
                "webapi.value")).isNotEmpty();
    }

    @Test
    void anAcmeStagingIssuerOrEnvironmentShouldBeNamedButTheProductionOnesNot() throws Exception {
        assertThat(noGo(findings("values.properties", "miniflux.ingress.cert_issuer=letsencrypt-stage\n"),
                "miniflux.ingress.cert_issuer")).containsExactly("NO_GO sandbox.test-mode miniflux.ingress.cert_issuer");
        assertThat(noGo(findings("galaxy.properties", "certbot_environment=staging\n"), "certbot_environment"))
                .containsExactly("NO_GO sandbox.test-mode certbot_environment");
        assertThat(about(findings("values.properties", "miniflux.ingress.cert_issuer=letsencrypt-prod\n"),
                "miniflux.ingress.cert_issuer")).isEmpty();
        assertThat(about(findings("galaxy.properties", "certbot_environment=production\n"), "certbot_environment"))
                .isEmpty();
        assertThat(about(findings("app.properties", "app.release.stage=staging-2\n"), "app.release.stage"))
                .noneMatch(finding -> finding.contains("sandbox.test-mode"));
    }

    @Test
    void aKeyThatNamesAFeatureAndSaysOffShouldStandItsOwnKeysDownButNotKeysThatOnlyShareAWord() throws Exception {
        String ojs = """
                captcha.recaptcha=off
                captcha.recaptcha_private_key=your_private_key
                """;
        assertThat(noGo(findings("config.properties", ojs), "captcha.recaptcha_private_key")).isEmpty();
        assertThat(noGo(findings("config.properties", ojs.replace("=off", "=on")), "captcha.recaptcha_private_key"))
                .isNotEmpty();
        String sibling = """
                captcha.recaptcha=off
                captcha.hcaptcha_secret=your_private_key
                """;
        assertThat(noGo(findings("config.properties", sibling), "captcha.hcaptcha_secret")).isNotEmpty();
    }

    @Test
    void aSelectorThatChoosesNoneShouldStandItsIntegrationDownButAGuardChosenAwayNot() throws Exception {
        String mail = """
                OED_MAIL_METHOD=none
                OED_MAIL_CREDENTIAL=credential
                """;
        assertThat(noGo(findings("compose.env", mail), "OED_MAIL_CREDENTIAL")).isEmpty();
        assertThat(noGo(findings("compose.env", mail.replace("=none", "=smtp")), "OED_MAIL_CREDENTIAL")).isNotEmpty();
        String guard = """
                auth.type=DISABLED
                auth.login-form-credentials=admin:admin,root:root
                """;
        assertThat(noGo(findings("application.properties", guard), "auth.login-form-credentials")).isNotEmpty();
    }

    @Test
    void aSwitchThatHashesEveryPasswordShouldBeNoPasswordButAOneDigitPasswordStaysJudged() throws Exception {
        assertThat(about(findings("config.properties", "Authentication.hash_passwords=1\n"),
                "Authentication.hash_passwords")).isEmpty();
        assertThat(noGo(findings("config.properties", "Authentication.admin_password=1\n"),
                "Authentication.admin_password")).isNotEmpty();
    }

    @Test
    void docusignsDeveloperHostsOfItsOtherApisShouldBeNamedButTheirProductionTwinsNot() throws Exception {
        assertThat(noGo(findings("appsettings.properties", "adminAPIUrl=https://api-d.docusign.net/management\n"),
                "adminAPIUrl")).containsExactly("NO_GO sandbox.provider-host adminAPIUrl");
        assertThat(noGo(findings("appsettings.properties", "notaryUrl=https://notary-d.docusign.net/\n"),
                "notaryUrl")).containsExactly("NO_GO sandbox.provider-host notaryUrl");
        assertThat(about(findings("appsettings.properties", "adminAPIUrl=https://api.docusign.net/management\n"),
                "adminAPIUrl")).isEmpty();
    }
}
