package dev.readiness.cli;

import static dev.readiness.cli.CheckedFindings.on;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.readiness.cli.CheckedFindings.Reported;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lead's readings of the twenty-ninth pass's blind sets 69 to 71, each through the whole check as the CLI runs it,
 * and each on both sides: a cookie's Secure flag switched off, a {@code $(NAME)} reference that lost its {@code $}
 * inside a connection string, a login id left as template text, a Web Push contact on a documentation domain, an
 * environment word numbered with up to six digits, and a data source's server name read as its database host.
 */
class TwentyNinthPassLeadTests {

    @TempDir
    Path dir;

    private List<Reported> check(String fileName, String content) throws IOException {
        return CheckedFindings.check(dir, fileName, content);
    }

    @Test
    void aCookieSecureFlagSwitchedOffShouldBeReportedAndOneSwitchedOnShouldNot() throws IOException {
        List<Reported> reported = check("prod.env", """
                SESSION_COOKIE_SECURE=false
                CSRF_COOKIE_SECURE=0
                SECURE_COOKIES=True
                COOKIE_SECRET=${COOKIE_SECRET}
                """);

        assertThat(on(reported, "SESSION_COOKIE_SECURE")).extracting(Reported::code, Reported::severity)
                .containsExactly(tuple("sandbox.insecure-cookie", "NO_GO"));
        assertThat(on(reported, "CSRF_COOKIE_SECURE")).extracting(Reported::code, Reported::severity)
                .containsExactly(tuple("sandbox.insecure-cookie", "WARN"));
        assertThat(on(reported, "SECURE_COOKIES")).isEmpty();
        assertThat(on(reported, "COOKIE_SECRET")).isEmpty();
    }

    @Test
    void springsSessionCookieSecureFalseShouldBeReportedButASameSitePolicyShouldNot() throws IOException {
        List<Reported> reported = check("application-prod.properties", """
                server.servlet.session.cookie.secure=false
                server.servlet.session.cookie.same-site=lax
                """);

        assertThat(on(reported, "server.servlet.session.cookie.secure")).extracting(Reported::code)
                .containsExactly("sandbox.insecure-cookie");
        assertThat(on(reported, "server.servlet.session.cookie.same-site")).isEmpty();
    }

    @Test
    void aCapitalNameInParenthesesShouldBeATemplatePasswordButAReferenceShouldNot() throws IOException {
        List<Reported> reported = check("prod.env", """
                ConnectionStrings__Main=Host=db.acme-corp.io;Database=shop;Username=shop;Password=(POSTGRES_PROD_PASSWORD)
                ConnectionStrings__Audit=Host=db.acme-corp.io;Database=audit;Username=audit;Password=${AUDIT_DB_PASSWORD}
                """);

        assertThat(on(reported, "ConnectionStrings__Main")).extracting(Reported::code)
                .contains("database.template-credentials");
        assertThat(on(reported, "ConnectionStrings__Audit")).isEmpty();
    }

    @Test
    void aLoginIdLeftAsTemplateTextShouldBeAPlaceholderAndARealOneShouldNot() throws IOException {
        List<Reported> reported = check("staging.env", """
                AUTHORIZE_API_LOGIN_ID=your-api-login-id
                AUTHORIZE_TRANSACTION_KEY=${AUTHORIZE_TRANSACTION_KEY}
                BILLING_API_LOGIN_ID=7nQ4xR2b
                """);

        assertThat(on(reported, "AUTHORIZE_API_LOGIN_ID")).extracting(Reported::code)
                .containsExactly("secrets.placeholder");
        assertThat(on(reported, "BILLING_API_LOGIN_ID")).isEmpty();
    }

    @Test
    void aWebPushContactOnADocumentationDomainShouldBeReportedAndARealOneShouldNot() throws IOException {
        List<Reported> reported = check("prod.env", """
                VAPID_SUBJECT=mailto:noreply@example.com
                APP_VAPID_SUB=mailto:push@acme-corp.io
                """);

        assertThat(on(reported, "VAPID_SUBJECT")).extracting(Reported::code)
                .containsExactly("sandbox.reserved-mail-address");
        assertThat(on(reported, "APP_VAPID_SUB")).isEmpty();
    }

