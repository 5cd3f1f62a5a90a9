package dev.readiness.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Forty-fourth pass, hostile tester: {@code --container} naming an init container (a migration that runs with the
 * database password before the service) was exit 2 "has no container named migrate", so its environment could not be
 * judged at all (the forty-third pass's open item). An init container is now chosen by its name; without a name the
 * pod's one container is judged as before, its init containers not counted.
 */
class FortyFourthPassRedteamInitContainerTests {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: api
            spec:
              template:
                spec:
                  initContainers:
                    - name: migrate
                      image: acme/migrate:1
                      env:
                        - name: DB_PASSWORD
                          value: changeme
                  containers:
                    - name: api
                      image: acme/api:1
                      env:
                        - name: SERVER_PORT
                          value: "8080"
            """;

    private static String value(List<Setting> settings, String key) {
        return settings.stream().filter(setting -> setting.key().equals(key)).findFirst().orElseThrow().value();
    }

    @Test
    void anInitContainerChosenByNameIsRead() {
        List<Setting> settings = KubernetesManifests.read("deploy.yaml", DEPLOYMENT, "migrate");

        assertThat(value(settings, "DB_PASSWORD")).isEqualTo("changeme");
        assertThat(settings).noneMatch(setting -> setting.key().equals("SERVER_PORT"));
    }

    @Test
    void withoutANameThePodsOneContainerIsStillTheOneJudged() {
        List<Setting> settings = KubernetesManifests.read("deploy.yaml", DEPLOYMENT, null);

        assertThat(value(settings, "SERVER_PORT")).isEqualTo("8080");
        assertThat(settings).noneMatch(setting -> setting.key().equals("DB_PASSWORD"));
    }

    @Test
    void aNameNoContainerHasListsTheInitContainersToo() {
        assertThatThrownBy(() -> KubernetesManifests.read("deploy.yaml", DEPLOYMENT, "worker"))
                .isInstanceOf(SettingsFileException.class).hasMessageContaining("its containers: api in Deployment api")
                .hasMessageContaining("its init containers: migrate in Deployment api");
    }
}
