package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rules of the thirty-first pass on the secrets side: each with a catch and a tempting clean neighbour. Every
 * credential-looking value here was generated for this test; none comes from a public file.
 */
class ThirtyFirstPassSecretsTests {

    private static final String RANDOM_64 = "5e8V3PpgohuFQreTpv1d3kXCvbzi9HWKjvnlA0vvalTpaBMgC1ev7jzmz7mHSZqs";
    private static final String RANDOM_DEV = "L6jj9mxVwcTGfOE7jJLbEfZkC91lT1PHkAwJ27bA";
    private static final String RANDOM_HEX = "ba1d6eae9ba831b6234d25d877cd4f2a4b5e7ea56de09b3d78f1f1d964bc8714"
            + "588c52979523e004267777c2d155c04feeb6c811410af0fda9ca002529630f2c";

    /** Severity, code and subject of every finding for {@code key} in a file of {@code lines} joined by {@code |}. */
    private static List<String> findingsIn(String file, String lines, String key) {
        String text = lines.replace('|', '\n') + "\n";
        Settings settings = file.endsWith(".env") ? Settings.builder().dotenv(file, text).build()
                : Settings.builder().properties(file, text).build();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(finding -> finding.subject().equals(key))
                .map(finding -> finding.severity() + " " + finding.code()).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "conf/production.conf; play.http.secret.key=" + RANDOM_64 + "; play.http.secret.key",
            "tc28-shop-play-production.properties; application.secret=" + RANDOM_64 + "|application.langs=en;"
                    + " application.secret",
            "conf/prod.conf; play.crypto.secret=" + RANDOM_64 + "|play.mailer.password=${SMTP_PASSWORD};"
                    + " play.crypto.secret",
            "config/secrets.yml; development.secret_key_base=" + RANDOM_DEV
                    + "|production.secret_key_base=" + RANDOM_HEX + "; production.secret_key_base"})
    void aFrameworksOwnSecretWrittenInItsProductionConfigurationShouldStop(String file, String lines, String key) {
        assertThat(findingsIn(file, lines, key)).as(file + ": " + lines).containsExactly("NO_GO secrets.packaged");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "conf/production.conf; play.http.secret.key=${?APPLICATION_SECRET}; play.http.secret.key",
            "tc28-shop-play-production.properties; stripe.secret-key=" + RANDOM_64 + "; stripe.secret-key",
            "production.env; APP_SECRET=" + RANDOM_64 + "; APP_SECRET",
            "conf/production-checklist.conf.md; application.secret=" + RANDOM_64 + "; application.secret",
            "config/secrets.yml; development.secret_key_base=" + RANDOM_HEX
                    + "|production.secret_key_base=<%= ENV[\"SECRET_KEY_BASE\"] %>; development.secret_key_base"})
    void aReferenceAProvidersKeyADeploymentsOwnDotenvOrAnotherBlockShouldNotBePackaged(String file, String lines,
            String key) {
        assertThat(findingsIn(file, lines, key)).as(file + ": " + lines).doesNotContain("NO_GO secrets.packaged");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "oauth2_proxy.properties; client_id=<application ID from Azure>|client_secret=<client secret from Azure>;"
                    + " client_id",
            "oauth2_proxy.properties; azure_tenant=<Azure tenant ID>|cookie_secret=<cookie secret>; azure_tenant",
            "keycloak.env; KEYCLOAK_CLIENT_ID=<the client id>|KEYCLOAK_CLIENT_SECRET=<the client secret>;"
                    + " KEYCLOAK_CLIENT_ID"})
    void bracketedProseUnderAnIdBesideASecretWrittenTheSameWayShouldBeAPlaceholder(String file, String lines,
            String key) {
        assertThat(findingsIn(file, lines, key)).as(lines).containsExactly("NO_GO secrets.placeholder");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "app.env; PUSHER_APP_ID=<your app id>|PUSHER_HOST=api.pusherapp.com; PUSHER_APP_ID",
            "oauth2_proxy.properties; azure_tenant=<Azure tenant ID>|cookie_secret=" + RANDOM_64 + "; azure_tenant",
            "oauth2_proxy.properties; client_id=<application ID>|client_secret=<client_secret>; client_id",
            "app.properties; app.name=<my shop name>|client_secret=<client secret from Azure>; app.name",
            "application-stg.properties; EMAIL_ID=<YOUR EMAIL>|EMAIL_PASSWORD=<YOUR APP PASSWORD>; EMAIL_ID"})
    void bracketedProseWithoutASiblingSecretOfTheSameFormOrUnderANameShouldStayClean(String file, String lines,
            String key) {
        assertThat(findingsIn(file, lines, key)).as(lines).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "frontend/.env.production; NEXT_PUBLIC_OPENAI_API_KEY=sk-proj-Xa8Kq2Lm9Pz4Rt7Vb1Nc6Hd3Jf5Gs0Wy2Ue8Io4",
            "web.env; VITE_STRIPE_SECRET_KEY=sk_live_Xa8Kq2Lm9Pz4Rt7Vb1Nc6Hd3Jf5Gs0Wy2Ue8Io4",
            "web.env; VITE_API_SECRET_KEY=Xa8Kq2Lm9Pz4Rt7Vb1Nc6Hd3Jf5Gs0Wy2Ue8Io4",
            "app.env; EXPO_PUBLIC_GITHUB_TOKEN=ghp_Xa8Kq2Lm9Pz4Rt7Vb1Nc6Hd3Jf5Gs0Wy2Ue8I"})
    void aServerSideKeyInABrowserBuildVariableShouldBePublished(String file, String line) {
        String key = line.substring(0, line.indexOf('='));
        assertThat(findingsIn(file, line, key)).as(line).containsExactly("NO_GO secrets.published-default");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "web.env; NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_live_Xa8Kq2Lm9Pz4Rt7Vb1Nc6Hd3Jf5Gs0Wy2Ue8Io4",
            "web.env; NEXT_PUBLIC_MAPBOX_TOKEN=pk.eyJ1IjoidGlkZXdyZW4iLCJhIjoiY2xYYThLcTJMbTlQejRSdDcifQ.Xa8Kq2Lm9Pz4Rt7V",
            "web.env; VITE_FIREBASE_API_KEY=AIzaSyXa8Kq2Lm9Pz4Rt7Vb1Nc6Hd3Jf5Gs0Wy2",
            "web.env; VITE_SUPABASE_ANON_KEY=Xa8Kq2Lm9Pz4Rt7Vb1Nc6Hd3Jf5Gs0Wy2Ue8Io4",
            "web.env; NEXT_PUBLIC_SECRET_KEY_PATH=/run/secrets/key",
            "web.env; VITE_JWT_SECRET=${JWT_SECRET}",
            "api.env; OPENAI_API_KEY=sk-proj-Xa8Kq2Lm9Pz4Rt7Vb1Nc6Hd3Jf5Gs0Wy2Ue8Io4"})
    void aPublishableKeyAReferenceOrAServerVariableShouldNotBePublished(String file, String line) {
        String key = line.substring(0, line.indexOf('='));
        assertThat(findingsIn(file, line, key)).as(line).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "keyStore.defaultKeyStore.password={xor}Lz4sLCgwLTs=; NO_GO secrets.placeholder",
            "basicRegistry.user.admin.password={xor}Lz4sLChvLTs=; NO_GO secrets.guessable",
            "authData.oracle.password={xor}KDozPDAyOm4=; NO_GO secrets.published-default"})
    void aLibertyXorEncodedPasswordShouldBeJudgedAsTheTextItEncodes(String line, String expected) {
        String key = line.substring(0, line.indexOf('='));
        assertThat(findingsIn("server-xml.properties", line, key)).as(line).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "dataSource.db.properties.password={xor}Bz5nFC5tEzJmDyVrDStoCT1uETxpFzts",
            "keyStore.defaultKeyStore.password={aes}ARBXa8Kq2Lm9Pz4Rt7Vb1Nc6Hd3Jf5Gs0Wy2Ue8Io4Xa8Kq2Lm9Pz4Rt7Vb",
            "keyStore.defaultKeyStore.password=${keystore_password}"})
    void aStrongXorPasswordAnAesOneOrAReferenceShouldNotBeWeak(String line) {
        String key = line.substring(0, line.indexOf('='));
        assertThat(findingsIn("server-xml.properties", line, key)).as(line).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "web-src-environments-environment-prod-ts.properties; clientSecret=Xa8Kq2Lm9Pz4Rt7Vb1Nc6Hd3Jf5Gs0Wy",
            "src/environments/environment.prod.ts.properties; auth.adminPassword=Xa8Kq2Lm9Pz4Rt7Vb1Nc6Hd3",
            "web-src-environments-environment-ts.properties; openaiKey=sk-proj-Xa8Kq2Lm9Pz4Rt7Vb1Nc6Hd3Jf5Gs0Wy2Ue8Io4"})
    void aSecretInAnAngularEnvironmentFileShouldBePublished(String file, String line) {
        String key = line.substring(0, line.indexOf('='));
        assertThat(findingsIn(file, line, key)).as(file + ": " + line)
                .containsExactly("NO_GO secrets.published-default");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "web-src-environments-environment-prod-ts.properties; firebase.apiKey=AIzaSyXa8Kq2Lm9Pz4Rt7Vb1Nc6Hd3Jf5Gs0Wy2",
            "web-src-environments-environment-prod-ts.properties; stripeKey=pk_live_Xa8Kq2Lm9Pz4Rt7Vb1Nc6Hd3Jf5Gs0Wy2Ue8Io4",
            "web-src-environments-environment-prod-ts.properties; googleMapsKey=AIzaSyXa8Kq2Lm9Pz4Rt7Vb1Nc6Hd3Jf5Gs0Wy2",
            "api-environment-production.properties; clientSecret=Xa8Kq2Lm9Pz4Rt7Vb1Nc6Hd3Jf5Gs0Wy",
            "deploy/environment.env; CLIENT_SECRET=Xa8Kq2Lm9Pz4Rt7Vb1Nc6Hd3Jf5Gs0Wy"})
    void aPublicKeyInAnAngularFileOrASecretInAServerEnvironmentFileShouldNotBePublished(String file, String line) {
        String key = line.substring(0, line.indexOf('='));
        assertThat(findingsIn(file, line, key)).as(file + ": " + line).isEmpty();
    }
}
