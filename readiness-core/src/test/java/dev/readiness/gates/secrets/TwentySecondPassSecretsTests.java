package dev.readiness.gates.secrets;

import static dev.readiness.gates.secrets.GateRuns.codesIn;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Rules of the twenty-second pass (secrets): values the gate read as missing or template secrets that the file itself
 * shows are none, and the misses beside them. Each rule with a catch and a tempting neighbour; every value is
 * synthetic.
 */
class TwentySecondPassSecretsTests {

    @Test
    void aMailAddressTemplateAsTheUserNameShouldStayCleanWhileItsPasswordTemplateIsReported() {
        String file = "MAIL_USERNAME=your-email@gmail.com|MAIL_PASSWORD=your-app-password";
        assertThat(codesIn(".env.example", file, "MAIL_USERNAME")).isEmpty();
        assertThat(codesIn(".env.example", file, "MAIL_PASSWORD")).containsExactly("secrets.placeholder");
    }

    @Test
    void aUserNameTemplateWhosePasswordIsNotWrittenShouldStillBeAPlaceholder() {
        assertThat(codesIn(".env.example", "MINIO_ROOT_USER=YOUR_MINIO_USER|MINIO_ROOT_PASSWORD=${MINIO_PASSWORD}",
                "MINIO_ROOT_USER")).containsExactly("secrets.placeholder");
        assertThat(codesIn(".env.example", "SMTP_USERNAME=<smtp-user>", "SMTP_USERNAME"))
                .containsExactly("secrets.placeholder");
    }

    @Test
    void aUserNameTemplateBesideAWrittenPasswordShouldLeaveThePairToThePasswordRow() {
        String file = "spring.rabbitmq.username=your_rabbitmq_username|spring.rabbitmq.password=your_rabbitmq_password";
        assertThat(codesIn("application-prod.properties", file, "spring.rabbitmq.username")).isEmpty();
        assertThat(codesIn("application-prod.properties", file, "spring.rabbitmq.password"))
                .containsExactly("secrets.placeholder");
        String mail = "app.mail.username=<smtp-mail-username>|app.mail.password=Zq7LmV0xR3pT9wK2";
        assertThat(codesIn("application-prod.properties", mail, "app.mail.username")).isEmpty();
    }

    @Test
    void aTemplatedSshPublicKeyLineUnderAPublicKeyKeyShouldStayClean() {
        assertThat(codesIn("terraform.tfvars.example",
                "ssh_public_key=ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAACAQC... your-public-key-here", "ssh_public_key"))
                .isEmpty();
    }

    @Test
    void aTemplateUnderAPublicKeyKeyThatIsNoKeyLineShouldStillBeReported() {
        assertThat(codesIn("terraform.tfvars", "ssh_public_key=your-public-key-here", "ssh_public_key"))
                .isNotEmpty();
    }

    @Test
    void anUnselectedStaticTokenBesideASourceThatChoosesTheFileShouldStayClean() {
        String file = "t2.security.token.source=file|t2.security.token.file=/var/t2/token|t2.security.token.static=";
        assertThat(codesIn("application-live.properties", file, "t2.security.token.static")).isEmpty();
    }

    @Test
    void aStaticTokenTheSourceChoosesShouldStillBeJudged() {
        String file = "t2.security.token.source=static|t2.security.token.file=/var/t2/token|t2.security.token.static=";
        assertThat(codesIn("application-live.properties", file, "t2.security.token.static"))
                .containsExactly("secrets.blank");
    }

    @Test
    void aFalsePasswordBesideAFalseHostShouldBeThePeerAuthenticatedSocket() {
        assertThat(codesIn("odoo.conf.properties", "options.db_host=False|options.db_password=False",
                "options.db_password")).isEmpty();
    }

    @Test
    void aFalsePasswordBesideANamedHostShouldStillBeReported() {
        assertThat(codesIn("odoo.conf.properties", "options.db_host=db.internal|options.db_password=False",
                "options.db_password")).containsExactly("secrets.placeholder");
    }

    @Test
    void aDefaultThatSpellsItsOwnVariableShouldBeAPlaceholder() {
        assertThat(codesIn("application-production.properties",
                "picovoice.access.key=${PICOVOICE_ACCESS_KEY:MISSING-SET-PICOVOICE_ACCESS_KEY}", "picovoice.access.key"))
                .containsExactly("secrets.placeholder");
        assertThat(codesIn("application.properties", "stripe.api-key=${STRIPE_API_KEY:STRIPE_API_KEY-Zq7LmV0xR3pT9wK2}",
                "stripe.api-key")).containsExactly("secrets.placeholder");
        assertThat(SelfNamedDefaults.namesItsVariable(dev.readiness.settings.Setting.of("k",
                "${STRIPE_KEY:STRIPE_KEY_MISSING}", dev.readiness.settings.Origin.of("test")), "STRIPE_KEY_MISSING"))
                .isTrue();
    }

