package dev.readiness.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.gates.secrets.SecretsGate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Blind set 189 (forty-fifth pass): the Supabase CLI's {@code config.toml} writes a secret the environment supplies as
 * the whole value {@code env(NAME)}; it was judged as a literal secret (two false NO-GO, two false WARN). It is now a
 * reference as {@code ${NAME}} is, and a value that only looks like one is still judged.
 */
class FortyFifthPassLeadSupabaseReferenceTests {

    @TempDir
    Path directory;

    private List<String> findings(String text) throws IOException {
        Path file = Files.writeString(directory.resolve("supabase-config.properties"), text);
        Settings settings = ApplicationConfig.builder().configFile(file).build().settings();
        List<String> found = new ArrayList<>();
        new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().forEach(finding -> found.add(
                finding.severity() + " " + finding.code() + " " + finding.subject()));
        return found;
    }

    @Test
    void supabaseEnvironmentReferencesShouldBeReadAsReferences() throws IOException {
        assertThat(findings("""
                studio.openai_api_key=env(OPENAI_API_KEY)
                auth.external.apple.secret=env(SUPABASE_AUTH_EXTERNAL_APPLE_SECRET)
                experimental.s3_secret_key=env(S3_SECRET_KEY)
                """)).isEmpty();
    }

    @Test
    void valuesThatOnlyLookLikeAReferenceShouldStillBeJudged() throws IOException {
        assertThat(findings("""
                a.secret_key=env(changeme)
                b.secret_key=env(S3_SECRET_KEY)changeme
                c.secret_key=prefix-env(S3_SECRET_KEY)
                """)).extracting(finding -> finding.substring(finding.lastIndexOf(' ') + 1))
                .containsExactlyInAnyOrder("a.secret_key", "b.secret_key", "c.secret_key");
    }
}
