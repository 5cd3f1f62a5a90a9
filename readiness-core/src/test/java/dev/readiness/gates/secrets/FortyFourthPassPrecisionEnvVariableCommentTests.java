package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The forty-fourth pass's precision reading of a blank secret whose comment says the deployment sets it through an
 * environment variable written short: listmonk's {@code config.toml} (set 172) has {@code # set via
 * LISTMONK_db__password env variable} over a blank {@code db.password}, as {@code # Set via PRETIX_DATABASE_PASSWORD
 * environment variable} was already read. A comment that only names a variable, or asks the reader to set the value,
 * keeps the blank reported.
 */
class FortyFourthPassPrecisionEnvVariableCommentTests {

    @TempDir
    Path directory;

    @ParameterizedTest
    @ValueSource(strings = {"# set via LISTMONK_db__password env variable", "# provided by the env var at start",
        "# Password: supplied through env vars"})
    void aCommentThatSaysAnEnvVariableSetsTheBlankShouldKeepItClean(String comment) throws Exception {
        assertThat(FortyThirdPassBlankChecks.commentedBlankFindings(directory, comment, "DB_PASSWORD")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"# the env variable is read by the container", "# set the password before starting",
        "# envvars: see the README"})
    void aCommentThatOnlyNamesAVariableShouldKeepTheBlankReported(String comment) throws Exception {
        List<Finding> findings = FortyThirdPassBlankChecks.commentedBlankFindings(directory, comment, "DB_PASSWORD");
        assertThat(findings).extracting(Finding::code).contains("secrets.blank");
        assertThat(findings).allSatisfy(finding -> assertThat(finding.message()).doesNotContain("container"));
    }
}