    @Test
    void anEnvironmentWordNumberedWithSixDigitsShouldBeADeveloperInstanceButSevenDigitsShouldNot() throws IOException {
        List<Reported> reported = check("server.env", """
                SNOW_URL=https://dev181141.service-now.com
                TICKETS_URL=https://dev1811412.tickets.acme-corp.io
                SUPPORT_URL=https://acme.service-now.com
                """);

        assertThat(on(reported, "SNOW_URL")).extracting(Reported::code).containsExactly("sandbox.host");
        assertThat(on(reported, "TICKETS_URL")).isEmpty();
        assertThat(on(reported, "SUPPORT_URL")).isEmpty();
    }

    @Test
    void aDataSourcesServerNameShouldBeJudgedAsItsDatabaseHostNotAsAPublicName() throws IOException {
        List<Reported> reported = check("microprofile-config.properties", """
                dataSource.serverName=localhost
                dataSource.portNumber=5432
                jdbc-connection-pool.orders_Pool.property.serverName=localhost
                server.name=localhost
                """);

        assertThat(on(reported, "dataSource.serverName")).extracting(Reported::code)
                .containsExactly("database.loopback");
        assertThat(on(reported, "jdbc-connection-pool.orders_Pool.property.serverName")).extracting(Reported::code)
                .containsExactly("database.loopback");
        assertThat(on(reported, "server.name")).extracting(Reported::code)
                .containsExactly("sandbox.local-public-url");
    }

    @Test
    void libertysGeneratedKeystorePasswordInServerEnvShouldBeReportedButAReferenceShouldNot() throws IOException {
        List<Reported> committed = check("server.env", """
                keystore_password=Qm7TzR4vLx9KpW2nYc5HbJd
                WLP_SKIP_MAXPERMSIZE=true
                """);
        List<Reported> referenced = check("other-server.env", """
                keystore_password=${KEYSTORE_PASSWORD}
                """);
        List<Reported> elsewhere = check("liberty.env", """
                keystore_password=Qm7TzR4vLx9KpW2nYc5HbJd
                """);

        assertThat(on(committed, "keystore_password")).extracting(Reported::code, Reported::severity)
                .containsExactly(tuple("secrets.packaged", "NO_GO"));
        assertThat(on(committed, "WLP_SKIP_MAXPERMSIZE")).isEmpty();
        assertThat(on(referenced, "keystore_password")).isEmpty();
        assertThat(on(elsewhere, "keystore_password")).isEmpty();
    }

    @Test
    void publishedSandboxValuesOfAsianWalletsShouldBeTestCredentialsAndLiveOnesShouldNot() throws IOException {
        List<Reported> reported = check("payments.env", """
                ZALOPAY_ENDPOINT=https://sb-openapi.zalopay.vn/v2/create
                ZALOPAY_KEY1=PcY4iZIKFCIdgZvA6ueMcMHHUbRLYjPL
                ZALOPAY_LIVE_ENDPOINT=https://openapi.zalopay.vn/v2/create
                KAKAOPAY_CID=TC0ONETIME
                KAKAOPAY_LIVE_CID=CT12345678
                PHONEPE_MERCHANT_ID=PGTESTPAYUAT
                """);

        assertThat(on(reported, "ZALOPAY_ENDPOINT")).extracting(Reported::code).containsExactly("sandbox.provider-host");
        assertThat(on(reported, "ZALOPAY_KEY1")).extracting(Reported::code).containsExactly("sandbox.test-credential");
        assertThat(on(reported, "KAKAOPAY_CID")).extracting(Reported::code).containsExactly("sandbox.test-credential");
        assertThat(on(reported, "PHONEPE_MERCHANT_ID")).extracting(Reported::code)
                .containsExactly("sandbox.test-credential");
        assertThat(on(reported, "ZALOPAY_LIVE_ENDPOINT")).isEmpty();
        assertThat(on(reported, "KAKAOPAY_LIVE_CID")).isEmpty();
    }

