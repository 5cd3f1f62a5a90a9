package dev.readiness.gates.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.gates.sandbox.SandboxGate;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Settings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Blind sets 88 and 89 (thirty-second pass): an SQLite file under a storage key (Sequelize's
 * {@code production.storage}, Authelia's {@code storage.local.path}), TLS switched off in a section whose engine
 * switch names a database server (TypeORM's top-level {@code type=postgres} beside {@code ssl=false}, Knex's
 * {@code production.client=pg} above {@code production.connection.ssl=false}), and an OpenSSL verify mode of
 * {@code none} (Mastodon's and Discourse's SMTP) were missed.
 */
class ThirtySecondPassLeadSectionTests {

    private static List<String> findings(String text) {
        Settings settings = ApplicationConfig.builder().configText("config.properties", text).build().settings();
        GateContext context = GateContext.of(Stage.PRODUCTION, settings);
        List<String> found = new ArrayList<>();
        new DatabaseGate().check(context).findings().forEach(finding -> found.add(finding.severity() + " "
                + finding.code() + " " + finding.subject()));
        new SandboxGate().check(context).findings().forEach(finding -> found.add(finding.severity() + " "
                + finding.code() + " " + finding.subject()));
        return found;
    }

    @Test
    void anSqliteFileUnderAStorageKeyShouldBeEmbedded() {
        // the forty-fourth pass gives the file the verdict of its block's engine switch, a NO-GO of its own
        assertThat(findings("production.dialect=sqlite\nproduction.storage=./database.sqlite\n"))
                .contains("NO_GO database.embedded production.storage");
        assertThat(findings("storage.local.path=/config/db.sqlite3\n"))
                .containsExactly("WARN database.embedded storage.local.path");
    }

    @Test
    void otherFilesUnderStorageKeysShouldStayClean() {
        assertThat(findings("storage.local.path=/var/lib/app/uploads\n")).isEmpty();
        assertThat(findings("storage.local.path=/data/blobs.db\n")).isEmpty();
        assertThat(findings("development.storage=./dev.sqlite\n")).isEmpty();
        assertThat(findings("cache.storage=/tmp/cache.sqlite\n")).isEmpty();
    }

    @Test
    void tlsOffInASectionWhoseEngineIsADatabaseServerShouldBeReported() {
        assertThat(findings("type=postgres\nhost=postgres\nssl=false\n"))
                .contains("WARN database.tls-disabled ssl");
        assertThat(findings("production.client=pg\nproduction.connection.host=pg.internal\n"
                + "production.connection.ssl=false\n")).contains("WARN database.tls-disabled production.connection.ssl");
    }

    @Test
    void tlsSwitchesOfOtherSectionsOrLeftOnShouldStayClean() {
        assertThat(findings("type=postgres\nhost=postgres\nssl=true\n")).isEmpty();
        assertThat(findings("type=sqlite\nssl=false\n")).isEmpty();
        assertThat(findings("mail.type=smtp\nmail.ssl=false\n")).isEmpty();
        assertThat(findings("production.client=pg\nproduction.connection.host=pg.internal\n"
                + "production.connection.ssl.rejectUnauthorized=true\n")).isEmpty();
    }

    @Test
    void anOpensslVerifyModeOfNoneShouldBeUnverifiedTls() {
        assertThat(findings("smtp.openssl_verify_mode=none\n")).hasSize(1)
                .allMatch(finding -> finding.startsWith("NO_GO sandbox.") || finding.startsWith("WARN sandbox."));
        assertThat(findings("smtp.openssl_verify_mode=peer\n")).isEmpty();
    }

    @Test
    void aSandboxSegmentInARelativeProviderPathShouldBeATestPath() {
        assertThat(findings("weixin.midas.pay_url=/cgi-bin/midas/sandbox/pay\n"))
                .containsExactly("NO_GO sandbox.test-path weixin.midas.pay_url");
        assertThat(findings("wx.pay_url=/sandboxnew/pay/unifiedorder\n"))
                .containsExactly("NO_GO sandbox.test-path wx.pay_url");
        assertThat(findings("SANDBOX_URL=/sandbox\ndocs.url=/docs/sandboxes/intro\nredirect_url=/my-sandbox\n")).isEmpty();
    }

    @Test
    void aFileNotifierAndIdentityServersDevelopmentKeyShouldBeStandIns() {
        assertThat(findings("notifier.filesystem.filename=/config/notification.txt\n"))
                .containsExactly("NO_GO sandbox.discard-transport notifier.filesystem.filename");
        assertThat(findings("IdentityServer.Key.Type=Development\n"))
                .containsExactly("NO_GO sandbox.test-credential IdentityServer.Key.Type");
    }

    @Test
    void otherFileSystemsAndKeyTypesShouldStayClean() {
        assertThat(findings("storage.filesystem.path=/data\nnotifier.smtp.sender=Auth <auth@acme.org>\n")).isEmpty();
        assertThat(findings("IdentityServer.Key.Type=File\nIdentityServer.Key.FilePath=/secrets/key.pfx\n"))
                .isEmpty();
        assertThat(findings("Encryption.Key.Type=Development\n")).isEmpty();
    }

    @Test
    void theWordDomainAloneAsAHostShouldBeATemplate() {
        assertThat(findings("url=https://DOMAIN\n")).containsExactly("NO_GO sandbox.reserved-host url");
        assertThat(findings("url=https://mastodon.social\nAPI_URL=https://api.domainr.com\n")).isEmpty();
    }
}
