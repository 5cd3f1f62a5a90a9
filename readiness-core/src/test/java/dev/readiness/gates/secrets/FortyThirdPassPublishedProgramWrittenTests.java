package dev.readiness.gates.secrets;

import static dev.readiness.gates.secrets.GateRuns.findingsIn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Forty-third pass, published secrets. A file whose header, the comment over its first key, says a program wrote it
 * (Matomo's {@code file automatically generated or modified by Matomo}, a Symfony {@code parameters.yml} {@code
 * auto-generated during the composer install}, AnythingLLM's {@code Auto-dump ENV from system call}) holds the
 * secrets that program generated for the host it ran on: a committed copy's literal secrets are {@code
 * secrets.likely-published}, a WARN, as an installer's finished flag already made them. A comment about one value
 * ({@code generated automatically if left empty}), a header that says the file is not generated, the same words
 * further down the file and a blank secret stay as they were. Random values were generated for this test.
 */
class FortyThirdPassPublishedProgramWrittenTests {

    private static final String SALT = "8333fd08a1f05ad1e8fa4d2b01d1669a";
    private static final String SIG_KEY = "c6615caf47134c89139fe28b400092f9010bef838a6524d97b4be4d0770f6727";
    private static final String SIG_SALT = "85d8140d8bfba0ccb5c86060326eb4bf3c30a3a37cb6ff53eb51380737c2ffbd";

    @ParameterizedTest
    @ValueSource(strings = {"# file automatically generated or modified by Matomo; you can manually override the defaults",
            "# This file is auto-generated during the composer install",
            "# Auto-dump ENV from system call on 15:40:16 GMT+0000 (Coordinated Universal Time)"})
    void aFileWhoseHeaderSaysAProgramWroteItHoldsPublishedSecrets(String header) {
        String[] lines = {header, "database.host=db", "General.salt=" + SALT};

        assertThat(findingsIn("config.properties", "General.salt", lines)).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("secrets.likely-published");
            assertThat(finding.severity()).isEqualTo(Severity.WARN);
            assertThat(finding.message()).contains("header says a program wrote the file")
                    .doesNotContain(SALT.substring(8, 12));
            assertThat(finding.remediation()).doesNotContain(SALT.substring(8, 12));
        });
    }

    @Test
    void anAutoDumpedDotenvHoldsPublishedKeys() {
        String[] lines = {"# Auto-dump ENV from system call on 03:21:51 GMT+0000 (Coordinated Universal Time)",
            "SERVER_PORT='3001'", "SIG_KEY='" + SIG_KEY + "'", "SIG_SALT='" + SIG_SALT + "'"};

        assertThat(findingsIn("anythingllm.env", "SIG_KEY", lines)).singleElement()
                .satisfies(finding -> assertThat(finding.code()).isEqualTo("secrets.likely-published"));
        assertThat(findingsIn("anythingllm.env", "SIG_SALT", lines)).singleElement()
                .satisfies(finding -> assertThat(finding.severity()).isEqualTo(Severity.WARN));
    }

    @ParameterizedTest
    @ValueSource(strings = {"# The salt is generated automatically if left empty",
            "# This file is not auto-generated: edit it by hand", "# Matomo configuration of the analytics host"})
    void aHeaderThatSaysNoProgramWroteTheFileLeavesItsSecretsAlone(String header) {
        assertThat(findingsIn("config.properties", "General.salt", header, "database.host=db",
                "General.salt=" + SALT)).isEmpty();
    }

    @Test
    void theWordsFurtherDownTheFileAreNoHeader() {
        assertThat(findingsIn("config.properties", "General.salt", "database.host=db", "",
                "# this file is auto-generated", "database.port=3306", "", "General.salt=" + SALT)).isEmpty();
    }

    @Test
    void aBlankSecretUnderTheHeaderHasNothingPublished() {
        assertThat(findingsIn("app.env", "SIG_KEY", "# Auto-dump ENV from system call on 15:40:16", "SERVER_PORT=3001",
                "SIG_KEY=")).noneMatch(finding -> finding.code().equals("secrets.likely-published"));
    }
}