    @Test
    void aDefaultThatOnlySharesAWordWithItsVariableShouldNotBeReadAsItsName() {
        assertThat(SelfNamedDefaults.namesItsVariable(dev.readiness.settings.Setting.of("k",
                "${REDIS_PASSWORD:redis}", dev.readiness.settings.Origin.of("test")), "redis")).isFalse();
        assertThat(SelfNamedDefaults.namesItsVariable(dev.readiness.settings.Setting.of("k",
                "${JWT_SECRET:Zq7LmV0xR3pT9wK2sB8nF4cH6yJ1}", dev.readiness.settings.Origin.of("test")),
                "Zq7LmV0xR3pT9wK2sB8nF4cH6yJ1")).isFalse();
    }

    @Test
    void aLiteralSecretInABrowserBuildVariableNamedAsASecretShouldBePublished() {
        assertThat(codesIn("production.env", "REACT_APP_ADMIN_SECRET=\"ajDDc37cG6214218%sdjn.3iy\"",
                "REACT_APP_ADMIN_SECRET")).containsExactly("secrets.published-default");
        assertThat(codesIn("production.env", "NEXT_PUBLIC_CLIENT_SECRET=XbY2WJJZ6eA43hlipQg772dZ8hdOeKLE",
                "NEXT_PUBLIC_CLIENT_SECRET")).containsExactly("secrets.published-default");
    }

    @Test
    void aBrowserVariableNamingAPublicKeyOrAReferenceOrASwitchShouldStayClean() {
        assertThat(codesIn("production.env", "NEXT_PUBLIC_POSTHOG_KEY=phc_Zq7LmV0xR3pT9wK2sB8nF4cH6yJ1abcd",
                "NEXT_PUBLIC_POSTHOG_KEY")).isEmpty();
        assertThat(codesIn("production.env", "REACT_APP_CLIENT_SECRET=${DASHBOARD_CLIENT_SECRET}",
                "REACT_APP_CLIENT_SECRET")).isEmpty();
        assertThat(codesIn("production.env", "NEXT_PUBLIC_SHOW_SECRETS=false", "NEXT_PUBLIC_SHOW_SECRETS")).isEmpty();
    }

    @Test
    void aWeakTokenOrUrlPasswordAmongNameValuePairsShouldBeReported() {
        assertThat(codesIn("launchSettings.properties",
                "BTCPAY_BTCLIGHTNING=type=charge;server=http://127.0.0.1:54938/;api-token=admin", "BTCPAY_BTCLIGHTNING"))
                .containsExactly("secrets.published-default");
        assertThat(codesIn("launchSettings.properties",
                "BTCPAY_LND=type=lnd-grpc;server=https://lnd:lnd@127.0.0.1:53280/;allowinsecure=true", "BTCPAY_LND"))
                .containsExactly("secrets.too-weak");
    }

    @Test
    void aStrongTokenAReferenceOrCodeAmongPairsShouldStayClean() {
        assertThat(codesIn("app.properties", "BTCPAY_BTCLIGHTNING=type=charge;server=https://node.example.org/;"
                + "api-token=Zq7LmV0xR3pT9wK2sB8nF4cH6yJ1aQ5e", "BTCPAY_BTCLIGHTNING")).isEmpty();
        assertThat(codesIn("app.properties", "BTCPAY_BTCLIGHTNING=type=charge;server=https://node.example.org/;"
                + "api-token=${CHARGE_TOKEN}", "BTCPAY_BTCLIGHTNING")).isEmpty();
        assertThat(codesIn("app.properties", "CUSTOM_SCRIPT=function(user,tokenPayload){var data = tokenPayload;"
                + "return data;}", "CUSTOM_SCRIPT")).isEmpty();
    }

    @Test
    void aBlankSecretOfAnOptionalBlockThatItsOwnSwitchTurnsOnShouldBeReported() {
        String file = "# File storage (optional)|S3_ENABLED=true|S3_BUCKET=files.example.org|AWS_SECRET_ACCESS_KEY=";
        assertThat(codesIn(".env.production.sample", file, "AWS_SECRET_ACCESS_KEY")).containsExactly("secrets.blank");
    }

    @Test
    void aBlankSecretOfAnOptionalBlockLeftOffOrSwitchedOnElsewhereShouldStayClean() {
        String off = "# File storage (optional)|S3_ENABLED=false|S3_BUCKET=files.example.org|AWS_SECRET_ACCESS_KEY=";
        String elsewhere = "# Search|ES_ENABLED=true||# File storage (optional)|S3_BUCKET=files.example.org|"
                + "AWS_SECRET_ACCESS_KEY=";
        assertThat(codesIn(".env.production.sample", off, "AWS_SECRET_ACCESS_KEY")).isEmpty();
        assertThat(codesIn(".env.production.sample", elsewhere, "AWS_SECRET_ACCESS_KEY")).isEmpty();
    }

