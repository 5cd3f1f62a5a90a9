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

class FeatureSwitchesTests {

    private static List<Finding> findings(Map<String, String> settings, String key) {
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, Settings.of(settings))).findings().stream()
                .filter(finding -> finding.subject().equals(key)).toList();
    }

    @Test
    void isOffWhenAuthenticationIsNotRequiredShouldCoverItsSecret() {
        FeatureSwitches switches = FeatureSwitches.of(Settings.of(Map.of("auth.required", "false")));

        assertThat(switches.isOff("auth.secret")).isTrue();
        assertThat(switches.isOff("store.postgres.password")).isFalse();
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
    void isOffWhenADotNetSectionSaysIsEnabledFalseShouldCoverTheSectionsSecrets() {
        FeatureSwitches switches = FeatureSwitches.of(Settings.of(Map.of("Logging.AwsCloudWatch.IsEnabled", "false")));

        assertThat(switches.isOff("Logging.AwsCloudWatch.SecretKey")).isTrue();
        assertThat(switches.isOff("Logging.Seq.ApiKey")).isFalse();
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
    void isOffWhenAProviderSelectorChoosesAnotherSectionShouldCoverTheUnchosenSections() {
        FeatureSwitches switches = FeatureSwitches.of(Settings.of(Map.of("Storage.Provider", "Local",
                "Storage.Local.Path", "/data/files", "Storage.Amazon.AccessKeyID", "xxx",
                "Storage.Amazon.SecretAccessKey", "xxx", "Storage.Azure.ConnectionString", "xxx",
                "Storage.Azure.Container", "files")));

        assertThat(switches.isOff("Storage.Amazon.SecretAccessKey")).isTrue();
        assertThat(switches.isOff("Storage.Azure.ConnectionString")).isTrue();
        assertThat(switches.isOff("Storage.Local.Path")).isFalse();
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

    @Test
    void isOffWhenTheChosenSectionDoesNotExistOrTheSecretStandsAloneShouldNotCoverIt() {
        FeatureSwitches noSuchSection = FeatureSwitches.of(Settings.of(Map.of("Storage.Provider", "S3",
                "Storage.Amazon.AccessKeyID", "xxx", "Storage.Amazon.SecretAccessKey", "xxx")));
        FeatureSwitches lone = FeatureSwitches.of(Settings.of(Map.of("Auth.Provider", "oidc",
                "Auth.Oidc.Issuer", "https://id.acme-corp.io", "Auth.Oidc.ClientId", "web", "Auth.TokenSecret", "x")));

        assertThat(noSuchSection.isOff("Storage.Amazon.SecretAccessKey")).isFalse();
        assertThat(lone.isOff("Auth.TokenSecret")).isFalse();
    }

    @Test
    void isOffWhenSelectorsSitAtSeveralDepthsShouldJudgeEachSectionByItsOwnSelector() {
        Map<String, String> settings = new java.util.LinkedHashMap<>();
        settings.put("Storage.Provider", "Local");
        settings.put("Storage.Local.Path", "/data/files");
        settings.put("Storage.Amazon.AccessKeyID", "xxx");
        settings.put("Storage.Amazon.SecretAccessKey", "xxx");
        settings.put("Media.Images.Provider", "Amazon");
        settings.put("Media.Images.Amazon.Bucket", "images");
        settings.put("Media.Images.Azure.AccountKey", "xxx");
        settings.put("Media.Images.Azure.Container", "images");
        settings.put("Cache.Backend", "Redis");
        settings.put("Cache.Redis.Host", "cache");
        settings.put("Cache.Memcached.Host", "memcached");
        settings.put("Cache.Memcached.Password", "xxx");
        settings.put("Queue.Type", "Kafka");
        settings.put("Queue.Rabbit.Host", "rabbit");
        settings.put("Queue.Rabbit.Password", "xxx");

        FeatureSwitches switches = FeatureSwitches.of(Settings.of(settings));

        assertThat(switches.isOff("Storage.Amazon.SecretAccessKey")).isTrue();
        assertThat(switches.isOff("Media.Images.Azure.AccountKey")).isTrue();
        assertThat(switches.isOff("Cache.Memcached.Password")).isTrue();
        assertThat(switches.isOff("Storage.Local.Path")).isFalse();
        assertThat(switches.isOff("Media.Images.Amazon.Bucket")).isFalse();
        assertThat(switches.isOff("Cache.Redis.Host")).isFalse();
        assertThat(switches.isOff("Queue.Rabbit.Password")).isFalse();
    }
}
