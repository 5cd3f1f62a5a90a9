package dev.readiness.gates.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.Origin;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import dev.readiness.settings.SettingsBuilder;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Key=value connection strings (.NET, libpq) whose password alone is injected at run time. */
class ThirtySecondPassEndpointsDatabaseTests {

    /** Each line as the CLI reads an environment file: a value holding {@code ${X}} is supplied at run time. */
    private static List<Finding> env(String text) {
        SettingsBuilder builder = Settings.builder();
        int line = 0;
        for (String written : text.split("\n")) {
            line++;
            int equals = written.indexOf('=');
            String key = written.substring(0, equals);
            String value = written.substring(equals + 1);
            Origin origin = Origin.of("deploy.env:" + line);
            builder.add(value.contains("${") ? Setting.deferred(key, value, origin, "environment variables")
                    : Setting.of(key, value, origin));
        }
        return new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, builder.build())).findings();
    }

    @Test
    void aDotNetConnectionStringWithAnInjectedPasswordIsJudgedForWhatItWritesOut() {
        // Compose or Kubernetes environment of an ASP.NET Core service: ConnectionStrings:Default as an env variable
        assertThat(env("ConnectionStrings__Default=Server=mssql.prod.internal,1433;Database=shop;User Id=shop;"
                + "Password=${DB_PASSWORD};Encrypt=False\n"
                + "ConnectionStrings__Reports=Server=mssql.prod.internal;Database=reports;User Id=${DB_USER};"
                + "Password=${DB_PASSWORD};TrustServerCertificate=True\n"
                + "ConnectionStrings__Events=Host=pg.prod.internal;Database=events;Username=events;"
                + "Password=${PG_PASSWORD};SSL Mode=Disable\n"
                + "ConnectionStrings__Audit=Server=localhost;Database=audit;User Id=audit;Password=${AUDIT_PASSWORD}\n"
                + "ConnectionStrings__Admin=Server=localhost;Database=audit;User Id=sa;Password=${SA_PASSWORD}\n"))
                .extracting(Finding::subject, Finding::code, Finding::severity)
                .containsExactlyInAnyOrder(
                        Tuple.tuple("ConnectionStrings__Default", "database.tls-disabled", Severity.WARN),
                        Tuple.tuple("ConnectionStrings__Reports", "database.tls-unverified", Severity.WARN),
                        Tuple.tuple("ConnectionStrings__Events", "database.tls-disabled", Severity.WARN),
                        Tuple.tuple("ConnectionStrings__Audit", "database.loopback", Severity.WARN),
                        // the superuser's login with an injected password is no developer's written one: a WARN too
                        Tuple.tuple("ConnectionStrings__Admin", "database.loopback", Severity.WARN));
    }

    @Test
    void aDotNetConnectionStringWithTlsOnOrAReferencedTlsModeStaysClean() {
        // Encrypt=True (the default of Microsoft.Data.SqlClient 4+), and a TLS mode supplied at run time
        assertThat(env("ConnectionStrings__Default=Server=tcp:shop.database.windows.net,1433;Database=shop;"
                + "User Id=shop;Password=${DB_PASSWORD};Encrypt=True;TrustServerCertificate=False\n"
                + "ConnectionStrings__Orders=Host=pg.prod.internal;Database=orders;Username=orders;"
                + "Password=${PG_PASSWORD};SSL Mode=${PG_SSL_MODE}\n"))
                .isEmpty();
    }

    @Test
    void onlyCredentialsMayBeTheInjectedParts() {
        assertThat(InjectedPasswordStrings.filled("Server=db;User Id=app;Password=${P};Encrypt=False"))
                .isEqualTo("Server=db;User Id=app;Password=q7Xv2Lm9Tz4Rk8Pw;Encrypt=False");
        assertThat(InjectedPasswordStrings.filled("host=pg.internal user=app password=${P} sslmode=disable"))
                .isEqualTo("host=pg.internal user=app password=q7Xv2Lm9Tz4Rk8Pw sslmode=disable");
        assertThat(InjectedPasswordStrings.filled("Server=${DB_SERVER};Password=${P};Encrypt=False")).isNull();
        assertThat(InjectedPasswordStrings.filled("postgres://app:${P}@db/app?sslmode=disable")).isNull();
    }

    @Test
    void anEnvironmentLookupFallingBackToASqliteFileBuiltByCodeIsAnEmbeddedDatabase() {
        // Flask config.py flattened: the fallback is computed, so it is no ${VAR:default} the settings layer reads
        assertThat(env("SQLALCHEMY_DATABASE_URI=os.environ.get('DATABASE_URL') or 'sqlite:///' + "
                + "os.path.join(basedir, 'app.db')\n"
                + "DATABASE_URI=os.getenv('DATABASE_URL', f'sqlite:///{BASE_DIR}/' + 'app.db')\n"))
                .extracting(Finding::subject, Finding::code, Finding::severity)
                .containsExactlyInAnyOrder(
                        Tuple.tuple("SQLALCHEMY_DATABASE_URI", "database.embedded", Severity.NO_GO),
                        Tuple.tuple("DATABASE_URI", "database.embedded", Severity.NO_GO));
    }

    @Test
    void anEnvironmentLookupFallingBackToAServerOrASqliteWordInATextStaysNotEmbedded() {
        assertThat(env("SQLALCHEMY_DATABASE_URI=os.environ.get('DATABASE_URL') or 'postgresql://' + host + '/app'\n"
                + "DATABASE_URL=os.environ['DATABASE_URL']\n"
                + "DATABASE_NOTE='sqlite:///' + os.path.join(basedir, 'app.db') if DEBUG else None\n"))
                .extracting(Finding::code).doesNotContain("database.embedded");
    }
}
