package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hostile testing, thirty-eighth pass: the thirty-seventh session's reading of a blank connect option beside the URI
 * (MEAN.js's {@code db.options.pass} beside {@code db.uri}, which Mongoose reads first) left any blank password out
 * once a URI was set, also when the URI is written out without user information and the options name the user:
 * {@code db.options.user=app}, {@code db.options.pass=} and {@code db.uri=mongodb://db.acme-corp.com/app} was GO in
 * production, though the options are then the only credentials the client sends.
 */
class ThirtyEighthPassRedteamConnectOptionsTests {

    private static List<String> findingsIn(String text) {
        Settings settings = ApplicationConfig.builder().configText("production.properties", text + "\n").build()
                .settings();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .map(finding -> finding.severity() + " " + finding.code() + " " + finding.subject()).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", quoteCharacter = '^', value = {
            "db.uri=mongodb://db.acme-corp.com:27017/app ~ db.options.user=app ~ db.options.pass=",
            "db.url=mongodb+srv://cluster0.acme-corp.com/app ~ db.options.username=app ~ db.options.password=",
            "db.uri=mongodb://db.acme-corp.com/app ~ db.options.user=${MONGO_USER} ~ db.options.pass="})
    void aBlankOptionPasswordBesideAUriWithoutCredentialsAndANamedUserShouldBeJudged(String uri, String user,
            String pass) {
        String key = pass.substring(0, pass.indexOf('='));
        assertThat(findingsIn(uri + "\n" + user + "\n" + pass)).contains("NO_GO secrets.blank " + key);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", quoteCharacter = '^', value = {
            "db.uri=mongodb://app:Xk29vLq8Zr7Wm3NpQ@db.acme-corp.com:27017/app ~ db.options.user=app ~ db.options.pass=",
            "db.uri=${MONGO_URI} ~ db.options.user=app ~ db.options.pass=",
            "db.uri=process.env.MONGOHQ_URL || 'mongodb://localhost/mean' ~ db.options.user= ~ db.options.pass=",
            "db.uri=mongodb://db.acme-corp.com:27017/app ~ db.options.user= ~ db.options.pass="})
    void aBlankOptionPasswordTheUriMayCarryShouldStayClean(String uri, String user, String pass) {
        String key = pass.substring(0, pass.indexOf('='));
        assertThat(findingsIn(uri + "\n" + user + "\n" + pass)).noneMatch(finding -> finding.endsWith(" " + key)
                && finding.startsWith("NO_GO"));
    }
}
