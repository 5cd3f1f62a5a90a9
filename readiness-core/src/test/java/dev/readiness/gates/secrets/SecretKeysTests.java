package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.settings.RelaxedNames;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SecretKeysTests {

    @Property(tries = 5000)
    void keysFailingTheCheapTestsShouldFailTheRulesTheyStandFor(@ForAll("referenceKeys") String key) {
        if (SecretObjectReferences.locatesSecret(key)) {
            assertThat(SecretKeys.mayLocateSecret(key)).as(key).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"auth.existingSecret", "tls.caSecretName", "valueFrom.secretKeyRef.key",
        "auth.existingPasswordKey", "secretRefs[0].key", "externalSecrets.data[0].secretKey", "imagePullSecrets",
        "vault.database.path", "app.namespace_secrets.db-creds.DB_PASSWORD"})
    void keysThatLocateASecretShouldPassTheCheapTest(String key) {
        assertThat(SecretKeys.mayLocateSecret(key)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"server.port", "spring.main.banner-mode", "java.vm.name", "JAVA_HOME", "readiness.stage"})
    void cleanKeysShouldFailTheCheapTest(String key) {
        assertThat(SecretKeys.mayLocateSecret(key)).isFalse();
        assertThat(SecretObjectReferences.locatesSecret(key)).isFalse();
    }

    @Property(tries = 3000)
    void seedPhraseKeysShouldOnlyBeNamedByTheWordsTheClassifierLooksFor(@ForAll("compoundKeys") String key) {
        List<String> words = dev.readiness.gates.internal.KeyWords.of(key);
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (!(word.equals("phrase") || word.equals("words") || word.equals("seed"))) {
                assertThat(SeedPhraseKeys.named(words, i)).as(key).isFalse();
            }
        }
    }

    @Provide
    Arbitrary<String> referenceKeys() {
        return Arbitraries.of("existing", "Existing", "Secret", "secret", "SECRET", "secrets", "Key", "key", "Name",
                "name", "password", "Password", "vault", "doppler", "infisical", "bitwarden", "ref", "Ref", "env",
                "data", "keys", ".", ".", "[0]", "]", "_", "-", "auth", "tls", "ca", "imagePull", "external",
                "encryptedData", "aws", "gcp", "azure", "path", "id", "Kubernetes.io/", "\u017f", "\u212a")
                .list().ofMinSize(1).ofMaxSize(7).map(parts -> String.join("", parts));
    }

    @Property(tries = 3000)
    void expandedWordsShouldAlwaysBeTheCutWordsOfTheKey(@ForAll("compoundKeys") String key) {
        assertThat(SecretKeys.expandedWords(key)).isEqualTo(SecretKeys.expand(RelaxedNames.words(key)));
        assertThat(SecretKeys.expandedWords(new String(key))).isEqualTo(SecretKeys.expand(RelaxedNames.words(key)));
    }

    @Property(tries = 3000)
    void suffixesEndingAsAWordShouldBeEverySuffixTheWordCanEndWithInOrder(@ForAll("compoundKeys") String text) {
        List<String> suffixes = List.of("password", "passwd", "secret", "token", "apikey", "key", "salt", "pwd", "psw",
                "pass", "id", "url", "uri", "path", "ttl", "é", "x");
        String[][] byLast = SecretKeys.byLastCharacter(suffixes);
        for (String word : List.of(text, text.toLowerCase(java.util.Locale.ROOT), text + "é", text + "\u0100")) {
            List<String> candidates = List.of(SecretKeys.endingAs(byLast, word));
            assertThat(candidates).as(word)
                    .isEqualTo(suffixes.stream().filter(candidates::contains).toList())
                    .containsAll(suffixes.stream().filter(word::endsWith).toList());
        }
    }

    @Provide
    Arbitrary<String> compoundKeys() {
        Arbitrary<String> word = Arbitraries.oneOf(Arbitraries.of("secretkey", "SecretKey", "apiKey", "APIKEY",
                "privatekey", "jwtsecret", "clientsecret", "aes256", "access", "key", "id", "token", "password",
                "passwd", "hmac", "salt", "vite", "next", "public", "sitekey", "seed", "phrase", "words", "mnemonic",
                "recovery", "wallet"), Arbitraries.strings().alpha().ofMaxLength(6));
        Arbitrary<String> separator = Arbitraries.of("_", ".", "-", "");
        return Arbitraries.oneOf(word, separator).list().ofMinSize(1).ofMaxSize(6).map(parts -> String.join("", parts));
    }

    @ParameterizedTest(name = "{0} is a {1}")
    @CsvSource({
            "JWT_SECRET, SIGNING",
            "jwt.secret, SIGNING",
            "jwtSecret, SIGNING",
            "JWTSECRET, SIGNING",
            "JWT_ACCESS_SECRET, SIGNING",
            "JWT_REFRESH_SECRET, SIGNING",
            "app.jwtSecret, SIGNING",
            "bezkoder.app.jwtSecret, SIGNING",
            "jhipster.security.authentication.jwt.base64-secret, SIGNING",
            "security.jwt.secret-key, SIGNING",
            "HMAC_SECRET, HMAC",
            "SIGNING_KEY, HMAC",
            "webhook.signing-secret, HMAC",
            "SLACK_SIGNING_SECRET, HMAC",
            "JWT_REFRESH_KEY, SIGNING",
            "jwt.signing-key, SIGNING",
            "AES_SECRET_KEY, ENCRYPTION_KEY",
            "ENCRYPTION_KEY, ENCRYPTION_KEY",
            "app.encryption.key, ENCRYPTION_KEY",
            "AES256_KEY, ENCRYPTION_KEY",
            "aesKey, ENCRYPTION_KEY",
            "DATA_ENCRYPTION_KEY, ENCRYPTION_KEY",
            "SUPERADMIN_PASSWORD, PASSWORD",
            "spring.datasource.password, PASSWORD",
            "spring.datasource.hikari.password, PASSWORD",
            "SPRING_DATASOURCE_PASSWORD, PASSWORD",
            "spring.mail.password, PASSWORD",
            "spring.rabbitmq.password, PASSWORD",
            "spring.data.redis.password, PASSWORD",
            "server.ssl.key-store-password, PASSWORD",
            "server.ssl.key-password, PASSWORD",
            "DB_PASS, PASSWORD",
            "DB_PWD, PASSWORD",
            "MYSQL_ROOT_PASSWORD, PASSWORD",
            "POSTGRES_PASSWORD, PASSWORD",
            "SMTP_PASSWD, PASSWORD",
            "dbPassword, PASSWORD",
            "jasypt.encryptor.password, PASSWORD",
            "HEALTH_TOKEN, SECRET",
            "GITHUB_TOKEN, SECRET",
            "SLACK_BOT_TOKEN, SECRET",
            "TWILIO_AUTH_TOKEN, SECRET",
            "STRIPE_SECRET_KEY, SECRET",
            "STRIPE_WEBHOOK_SECRET, SECRET",
            "AWS_SECRET_ACCESS_KEY, SECRET",
            "S3_SECRET_ACCESS_KEY, SECRET",
            "WOOCOMMERCE_CONSUMER_SECRET, SECRET",
            "DHL_API_SECRET, SECRET",
            "DHL_API_KEY, SECRET",
            "FEDEX_SECRET_KEY, SECRET",
            "FEDEX_API_KEY, SECRET",
            "MTN_MOMO_API_KEY, SECRET",
            "ORANGE_MOMO_API_KEY, SECRET",
            "SHOPIFY_API_SECRET, SECRET",
            "PAYPAL_CLIENT_SECRET, SECRET",
            "spring.security.oauth2.client.registration.google.client-secret, SECRET",
            "KEYCLOAK_CLIENT_SECRET, SECRET",
            "apiKey, SECRET",
            "APIKEY, SECRET",
            "x-api-key, SECRET",
            "SENDGRID_API_KEY, SECRET",
            "RSA_PRIVATE_KEY, SECRET",
            "privateKey, SECRET",
            "SECRET_KEY_BASE, SECRET",
            "SECRET_KEY, SECRET",
            "DJANGO_SECRET_KEY, SECRET",
            "SESSION_SECRET, SECRET",
            "COOKIE_SECRET, SECRET",
            "HASHIDS_SALT, SECRET",
            "API_TOKEN_SALT, SECRET",
            "PASSWORD_PEPPER, PASSWORD",
            "GOOGLE_CREDENTIALS, SECRET",
            "MINIO_SECRET_KEY, SECRET",
            "AZURE_STORAGE_ACCOUNT_KEY, SECRET",
            "SUPABASE_SERVICE_ROLE_KEY, SECRET",
            "VAULT_TOKEN, SECRET",
            "E2E_USER_A_TOKEN, SECRET",
            "MASTER_KEY, SECRET",
            "ID_TOKEN, SECRET",
            "_APP_OPENSSL_KEY_V1, ENCRYPTION_KEY",
            "FERNET_KEY, ENCRYPTION_KEY",
            "LAGO_ENCRYPTION_DETERMINISTIC_KEY, ENCRYPTION_KEY",
            "SIGNING_RSA_KEY, HMAC",
            "LND_REST_MACAROON, SECRET",
            "FLY_API_MACAROON, SECRET",
    })
    void purposeWhenKeyNamesASecretShouldSayWhatFor(String key, SecretPurpose expected) {
        assertThat(SecretKeys.defaults().purpose(key)).contains(expected);
    }

    @ParameterizedTest(name = "{0} is not a secret")
    @ValueSource(strings = {
            "VITE_STRIPE_PUBLISHABLE_KEY", "STRIPE_PUBLISHABLE_KEY", "stripe.publishable-key", "NEXT_PUBLIC_API_KEY",
            "REACT_APP_API_KEY", "VITE_API_KEY", "JWT_PUBLIC_KEY", "PUBLIC_KEY", "SUPABASE_ANON_KEY",
            "KEY_ID", "ACCESS_KEY_ID", "AWS_ACCESS_KEY_ID", "S3_ACCESS_KEY_ID",
            "CLIENT_ID", "PAYPAL_CLIENT_ID", "MTN_MOMO_USER_ID", "WOOCOMMERCE_CONSUMER_KEY", "SENTRY_DSN",
            "JWT_SECRET_LENGTH", "JWT_EXPIRATION", "JWT_EXPIRATION_MS", "TOKEN_URL", "TOKEN_URI", "TOKEN_ENDPOINT",
            "spring.security.oauth2.client.provider.keycloak.token-uri", "PASSWORD_RESET_URL",
            "PASSWORD_MIN_LENGTH", "password.policy.min-length", "ACCESS_TOKEN_TTL", "REFRESH_TOKEN_EXPIRY",
            "TOKEN_EXPIRES_IN", "ACCESS_TOKEN_VALIDITY_SECONDS",
            "jhipster.security.authentication.jwt.token-validity-in-seconds", "PRIVATE_KEY_PATH",
            "PRIVATE_KEY_FILE", "JWT_PRIVATE_KEY_LOCATION", "SECRETS_DIR", "API_KEY_HEADER", "API_KEY_HEADER_NAME",
            "TOKEN_HEADER", "JWT_ALGORITHM", "JWT_SECRET_ENCODING", "PASSWORD_ENCODER", "PASSWORD_HASH_ROUNDS",
            "API_KEY_ENABLED", "REQUIRE_API_KEY_REQUIRED", "TOKEN_TYPE", "SECRET_NAME", "AWS_SECRETS_MANAGER_REGION",
            "VAULT_SECRET_PATH", "JWT_SECRET_ROTATION_DAYS", "TOKEN_BUCKET_CAPACITY", "server.ssl.key-store",
            "server.ssl.key-store-type", "server.ssl.key-alias", "SUPERADMIN_EMAIL", "ALERT_WEBHOOK_URL",
            "DATABASE_URL", "spring.datasource.url", "spring.datasource.username", "PAYPAL_ENV", "MTN_MOMO_ENV",
            "S3_ENDPOINT", "S3_BUCKET", "KEY", "MONKEY_COUNT", "BYPASS_CACHE", "TOKENIZER_MODEL", "ENCRYPTION_ENABLED",
            "AES_KEY_SIZE", "SIGNING_ALGORITHM", "ISSUER", "readiness.stage",
            "security.session.access-token-time-to-live", "TOKEN_TIME_TO_LIVE", "OPENSSL_KEY_PATH",
            "ENCRYPTION_MASTER_KEY_ID", "CACHE_KEY_PREFIX", "wx.mp.config-storage.key-prefix",
            "REDIS_DEFAULT_KEY_TTL", "LND_REST_MACAROON_PATH", "MACAROON_FILE", "TOKEN_MAXAGE", "SESSION_TOKEN_MAXLENGTH",
            "API_KEY_TTLSECONDS", "cookie.token.maxAge", "TOKEN_MAX_AGE", "change_password_link",
            "app.reset-password-href", "TOKEN_LINKS", "FORGOT_PASSWORD_MESSAGE",
            "auth.password.hint", "API_KEY_TOOLTIP", "RESET_PASSWORD_TITLE", "TOKEN_PROMPT",
            "apisix.admin_key[0].role", "apisix.admin_key[1].role", "API_TOKEN_ROLES", "token_valid",
            "ACCESS_KEY_PERMISSIONS", "spring.ldap.embedded.credential.username", "auth.credentials.user",
            "TOKEN_PRINCIPAL", "secrets.superAdminDb", "secrets.superAdminUser", "TOKEN_CACHE_DB"})
    void purposeWhenKeyIsNotASecretShouldBeEmpty(String key) {
        assertThat(SecretKeys.defaults().purpose(key)).isEmpty();
    }

    @ParameterizedTest(name = "{0} is still a secret")
    @ValueSource(strings = {"MAXAGE_SESSION_TOKEN", "TOKEN_ADMIN", "API_TOKEN_MAXIMUS", "PASSWORD_AGENT",
            "LINK_PASSWORD", "SHARE_LINK_SECRET", "PASSWORD_LINKEDIN", "MESSAGE_SIGNING_SECRET",
            "TITLE_API_KEY", "PROMPT_API_TOKEN", "apisix.admin_key[0].key", "ROLE_PASSWORD", "VALIDATION_TOKEN_SECRET",
            "spring.ldap.embedded.credential.password", "USER_PASSWORD", "USERNAME_TOKEN", "secrets.superAdminPassword",
            "DB_PASSWORD", "secrets.db.password", "DBPASSWORD"})
    void purposeWhenAWordAfterTheSecretOnlyStartsWithAttributesShouldStillNameASecret(String key) {
        assertThat(SecretKeys.defaults().purpose(key)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"NEXT_PUBLIC_PADDLE_TOKEN", "next.public.paddle-token", "nextPublicPaddleToken",
            "_VITE_SEARCH_KEY", "vite.search-key", "REACT_APP_MAPS_API_KEY", "Expo_Public_Maps_Key",
            "NUXT_PUBLIC_STRIPE_KEY"})
    void namesBrowserCredentialWhenABrowserBuildPrefixStartsTheKeyInAnySpellingShouldBeTrue(String key) {
        assertThat(SecretKeys.namesBrowserCredential(key)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"APP_VITE_SEARCH_KEY", "SERVICE_NEXT_PUBLIC_TOKEN", "NEXT_PUBLIC_SITE_NAME", "VITE_",
            "REACT_APP_TITLE", "NEXT_TOKEN", "VITEST_TOKEN", "PADDLE_TOKEN", ""})
    void namesBrowserCredentialWhenNoBrowserPrefixStartsTheKeyOrNoCredentialFollowsShouldBeFalse(String key) {
        assertThat(SecretKeys.namesBrowserCredential(key)).isFalse();
    }

    @Test
    void isSecretWhenAStoresPasswordIsWrittenAsOneWordShouldBeTrueButOtherStoreWordsShouldNot() {
        assertThat(SecretKeys.defaults().isSecret("rtmps.keystorepass")).isTrue();
        assertThat(SecretKeys.defaults().isSecret("jmx.truststorepass")).isTrue();
        assertThat(SecretKeys.defaults().isSecret("ssl.storepassword")).isTrue();
        assertThat(SecretKeys.defaults().isSecret("rtmps.keystorefile")).isFalse();
        assertThat(SecretKeys.defaults().isSecret("backup.restorepath")).isFalse();
        assertThat(SecretKeys.defaults().isSecret("app.storeid")).isFalse();
        assertThat(SecretKeys.defaults().isSecret("network.bypass")).isFalse();
    }

    @Test
    void purposeWhenKeyIsTheShellsWorkingDirectoryShouldBeEmptyButOtherPwdKeysStaySecrets() {
        assertThat(SecretKeys.defaults().purpose("PWD")).isEmpty();
        assertThat(SecretKeys.defaults().purpose("OLDPWD")).isEmpty();
        assertThat(SecretKeys.defaults().isSecret("DB_PWD")).isTrue();
        assertThat(SecretKeys.defaults().isSecret("db.pwd")).isTrue();
        assertThat(SecretKeys.defaults().isSecret("pwd")).isTrue();
        assertThat(SecretKeys.of(List.of("PWD"), List.of()).isSecret("PWD")).isTrue();
    }

    @Test
    void purposeWhenTheKeySaysPwordOrRootKeyShouldBeASecret() {
        assertThat(SecretKeys.defaults().isSecret("app.contact.ftp.pword")).isTrue();
        assertThat(SecretKeys.defaults().purpose("app.contact.ftp.pword")).contains(SecretPurpose.PASSWORD);
        assertThat(SecretKeys.defaults().isSecret("ROOT_KEY")).isTrue();
        assertThat(SecretKeys.defaults().isSecret("ROOT_KEY_PATH")).isFalse();
        assertThat(SecretKeys.defaults().isSecret("app.contact.ftp.word")).isFalse();
    }

    @Test
    void ofWhenExtraKeysAreGivenShouldTreatThemAsSecretsInAnySpelling() {
        SecretKeys keys = SecretKeys.of(List.of("MY_CARRIER_PIN"), List.of());

        assertThat(keys.isSecret("my.carrier-pin")).isTrue();
        assertThat(keys.isSecret("myCarrierPin")).isTrue();
        assertThat(keys.isSecret("OTHER_PIN")).isFalse();
    }

    @Test
    void ofWhenExcludedKeysAreGivenShouldNeverTreatThemAsSecretsEvenIfAlsoExtra() {
        SecretKeys keys = SecretKeys.of(List.of("legacy.token"), List.of("LEGACY_TOKEN", "app.jwt.secret"));

        assertThat(keys.isSecret("legacy.token")).isFalse();
        assertThat(keys.isSecret("APP_JWT_SECRET")).isFalse();
        assertThat(keys.isSecret("JWT_SECRET")).isTrue();
    }

    @Test
    void configuredByShouldReadCommaSeparatedAndIndexedListsTrimmedWithoutBlanks() {
        SecretKeys keys = SecretKeys.configuredBy(Settings.of(Map.of(
                "readiness.secrets.extra-keys", " A_PIN, ,b.code ,",
                "READINESS_SECRETS_EXTRA_KEYS_0", "carrier.pin",
                "readiness.secrets.exclude-keys[0]", "LEGACY_TOKEN")));

        assertThat(keys.isSecret("A_PIN")).isTrue();
        assertThat(keys.isSecret("b.code")).isTrue();
        assertThat(keys.isSecret("CARRIER_PIN")).isTrue();
        assertThat(keys.isSecret("legacy.token")).isFalse();
        assertThat(keys.isSecret("JWT_SECRET")).isTrue();
        assertThat(SecretKeys.configuredBy(Settings.empty())).isSameAs(SecretKeys.defaults());
    }

    @Test
    void namesAes256ShouldSeeTheNumberInAnySpelling() {
        assertThat(SecretKeys.namesAes256("AES256_KEY")).isTrue();
        assertThat(SecretKeys.namesAes256("encryption.aes-256-key")).isTrue();
        assertThat(SecretKeys.namesAes256("AES_SECRET_KEY")).isFalse();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"RABBITMQ_ERLANG_COOKIE", "COUCHDB_ERLANG_COOKIE",
        "erlang.cookie", "rabbitmq.erlangCookie", "ERLANGCOOKIE"})
    void purposeWhenKeyNamesAnErlangClusterCookieShouldBeASecret(String key) {
        assertThat(SecretKeys.defaults().isSecret(key)).isTrue();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"SESSION_COOKIE", "cookie.secure", "AUTH_COOKIE_NAME",
        "erlang.cookie.path"})
    void purposeWhenKeyNamesABrowserCookieShouldBeEmpty(String key) {
        assertThat(SecretKeys.defaults().isSecret(key)).isFalse();
    }

    @ParameterizedTest(name = "{0} names a password")
    @ValueSource(strings = {"DEFAULT_ROOT_PSW", "DB_PSW", "mysql.psw", "adminPsw"})
    void purposeWhenKeyEndsInPswShouldBePassword(String key) {
        assertThat(SecretKeys.defaults().purpose(key)).contains(SecretPurpose.PASSWORD);
    }

    @ParameterizedTest(name = "{0} is no secret")
    @ValueSource(strings = {"LANGFLOW_REMOVE_API_KEYS", "LOG_MASK_PASSWORDS", "ui.show-password", "HIDE_TOKEN",
        "CUSTOM_ACCESS_TOKEN_SCRIPT", "auth.token-function"})
    void purposeWhenKeyIsASwitchOrScriptAboutSecretsShouldBeEmpty(String key) {
        assertThat(SecretKeys.defaults().isSecret(key)).isFalse();
    }

    @ParameterizedTest(name = "{0} stays a secret")
    @ValueSource(strings = {"WEBHOOK_VERIFY_TOKEN", "MASKING_KEY_SECRET", "SCRIPT_API_KEY", "SHOWCASE_PASSWORD"})
    void purposeWhenVerbOrScriptWordDoesNotActOnTheSecretShouldStayASecret(String key) {
        assertThat(SecretKeys.defaults().isSecret(key)).isTrue();
    }

    @Property(tries = 2000)
    void factsShouldAlwaysBeWhatEachRuleReadsOfTheKey(@ForAll("factKeys") String key) {
        SecretKeys keys = SecretKeys.defaults();
        SecretKeys.KeyFacts facts = keys.facts(key);
        assertThat(facts.secretShaped()).as(key)
                .isEqualTo(key.length() >= dev.readiness.internal.SecretShapedKeys.MIN_LENGTH
                        && dev.readiness.internal.SecretShapedKeys.holdsSecret(key));
        assertThat(facts.purpose()).as(key).isEqualTo(keys.purpose(key));
        assertThat(facts.identifier()).as(key).isEqualTo(keys.namesCredentialIdentifier(key));
        assertThat(facts.basicAuthUsers()).as(key)
                .isEqualTo(BasicAuthUsers.namesUserList(key) || BasicAuthUsers.namesUserMapEntry(key));
        assertThat(facts.bareKey()).as(key).isEqualTo(BareKeys.namesBareKey(key));
        assertThat(keys.facts(new String(key))).isEqualTo(facts);
    }

    @Test
    void factsShouldSayWhenTheKeyItselfHoldsASecret() {
        assertThat(SecretKeys.defaults().facts("ghp_9fK2mQ7xL4vB8nR3tY6wZ1cD5hJ0sA2eU7iO").secretShaped()).isTrue();
        assertThat(SecretKeys.defaults().facts("x.AKIAIOSFODNN7EXAMPLE").secretShaped()).isTrue();
        assertThat(SecretKeys.defaults().facts("spring.datasource.password").secretShaped()).isFalse();
        assertThat(SecretKeys.defaults().facts("SVC12_REPORTS_SECRET_KEY").secretShaped()).isFalse();
        assertThat(SecretKeys.defaults().facts("traefik.basic-auth.users").basicAuthUsers()).isTrue();
        assertThat(SecretKeys.defaults().facts("PAYSTACK_KEY").bareKey()).isTrue();
        assertThat(SecretKeys.defaults().facts("PAYSTACK_KEY").basicAuthUsers()).isFalse();
    }

    @Provide
    Arbitrary<String> factKeys() {
        return Arbitraries.oneOf(compoundKeys(), Arbitraries.of("BASIC_AUTH_USERS", "app.basicAuth.users", "http.basic-auth.admin",
                "x.BasicAuth.user001", "MERCHANT_KEY", "monkey"), Arbitraries.strings().withChars("aZ09fF_.-:/[] ").ofMinLength(10)
                .ofMaxLength(48), Arbitraries.strings().alpha().numeric().ofMinLength(12).ofMaxLength(40));
    }
}