    @Test
    void theWordDisabledAsAnIntegrationsSecretShouldSwitchItOff() {
        assertThat(codesIn("production.env", "SSH_AUTH_KEY_1=DISABLED", "SSH_AUTH_KEY_1")).isEmpty();
        assertThat(codesIn("production.env", "SLACK_API_TOKEN=disabled", "SLACK_API_TOKEN")).isEmpty();
    }

    @Test
    void theWordDisabledAsADatabasePasswordOrInsideASecretShouldStillBeReported() {
        assertThat(codesIn("production.env", "DB_PASSWORD=disabled", "DB_PASSWORD")).isNotEmpty();
        assertThat(codesIn("production.env", "API_TOKEN=disabled123", "API_TOKEN")).isNotEmpty();
    }

    @Test
    void aLongSentenceOfAnotherLanguageAskingForItsSecretShouldBeAPlaceholder() {
        assertThat(codesIn("production.env", "JWT_SECRET=cambia-este-secreto-por-uno-muy-seguro-y-largo-en-produccion",
                "JWT_SECRET")).containsExactly("secrets.placeholder");
        assertThat(codesIn("production.env", "JWT_SECRET=zmien-to-haslo-na-bezpieczne-i-dlugie-przed-wdrozeniem",
                "JWT_SECRET")).containsExactly("secrets.placeholder");
        assertThat(PlaceholderPhrases.isForeignSentence("vervang-door-je-eigen-lange-en-willekeurige-geheime-sleutel"))
                .isTrue();
    }

    @Test
    void aForeignSentenceWithoutASecretNounOrWithOnlyArticlesShouldNotBeAPlaceholderSentence() {
        assertThat(PlaceholderPhrases.isForeignSentence("llave-de-la-casa-azul-grande-junto-al-rio")).isFalse();
        assertThat(PlaceholderPhrases.isForeignSentence("la-clave-del-rio-azul-grande")).isFalse();
        assertThat(PlaceholderPhrases.isForeignSentence("tu-clave")).isFalse();
        assertThat(PlaceholderPhrases.isForeignSentence("cambia-este-secreto-por-uno-muy-seguro-2024")).isFalse();
    }

    @Test
    void aSopsEncryptedValueInAProfileFileShouldStayCleanWhileAPlainLiteralBesideItIsReported() {
        String file = "spring.data.mongodb.password=ENC[AES256_GCM,data:hXPh8wZwVRM3HAbUAPl3gfLZ6gtnwBZ6EGj+Ja6Y,"
                + "iv:oqxKleV5JnMKzomRyRu0Ux8vGxdai+IZClcZlY13VaM=,tag:s9mrYHpxFmJe3yv52zOEQQ==,type:str]"
                + "|spring.redis.password=Zq7LmV0xR3pT9wK2cN8bY4"
                + "|spring.mail.password=ENC[AES256_GCM,data:Zq7LmV0xR3pT9wK2cN8bY4";
        assertThat(codesIn("application-stg.properties", file, "spring.data.mongodb.password")).isEmpty();
        assertThat(codesIn("application-stg.properties", file, "spring.redis.password")).isNotEmpty();
        assertThat(codesIn("application-stg.properties", file, "spring.mail.password")).isNotEmpty();
    }

    @Test
    void aKeyNamingANotificationOrTemplateAboutAPasswordShouldStayCleanWhileThePasswordItselfIsReported() {
        String file = "app.email.templates.reset-password-notification=template_reset_password"
                + "|app.mail.password-reset-subject=Reset your password|app.admin.password=password2024";
        assertThat(codesIn("application-prod.properties", file, "app.email.templates.reset-password-notification"))
                .isEmpty();
        assertThat(codesIn("application-prod.properties", file, "app.mail.password-reset-subject")).isEmpty();
        assertThat(codesIn("application-prod.properties", file, "app.admin.password")).isNotEmpty();
    }

    @Test
    void aValueOfANameValueListShouldBeJudgedAsTheSecretItsSiblingNames() {
        String file = "spec.template.spec.containers[0].env[0].name=JWT_SECRET"
                + "|spec.template.spec.containers[0].env[0].value=changeme"
                + "|spec.template.spec.containers[0].env[1].name=LOG_LEVEL"
                + "|spec.template.spec.containers[0].env[1].value=changeme"
                + "|notifications.extraHeaders[0].name=Authorization|notifications.extraHeaders[0].value=xxxxxx"
                + "|notifications.extraHeaders[1].name=Accept|notifications.extraHeaders[1].value=xxxxxx";
        assertThat(codesIn("values-prod.properties", file, "spec.template.spec.containers[0].env[0].value"))
                .containsExactly("secrets.placeholder");
        assertThat(codesIn("values-prod.properties", file, "notifications.extraHeaders[0].value"))
                .containsExactly("secrets.placeholder");
        assertThat(codesIn("values-prod.properties", file, "spec.template.spec.containers[0].env[1].value")).isEmpty();
        assertThat(codesIn("values-prod.properties", file, "notifications.extraHeaders[1].value")).isEmpty();
        assertThat(codesIn("values-prod.properties", file, "spec.template.spec.containers[0].env[0].name")).isEmpty();
    }
}
