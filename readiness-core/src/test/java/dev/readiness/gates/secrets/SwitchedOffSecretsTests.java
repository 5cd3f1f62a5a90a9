package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The secrets gate over integrations and sections a configuration switches off ({@code FeatureSwitches}). */
class SwitchedOffSecretsTests {

    private static List<Finding> findings(Map<String, String> settings, String key) {
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, Settings.of(settings))).findings().stream()
                .filter(finding -> finding.subject().equals(key)).toList();
    }

    @Test
    void checkWhenAuthenticationIsOffShouldNotStopOnItsShippedSecret() {
        assertThat(findings(Map.of("auth.required", "false", "auth.secret", "do-not-use-this-secret-in-production"),
                "auth.secret")).extracting(Finding::severity).doesNotContain(Severity.NO_GO);
    }

    @Test
    void checkWhenAuthenticationIsRequiredShouldStopOnItsShippedSecret() {
        assertThat(findings(Map.of("auth.required", "true", "auth.secret", "do-not-use-this-secret-in-production"),
                "auth.secret")).extracting(Finding::severity).containsOnly(Severity.NO_GO);
    }

    @Test
    void checkWhenASwitchedOffSectionHoldsAPlaceholderShouldNotStopButAnEnabledOneShould() {
        assertThat(findings(Map.of("Logging.AwsCloudWatch.IsEnabled", "false", "Logging.AwsCloudWatch.SecretKey", "xxx"),
                "Logging.AwsCloudWatch.SecretKey")).extracting(Finding::severity).doesNotContain(Severity.NO_GO);
        assertThat(findings(Map.of("Logging.AwsCloudWatch.IsEnabled", "true", "Logging.AwsCloudWatch.SecretKey", "xxx"),
                "Logging.AwsCloudWatch.SecretKey")).extracting(Finding::severity).containsOnly(Severity.NO_GO);
        assertThat(findings(Map.of("Logging.AwsCloudWatch.SecretKey", "xxx"), "Logging.AwsCloudWatch.SecretKey"))
                .extracting(Finding::severity).containsOnly(Severity.NO_GO);
    }

    @Test
    void checkWhenTheSelectorChoosesTheSectionOfTheSecretShouldStillStopOnItsPlaceholder() {
        Map<String, String> chosen = Map.of("Storage.Provider", "Amazon", "Storage.Local.Path", "/data/files",
                "Storage.Amazon.AccessKeyID", "xxx", "Storage.Amazon.SecretAccessKey", "xxx");
        Map<String, String> other = Map.of("Storage.Provider", "Local", "Storage.Local.Path", "/data/files",
                "Storage.Amazon.AccessKeyID", "xxx", "Storage.Amazon.SecretAccessKey", "xxx");

        assertThat(findings(chosen, "Storage.Amazon.SecretAccessKey")).extracting(Finding::severity)
                .containsOnly(Severity.NO_GO);
        assertThat(findings(other, "Storage.Amazon.SecretAccessKey")).extracting(Finding::severity)
                .doesNotContain(Severity.NO_GO);
    }
}