    @Test
    void aSchemelessAddressWithParametersShouldBeReadAsAnAddressNotAsLoopback() throws IOException {
        List<Reported> reported = check("exporter.env", """
                DATA_SOURCE_URI=postgres:5432/app?sslmode=disable
                DATA_SOURCE_USER=postgres
                REPLICA_DATA_SOURCE_URI=replica.db.internal:5432/app?sslmode=verify-full
                """);

        assertThat(on(reported, "DATA_SOURCE_URI")).extracting(Reported::code)
                .containsExactly("database.tls-disabled");
        assertThat(on(reported, "REPLICA_DATA_SOURCE_URI")).isEmpty();
    }

    @Test
    void aSearchServersSecuritySwitchedOffShouldBeReportedAndSwitchedOnShouldNot() throws IOException {
        List<Reported> off = check("compose-staging.env", """
                discovery.type=single-node
                xpack.security.enabled=false
                DISABLE_SECURITY_PLUGIN=true
                """);
        List<Reported> on = check("compose-prod.env", """
                xpack.security.enabled=true
                plugins.security.disabled=false
                """);

        assertThat(on(off, "xpack.security.enabled")).extracting(Reported::code, Reported::severity)
                .containsExactly(tuple("database.auth-disabled", "NO_GO"));
        assertThat(on(off, "DISABLE_SECURITY_PLUGIN")).extracting(Reported::code)
                .containsExactly("database.auth-disabled");
        assertThat(on(off, "discovery.type")).isEmpty();
        assertThat(on).isEmpty();
    }

    @Test
    void aKeyRepeatingAComposeSelfDefaultShouldKeepItsOwnFindingAndAPlainReferenceShouldNot() throws IOException {
        List<Reported> reported = check("compose-staging.env", """
                POSTGRES_PASSWORD=${POSTGRES_PASSWORD:-change_me}
                SPRING_DATASOURCE_PASSWORD=${POSTGRES_PASSWORD:-change_me}
                JWT_SECRET=Zq8vN3pL6tR1xW4yB7mK0sD2fH5jC9gA
                AUTH_JWT_SECRET=${JWT_SECRET}
                """);

        assertThat(on(reported, "POSTGRES_PASSWORD")).isNotEmpty().extracting(Reported::severity).containsOnly("NO_GO");
        assertThat(on(reported, "SPRING_DATASOURCE_PASSWORD")).extracting(Reported::code)
                .contains("secrets.placeholder");
        assertThat(on(reported, "AUTH_JWT_SECRET")).isEmpty();
    }

    @Test
    void aUrlWritingAComposeSelfDefaultPasswordAgainShouldKeepItsOwnFinding() throws IOException {
        List<Reported> repeated = check("compose-prod.env", """
                POSTGRES_USER=${POSTGRES_USER:-booking}
                POSTGRES_PASSWORD=${POSTGRES_PASSWORD:-booking}
                DATABASE_URL=postgresql://${POSTGRES_USER:-booking}:${POSTGRES_PASSWORD:-booking}@db:5432/booking
                """);
        List<Reported> referenced = check("compose-prod.env", """
                POSTGRES_USER=booking
                POSTGRES_PASSWORD=booking
                DATABASE_URL=postgresql://${POSTGRES_USER}:${POSTGRES_PASSWORD}@db:5432/booking
                """);

        assertThat(on(repeated, "DATABASE_URL")).extracting(Reported::code).contains("database.default-credentials");
        assertThat(on(repeated, "POSTGRES_PASSWORD")).extracting(Reported::code)
                .contains("database.default-credentials");
        assertThat(on(referenced, "DATABASE_URL")).isEmpty();
        assertThat(on(referenced, "POSTGRES_PASSWORD")).extracting(Reported::code)
                .contains("database.default-credentials");
    }
}
