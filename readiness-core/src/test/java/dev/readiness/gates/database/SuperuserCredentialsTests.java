package dev.readiness.gates.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A connection that logs in as the server's built-in superuser with a password committed beside it is a default
 * credential; managed services that issue such a user on their own domain stay clean.
 */
class SuperuserCredentialsTests {

    private static List<Finding> production(String key, String value) {
        return new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, Settings.of(Map.of(key, value)))).findings();
    }

    static Stream<Arguments> superuserWithCommittedPassword() {
        return Stream.of(
                arguments("ConnectionStrings__CatalogConnection", "Server=sqlserver,1433;Initial Catalog=Catalog;"
                        + "User Id=sa;Password=@someThingComplicated1234;Trusted_Connection=false;"),
                arguments("ConnectionStrings__Orders", "Server=orders.database-host.io;Database=orders;User ID=SA;"
                        + "Password=Xk82hfs9QmWp;Encrypt=true"),
                arguments("spring.datasource.url", "jdbc:sqlserver://mssql:1433;databaseName=shop;user=sa;"
                        + "password=Xk82hfs9QmWp;encrypt=true"),
                arguments("DATABASE_URL", "postgresql://postgres:Rk8mW2qN6vT4zX1c@db:5432/app"),
                arguments("MYSQL_URL", "mysql://root:ZpXoCiVuBy7t5r3e@mysql:3306/shop"),
                arguments("DATABASE_URL", "postgresql://postgres:Rk8mW2qN6vT4zX1c@127.0.0.1:5432/app"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("superuserWithCommittedPassword")
    void aBuiltInSuperuserWithACommittedPasswordShouldBeDefaultCredentials(String key, String value) {
        List<Finding> findings = production(key, value);

        assertThat(findings).filteredOn(f -> f.code().equals("database.default-credentials")).singleElement()
                .satisfies(finding -> {
                    assertThat(finding.severity()).isEqualTo(Severity.NO_GO);
                    assertThat(finding.subject()).isEqualTo(key);
                    assertThat(finding.message()).contains("superuser").doesNotContain("Rk8mW2qN6vT4zX1c")
                            .doesNotContain("Xk82hfs9QmWp").doesNotContain("someThingComplicated");
                });
    }

    static Stream<Arguments> managedOrReferenced() {
        return Stream.of(
                arguments("SUPABASE_DB_URL", "postgresql://postgres:Rk8mW2qN6vT4zX1c@db.abcdefghijklmnopqrst.supabase.co"
                        + ":5432/postgres"),
                arguments("DATABASE_URL", "postgresql://postgres:rzipz2erOFUhUIbfto83iENd@org-northwind-inst-billing"
                        + ".data-1.use1.tembo.io:5432/postgres?sslmode=require"),
                arguments("MYSQL_URL", "mysql://root:ZpXoCiVuBy7t5r3e1w9q2a4s6d8f0g1h@mysql.railway.internal:3306/railway"),
                arguments("DATABASE_URL", "postgresql://postgres:${DB_PASSWORD}@db:5432/app"),
                arguments("ConnectionStrings__Orders", "Server=orders.database.windows.net;Database=orders;"
                        + "User ID=orders_app;Password=Xk82hfs9QmWp;Encrypt=true"),
                arguments("DATABASE_URL", "postgresql://app_user:Rk8mW2qN6vT4zX1c@db:5432/app"),
                arguments("SAML_DATABASE_URL", "postgresql://saml:Rk8mW2qN6vT4zX1c@db:5432/saml"));
    }

    @ParameterizedTest(name = "{0}={1} stays without default credentials")
    @MethodSource("managedOrReferenced")
    void managedSuperusersReferencesAndApplicationUsersShouldNotBeDefaultCredentials(String key, String value) {
        assertThat(production(key, value)).extracting(Finding::code).doesNotContain("database.default-credentials");
    }
}
