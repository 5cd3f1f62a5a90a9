package dev.readiness.gates.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.gates.sandbox.SandboxGate;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Forty-fifth pass, credentials: loopback databases written in shapes the database gate did not read. A Perl DBI data
 * source with no host ({@code dbi:mysql:orders}, {@code DBI:Pg:dbname=orders;}) connects to the local server; a
 * database's server list or service address under a plural or {@code service} last word ({@code mongodb.servers},
 * {@code adapters.mongodb.addresses}, {@code MONGO_SERVICE}) is its host, also when written as a HOCON or JSON list of
 * quoted strings. And, in the sandbox gate, a site address ({@code SITE_ADDRESS}, the name Caddy serves a site under)
 * is the site's domain, so on loopback it is the local-public-url NO-GO, as a site address written as a URL already
 * was. Beside each, the values that tempt the rule: a data source naming a remote host, a template data source, a
 * service's port or type, a Compose service name, a bracketed template slot, a site address that is a bind-all port,
 * a real domain or a postal address. Findings name the key, never the value.
 */
class FortyFifthPassCredentialsTests {

    private static List<String> loopbacks(String fileName, String text) {
        Settings settings = fileName.endsWith(".env") ? Settings.builder().dotenv(fileName, text).build()
                : Settings.builder().properties(fileName, text).build();
        return new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(f -> f.code().equals("database.loopback"))
                .map(Finding::subject).toList();
    }

    private static List<Finding> findings(String text) {
        Settings settings = Settings.builder().properties("app.properties", text).build();
        return new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "dbi:mysql:orders",
        "DBI:mysql:database=orders;port=3306",
        "dbi:MariaDB:orders:127.0.0.1:3306",
        "DBI:Pg:dbname=orders;",
        "dbi:Pg:dbname=orders;host=localhost;port=5432"})
    void aDbiDataSourceWithNoHostOrALoopbackOneIsTheLocalServer(String dsn) {
        assertThat(loopbacks("app.properties", "shop.db.dsn=" + dsn + "\n")).containsExactly("shop.db.dsn");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "dbi:mysql:database=orders;host=orders-db.prod.internal;port=3306",
        "dbi:mysql:orders:orders-db.prod.internal:3306",
        "dbi:Pg:dbname=orders;host=orders-db.prod.internal",
        "DBI:mysql:database=$Self->{Database};host=$Self->{DatabaseHost};",
        "dbi:SQLite:dbname=/var/lib/orders/orders.db"})
    void aDbiDataSourceNamingARemoteHostATemplateOrAnotherDriverIsNoLoopback(String dsn) {
        assertThat(loopbacks("app.properties", "shop.db.dsn=" + dsn + "\n")).isEmpty();
    }

    @Test
    void aDbiSqliteDataSourceIsAnEmbeddedFileNotALocalServer() {
        List<Finding> found = findings("shop.db.dsn=dbi:SQLite:dbname=/var/lib/orders/orders.db\n");
        assertThat(found).extracting(Finding::code).contains("database.embedded").doesNotContain("database.loopback");
    }

    @Test
    void theDbiFindingNamesTheKeyButNotTheDatabase() {
        assertThat(findings("shop.db.dsn=dbi:mysql:ledger_archive\n"))
                .filteredOn(f -> f.code().equals("database.loopback")).singleElement()
                .satisfies(f -> assertThat(f.message() + f.remediation()).doesNotContain("ledger_archive"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "mongodb.servers=[ \"localhost:27017\" ]",
        "mongodb.servers=[\"127.0.0.1:27017\", \"127.0.0.1:27018\"]",
        "store.adapters.mongodb.addresses=localhost:27017",
        "cassandra.hosts=127.0.0.1"})
    void aDatabasesServerListOnLoopbackIsALoopbackDatabase(String line) {
        String key = line.substring(0, line.indexOf('='));
        assertThat(loopbacks("app.properties", line + "\n")).containsExactly(key);
    }

    @Test
    void aDatabaseServiceOnLoopbackIsALoopbackDatabase() {
        assertThat(loopbacks("stack.env", "MONGO_SERVICE=localhost:27017\n")).containsExactly("MONGO_SERVICE");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "DB_SERVICE=postgres",
        "MONGO_SERVICE=mongo:27017",
        "MONGO_SERVICE_PORT=27017",
        "POSTGRES_SERVICE_HOST=orders-postgres",
        "mongodb.service.type=ClusterIP",
        "mongodb.servers=[ \"mongo-0.mongo:27017\", \"mongo-1.mongo:27017\" ]",
        "mongodb.servers=[your-mongo-servers]",
        "elastic.hosts=http://localhost:9200"})
    void aServiceNameARemoteListAPortOrACacheStaysClean(String line) {
        assertThat(loopbacks("stack.env", line + "\n")).isEmpty();
    }

    @Test
    void aBracketedTemplateSlotIsNotReadAsAList() {
        assertThat(DatabaseGate.firstQuotedListed("[your-mongo-host]")).isEqualTo("[your-mongo-host]");
        assertThat(DatabaseGate.firstQuotedListed("[ 'db-a:27017', 'db-b:27017' ]")).isEqualTo("db-a:27017");
        assertThat(DatabaseGate.firstQuotedListed("localhost:27017")).isEqualTo("localhost:27017");
    }

    private static List<Finding> sandbox(String dotenv) {
        Settings settings = Settings.builder().dotenv("stack.env", dotenv).build();
        return new SandboxGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings();
    }

    @ParameterizedTest
    @ValueSource(strings = {"SITE_ADDRESS=localhost", "SITE_ADDRESS=localhost:8080",
        "SITE_ADDRESS=127.0.0.1:2368", "web.site_address=127.0.0.1"})
    void aSiteAddressOnLoopbackIsALocalPublicUrl(String line) {
        String key = line.substring(0, line.indexOf('='));
        assertThat(sandbox(line + "\n")).filteredOn(f -> f.subject().equals(key))
                .extracting(Finding::code, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("sandbox.local-public-url", Severity.NO_GO));
    }

    @ParameterizedTest
    @ValueSource(strings = {"SITE_ADDRESS=:80", "SITE_ADDRESS=shop.orbitmail.net",
        "SITE_ADDRESS=12 Harbour Road, Leith", "OFFICE_ADDRESS=localhost", "SITE_ADDRESS_LINE=Unit 4, Mill Lane"})
    void aBindAllPortARealDomainOrAPostalAddressStaysClean(String line) {
        String key = line.substring(0, line.indexOf('='));
        assertThat(sandbox(line + "\n")).filteredOn(f -> f.subject().equals(key)).isEmpty();
    }
}
