package dev.readiness.gates.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.settings.Settings;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeatureSwitchesTests {

    @Test
    void isOffWhenAuthenticationIsNotRequiredShouldCoverItsSecret() {
        FeatureSwitches switches = FeatureSwitches.of(Settings.of(Map.of("auth.required", "false")));

        assertThat(switches.isOff("auth.secret")).isTrue();
        assertThat(switches.isOff("store.postgres.password")).isFalse();
    }

    @Test
    void isOffWhenADotNetSectionSaysIsEnabledFalseShouldCoverTheSectionsSecrets() {
        FeatureSwitches switches = FeatureSwitches.of(Settings.of(Map.of("Logging.AwsCloudWatch.IsEnabled", "false")));

        assertThat(switches.isOff("Logging.AwsCloudWatch.SecretKey")).isTrue();
        assertThat(switches.isOff("Logging.Seq.ApiKey")).isFalse();
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

    @Test
    void sectionSwitchedOffWhenTheSectionsOwnSwitchSaysOffShouldCoverItsAddress() {
        Settings settings = Settings.of(Map.of("postfixbounce.enabled", "false", "postfixbounce.host", "127.0.0.1",
                "mailer.enable", " OFF ", "mailer.host", "127.0.0.1"));

        assertThat(FeatureSwitches.sectionSwitchedOff(settings, "postfixbounce.host")).isTrue();
        assertThat(FeatureSwitches.sectionSwitchedOff(settings, "mailer.host")).isTrue();
    }

    @Test
    void sectionSwitchedOffWhenTheSwitchIsOnElsewhereOrNotPlainShouldNotCoverTheAddress() {
        Settings settings = Settings.of(Map.of("postfixbounce.enabled", "true", "postfixbounce.host", "127.0.0.1",
                "ldap.enabled", "false", "ldap.sync.host", "127.0.0.1", "relay.enabled", "n", "relay.host",
                "127.0.0.1", "REDIS_ENABLED", "false"));

        assertThat(FeatureSwitches.sectionSwitchedOff(settings, "postfixbounce.host")).isFalse();
        assertThat(FeatureSwitches.sectionSwitchedOff(settings, "ldap.sync.host")).isFalse();
        assertThat(FeatureSwitches.sectionSwitchedOff(settings, "relay.host")).isFalse();
        assertThat(FeatureSwitches.sectionSwitchedOff(settings, "REDIS_HOST")).isFalse();
    }

    @Test
    void isOffWhenASwitchedOffSectionIsReadBroadlyShouldCoverWhatTheNarrowModeLeaves() {
        Settings settings = Settings.of(Map.of("ldap.enabled", "false", "ldap.sync.host", "127.0.0.1"));

        assertThat(FeatureSwitches.of(settings).isOff("ldap.sync.host")).isTrue();
        assertThat(FeatureSwitches.sectionSwitchedOff(settings, "ldap.sync.host")).isFalse();
    }
}
