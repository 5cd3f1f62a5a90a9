package dev.readiness.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Kubernetes and Compose readers, through {@link ApplicationConfig}. */
class DeployManifestsTests {

    private static final String CANARY = "Qz8XwKp3LmRtYc9Bn2VjHs";

    private static final String MANIFESTS = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: app-config
            data:
              PAYMENT_URL: https://api.sandbox.example.com
            ---
            apiVersion: v1
            kind: Secret
            metadata:
              name: app-secrets
            data:
              JWT_SECRET: %s
            stringData:
              DB_PASSWORD: changeme
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: api
            spec:
              template:
                spec:
                  containers:
                    - name: api
                      envFrom:
                        - configMapRef:
                            name: app-config
                        - secretRef:
                            name: app-secrets
                          prefix: APP_
                        - secretRef:
                            name: vault-synced
                      env:
                        - name: JWT_SECRET
                          valueFrom:
                            secretKeyRef:
                              name: app-secrets
                              key: JWT_SECRET
                        - name: STRIPE_KEY
                          valueFrom:
                            secretKeyRef:
                              name: stripe
                              key: api-key
                        - name: BASE
                          value: https://shop.example.com
                        - name: CALLBACK
                          value: $(BASE)/callback
                    - name: sidecar
                      env:
                        - name: ONLY_SIDECAR
                          value: "1"
            """.formatted(Base64.getEncoder().encodeToString(CANARY.getBytes()));

    @TempDir
    Path directory;

    private Settings kubernetes(String text, String container) {
        return ApplicationConfig.builder().kubernetes("deploy.yaml", text, container).build().settings();
    }

    @Test
    void kubernetesShouldReadEnvAndEnvFromWithTheConfigMapsAndSecretsOfTheInput() {
        Settings settings = kubernetes(MANIFESTS, "api");

        assertThat(settings.value("PAYMENT_URL")).contains("https://api.sandbox.example.com");
        assertThat(settings.get("PAYMENT_URL").orElseThrow().origin().description())
                .isEqualTo("deploy.yaml:6 (ConfigMap app-config, envFrom at deploy.yaml:27)");
        assertThat(settings.value("JWT_SECRET")).contains(CANARY);
        assertThat(settings.get("JWT_SECRET").orElseThrow().origin().description())
                .startsWith("deploy.yaml:13 (Secret app-secrets key JWT_SECRET, for env JWT_SECRET at deploy.yaml:");
        assertThat(settings.value("APP_DB_PASSWORD")).contains("changeme");
        assertThat(settings.value("CALLBACK")).contains("https://shop.example.com/callback");
        assertThat(settings.contains("ONLY_SIDECAR")).isFalse();
    }

    @Test
    void kubernetesReferencesOutsideTheInputShouldBeDeferred() {
        Settings settings = kubernetes(MANIFESTS, "api");

        assertThat(settings.get("STRIPE_KEY").orElseThrow())
                .satisfies(s -> assertThat(s.isDeferred()).isTrue())
                .satisfies(s -> assertThat(s.suppliedBy()).get().asString().contains("Secret stripe"));
        assertThat(settings.get("envFrom.secretRef.vault-synced").orElseThrow().isDeferred()).isTrue();
    }

    @Test
    void kubernetesWithSeveralContainersShouldAskForOne() {
        assertThatThrownBy(() -> kubernetes(MANIFESTS, null))
                .isInstanceOf(SettingsFileException.class)
                .hasMessageContaining("has 2 containers (api in Deployment api, sidecar in Deployment api)");
        assertThatThrownBy(() -> kubernetes(MANIFESTS, "worker"))
                .hasMessageContaining("has no container named worker");
    }

    @Test
    void kubernetesInputWithoutAWorkloadShouldBeRefusedNotJudgedAsNothingToFind() {
        assertThatThrownBy(() -> kubernetes("", null))
                .isInstanceOf(SettingsFileException.class)
                .hasMessageStartingWith("deploy.yaml: has no Kubernetes object");
        assertThatThrownBy(() -> kubernetes("# helm template failed\n---\n", null))
                .hasMessageStartingWith("deploy.yaml: has no Kubernetes object");
        assertThatThrownBy(() -> kubernetes("apiVersion: v1\nkind: Secret\nmetadata: {name: s}\nstringData:\n  JWT_SECRET: "
                + CANARY + "\n", null))
                .isInstanceOf(SettingsFileException.class)
                .hasMessageStartingWith("deploy.yaml: has no workload with a container")
                .message().doesNotContain(CANARY.substring(0, 4));
    }

    @Test
    void kubernetesShouldReadCronJobsAndLists() {
        String text = """
                apiVersion: v1
                kind: List
                items:
                  - apiVersion: batch/v1
                    kind: CronJob
                    metadata: {name: nightly}
                    spec:
                      jobTemplate:
                        spec:
                          template:
                            spec:
                              containers:
                                - name: job
                                  env: [{name: MODE, value: live}]
                """;

        assertThat(kubernetes(text, null).value("MODE")).contains("live");
    }

    @Test
    void textThatIsNotAManifestShouldBeRefusedWithItsLine() {
        assertThatThrownBy(() -> kubernetes("JWT_SECRET=" + CANARY + "\n", null))
                .isInstanceOf(SettingsFileException.class)
                .hasMessageStartingWith("deploy.yaml:1: document 1 is not a Kubernetes object")
                .message().doesNotContain(CANARY.substring(0, 4));
        assertThatThrownBy(() -> kubernetes("kind: Secret\ndata:\n  K: '%%%'\n", null))
                .hasMessageStartingWith("deploy.yaml:3: key K of Secret (unnamed) is not valid base64");
    }

    @Test
    void kubernetesFieldOfTheWrongShapeShouldBeAnErrorNamingTheLineNotSkipped() {
        // kubectl refuses each of these; read leniently, the variable would be dropped and the rest judged GO
        String header = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n";
        String pod = header + "    - name: a\n      env:\n        - name: SERVER_PORT\n          value: \"8080\"\n%s\n";
        Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put("deploy.yaml:11: env[1] of container a is a list, not a single value",
                "        - name: JWT_SECRET\n          value: [" + CANARY + "]");
        cases.put("deploy.yaml:11: env[1] of container a is a mapping, not a single value",
                "        - name: JWT_SECRET\n          value: {a: " + CANARY + "}");
        cases.put("deploy.yaml:11: env[1].valueFrom of container a is not a mapping",
                "        - name: JWT_SECRET\n          valueFrom: " + CANARY);
        cases.put("deploy.yaml:10: env[1] of container a has no name",
                "        - value: " + CANARY);
        cases.put("deploy.yaml:10: env[1] of container a is not a mapping with a name",
                "        - JWT_SECRET=" + CANARY);
        cases.forEach((message, lines) -> assertThatThrownBy(() -> kubernetes(pod.formatted(lines), null))
                .as(lines)
                .isInstanceOf(SettingsFileException.class)
                .hasMessageStartingWith(message)
                .message().doesNotContain(CANARY.substring(0, 4)));

        assertThatThrownBy(() -> kubernetes(header + "    - name: a\n      envFrom:\n"
                + "        - configMapRef: {name: c}\n      env:\n        JWT_SECRET: changeme\n", null))
                .isInstanceOf(SettingsFileException.class)
                .hasMessageStartingWith("deploy.yaml:10: env of container a is a mapping, not a list");
        assertThatThrownBy(() -> kubernetes(header + "    - name: a\n      envFrom:\n        configMapRef: {name: c}\n",
                null))
                .hasMessageStartingWith("deploy.yaml:8: envFrom of container a is a mapping, not a list");
        assertThatThrownBy(() -> kubernetes(header + "    name: a\n    env: [{name: JWT_SECRET, value: changeme}]\n",
                null))
                .hasMessageStartingWith("deploy.yaml:6: containers of Pod p is a mapping, not a list");
        assertThatThrownBy(() -> kubernetes("apiVersion: v1\nkind: Secret\nmetadata: {name: s}\nstringData:\n"
                + "  - JWT_SECRET=changeme\n---\n" + header
                + "    - name: a\n      envFrom: [{secretRef: {name: s}}]\n",
                null))
                .hasMessageStartingWith("deploy.yaml:5: stringData of Secret s is a list, not a mapping");
    }

    @Test
    void composeEnvironmentOfTheWrongShapeShouldBeAnErrorNamingTheLineNotSkipped() throws IOException {
        Files.writeString(directory.resolve("api.env"), "SERVER_PORT=8080\n");
        Path compose = directory.resolve("compose.yaml");
        Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put(":5: environment of service api is a single value, not a mapping or a list",
                "    environment: JWT_SECRET=" + CANARY);
        cases.put(":6: environment.JWT_SECRET of service api is a mapping, not a single value",
                "    environment:\n      JWT_SECRET: {a: " + CANARY + "}");
        cases.put(":6: environment.JWT_SECRET of service api is a list, not a single value",
                "    environment:\n      JWT_SECRET: [" + CANARY + "]");
        cases.put(":6: environment[0] of service api is a mapping, not KEY=value",
                "    environment:\n      - {JWT_SECRET: " + CANARY + "}");
        cases.put(":2: service api is a single value, not a mapping; Compose refuses it",
                "  api: JWT_SECRET=" + CANARY + "\n  other:\n    image: y");
        cases.put(":5: env_file entry of service api has no path:",
                "    env_file:\n      - required: true");
        for (Map.Entry<String, String> entry : cases.entrySet()) {
            String envFile = entry.getValue().contains("env_file") ? "" : "    env_file: api.env\n";
            Files.writeString(compose, entry.getValue().startsWith("  api:") ? "services:\n" + entry.getValue() + "\n"
                    : "services:\n  api:\n    image: x\n" + envFile + entry.getValue() + "\n");
            assertThatThrownBy(() -> ApplicationConfig.builder().composeFile(compose, "api").build())
                    .as(entry.getValue())
                    .isInstanceOf(SettingsFileException.class)
                    .hasMessageStartingWith(compose + entry.getKey())
                    .message().doesNotContain(CANARY.substring(0, 4));
        }
    }

    @Test
    void composeShouldReadEnvironmentAndEnvFileWithInterpolation() throws IOException {
        Files.writeString(directory.resolve(".env"), "TAG=from-dotenv\n");
        Files.writeString(directory.resolve("api.env"), "FROM_FILE=1\nOVERRIDDEN=file\n");
        Path compose = directory.resolve("compose.yaml");
        Files.writeString(compose, """
                services:
                  api:
                    env_file: api.env
                    environment:
                      OVERRIDDEN: compose
                      URL: https://${HOST:-shop.example.com}/x
                      PRICE: $$5
                      IMAGE_TAG: ${TAG}
                      SECRET: ${API_SECRET}
                      PASSED:
                  db:
                    environment:
                      - POSTGRES_PASSWORD=postgres
                """);

        Settings settings = ApplicationConfig.builder().environment(Map.of("PASSED", "shell"))
                .composeFile(compose, "api").build().settings();

        assertThat(settings.value("FROM_FILE")).contains("1");
        assertThat(settings.value("OVERRIDDEN")).contains("compose");
        assertThat(settings.get("OVERRIDDEN").orElseThrow().origin().description()).isEqualTo(compose + ":5");
        assertThat(settings.value("URL")).contains("https://shop.example.com/x");
        assertThat(settings.value("PRICE")).contains("$5");
        assertThat(settings.value("IMAGE_TAG")).contains("from-dotenv");
        // session 26: a value interpolated from .env names the .env line too, where it is fixed
        assertThat(settings.get("IMAGE_TAG").orElseThrow().origin().description())
                .isEqualTo(compose + ":8 via TAG from " + directory.resolve(".env") + ":1");
        // session 29: a default the Compose file itself supplies is named, as the placeholder resolution names one
        assertThat(settings.get("URL").orElseThrow().origin().description())
                .isEqualTo(compose + ":6 via the default of ${HOST}");
        assertThat(settings.get("SECRET").orElseThrow().isDeferred()).isTrue();
        assertThat(settings.value("PASSED")).contains("shell");
        assertThat(ApplicationConfig.builder().composeFile(compose, "db").build().settings()
                .value("POSTGRES_PASSWORD")).contains("postgres");
        assertThatThrownBy(() -> ApplicationConfig.builder().composeFile(compose, null).build())
                .hasMessageContaining("has 2 services (api, db); choose one by name");
    }

    @Test
    void composeServiceShouldInheritWhatTheServiceItExtendsInjectsAsComposeMergesIt() throws IOException {
        // session 24: extends: was not followed, so a service whose settings all come from its base was "no settings
        // to check (empty input …)" and one with settings of its own was judged without the inherited ones
        Files.createDirectories(directory.resolve("common"));
        Files.writeString(directory.resolve("common/base.env"), "FROM_BASE_FILE=1\nSHARED=base-file\n");
        Files.writeString(directory.resolve("common/services.yml"), """
                services:
                  base:
                    env_file: base.env
                    environment:
                      JWT_SECRET: changeme
                      SHARED: base-environment
                """);
        Files.writeString(directory.resolve("api.env"), "SHARED=api-file\n");
        Path compose = directory.resolve("compose.yaml");
        Files.writeString(compose, """
                services:
                  middle:
                    extends:
                      file: common/services.yml
                      service: base
                    environment:
                      MIDDLE: from-middle
                  api:
                    extends: middle
                    env_file: api.env
                    environment:
                      OWN: 1
                """);

        Settings settings = ApplicationConfig.builder().composeFile(compose, "api").build().settings();

        assertThat(settings.get("JWT_SECRET").orElseThrow())
                .satisfies(s -> assertThat(s.value()).isEqualTo("changeme"))
                .satisfies(s -> assertThat(s.origin().description()).isEqualTo(directory.resolve("common/services.yml")
                        + ":5"));
        assertThat(settings.get("FROM_BASE_FILE").orElseThrow().origin().description())
                .isEqualTo(directory.resolve("common/base.env") + ":1 via env_file of service base");
        // environment: (the base's included) beats env_file: (the service's own included), as after Compose's merge
        assertThat(settings.value("SHARED")).contains("base-environment");
        assertThat(settings.value("MIDDLE")).contains("from-middle");
        assertThat(settings.value("OWN")).contains("1");
    }

    @Test
    void composeExtendsThatLoopsOrNamesNothingShouldBeAnErrorNamingTheFileAndLine() throws IOException {
        Path compose = directory.resolve("compose.yaml");
        Files.writeString(compose, "services:\n  a:\n    extends: b\n  b:\n    extends: a\n  c:\n    extends: nope\n"
                + "  d:\n    extends:\n      file: missing.yml\n      service: x\n");

        assertThatThrownBy(() -> ApplicationConfig.builder().composeFile(compose, "a").build())
                .isInstanceOf(SettingsFileException.class).hasMessageStartingWith(compose + ":5: extends of service b"
                        + " loops back to service a");
        assertThatThrownBy(() -> ApplicationConfig.builder().composeFile(compose, "c").build())
                .isInstanceOf(SettingsFileException.class).hasMessageStartingWith(compose + ":7: service c extends"
                        + " nope, which this file does not define");
        assertThatThrownBy(() -> ApplicationConfig.builder().composeFile(compose, "d").build())
                .isInstanceOf(SettingsFileException.class).hasMessageStartingWith(compose + ":10: extends file"
                        + " missing.yml of service d does not exist");
    }

    @Test
    void composeServiceOfAnIncludedFileShouldBeReadAsComposeIncludesIt() throws IOException {
        // hostile testing, twenty-fifth pass: include: (Compose 2.20+) was not followed, so a service defined in an
        // included file was "has no service named api", and a file holding only include: was "is not a Compose file"
        Files.createDirectories(directory.resolve("backend/nested"));
        Files.writeString(directory.resolve("backend/.env"), "TAG=backend-dotenv\n");
        Files.writeString(directory.resolve("backend/api.env"), "FROM_FILE=1\n");
        Files.writeString(directory.resolve("backend/compose.yaml"), """
                include:
                  - nested/db.yaml
                services:
                  base:
                    environment:
                      JWT_SECRET: changeme
                  api:
                    extends: base
                    env_file: api.env
                    environment:
                      IMAGE_TAG: ${TAG}
                """);
        Files.writeString(directory.resolve("backend/nested/db.yaml"), """
                services:
                  db:
                    environment:
                      POSTGRES_PASSWORD: postgres
                """);
        Path compose = directory.resolve("compose.yaml");
        Files.writeString(compose, """
                include:
                  - path: backend/compose.yaml
                services:
                  web:
                    image: nginx
                """);
        Path only = directory.resolve("only-include.yaml");
        Files.writeString(only, "include:\n  - backend/compose.yaml\n");

        Settings api = ApplicationConfig.builder().composeFile(compose, "api").build().settings();
        assertThat(api.get("JWT_SECRET").orElseThrow())
                .satisfies(s -> assertThat(s.value()).isEqualTo("changeme"))
                .satisfies(s -> assertThat(s.origin().description()).isEqualTo(
                        directory.resolve("backend/compose.yaml") + ":6"));
        assertThat(api.get("FROM_FILE").orElseThrow().origin().description())
                .isEqualTo(directory.resolve("backend/api.env") + ":1 via env_file of service api");
        // an included file is interpolated with its own project directory's .env, as Compose loads it
        assertThat(api.value("IMAGE_TAG")).contains("backend-dotenv");
        assertThat(ApplicationConfig.builder().composeFile(compose, "db").build().settings().value("POSTGRES_PASSWORD"))
                .contains("postgres");
        assertThat(ApplicationConfig.builder().composeFile(only, "api").build().settings().value("JWT_SECRET"))
                .contains("changeme");
    }

    @Test
    void composeFilesOfOneIncludePathListShouldBeMergedAsOverrideFilesTheLaterWinningKeyByKey() throws IOException {
        // hostile testing, twenty-sixth pass: include: [{path: [base.yml, override.yml]}] merges the files as
        // `docker compose -f base.yml -f override.yml` does; a service in both was exit 2, "service api is also
        // defined by base.yml, which this file includes; Compose refuses it", which Compose does not
        Files.writeString(directory.resolve("base.yml"), """
                services:
                  api:
                    image: acme/api
                    env_file: base.env
                    environment:
                      JWT_SECRET: changeme
                      APP_NAME: orders
                """);
        Files.writeString(directory.resolve("base.env"), "FROM_BASE=1\nSHARED=base\n");
        Files.writeString(directory.resolve("override.yml"), """
                services:
                  api:
                    env_file: override.env
                    environment:
                      JWT_SECRET: Xk9qT2vLmR7pZ4wN8cB3yH6jD1fG5sKaQeW0uVbE3rYt8iOp
                """);
        Files.writeString(directory.resolve("override.env"), "SHARED=override\n");
        Path compose = directory.resolve("compose.yaml");
        Files.writeString(compose, """
                include:
                  - path:
                      - base.yml
                      - override.yml
                services:
                  web:
                    image: nginx
                """);

        Settings api = ApplicationConfig.builder().composeFile(compose, "api").build().settings();

        assertThat(api.get("JWT_SECRET").orElseThrow()).satisfies(s -> assertThat(s.value()).startsWith("Xk9q"))
                .satisfies(s -> assertThat(s.origin().description()).isEqualTo(
                        directory.resolve("override.yml") + ":5"));
        assertThat(api.get("APP_NAME").orElseThrow().origin().description())
                .isEqualTo(directory.resolve("base.yml") + ":7");
        assertThat(api.value("FROM_BASE")).contains("1");
        assertThat(api.get("SHARED").orElseThrow().origin().description())
                .isEqualTo(directory.resolve("override.env") + ":1 via env_file of service api");

        Files.writeString(compose, "include:\n  - path: [override.yml, base.yml]\n");
        assertThat(ApplicationConfig.builder().composeFile(compose, "api").build().settings().value("JWT_SECRET"))
                .contains("changeme");

        Files.writeString(compose, "include:\n  - base.yml\n  - override.yml\n");
        assertThatThrownBy(() -> ApplicationConfig.builder().composeFile(compose, "api").build())
                .isInstanceOf(SettingsFileException.class)
                .hasMessageStartingWith(directory.resolve("override.yml") + ":3: service api is also defined by "
                        + directory.resolve("base.yml") + ", which " + compose + " also includes; Compose refuses it");
    }

    @Test
    void composeIncludeThatLoopsNamesNothingOrRedefinesAServiceShouldBeAnErrorNamingTheFileAndLine()
            throws IOException {
        Path loop = directory.resolve("loop.yaml");
        Files.writeString(loop, "include:\n  - loop2.yaml\nservices:\n  a:\n    image: x\n");
        Files.writeString(directory.resolve("loop2.yaml"), "include:\n  - loop.yaml\nservices:\n  b:\n    image: x\n");
        Path missing = directory.resolve("missing.yaml");
        Files.writeString(missing, "include:\n  - nothing-here.yaml\nservices:\n  a:\n    image: x\n");
        Path twice = directory.resolve("twice.yaml");
        Files.writeString(directory.resolve("other.yaml"), "services:\n  api:\n    environment:\n      A: 1\n");
        Files.writeString(twice, "include:\n  - other.yaml\nservices:\n  api:\n    environment:\n      B: 2\n");
        Path wrong = directory.resolve("wrong.yaml");
        Files.writeString(wrong, "include:\n  - [a, b]\nservices:\n  a:\n    image: x\n");

        assertThatThrownBy(() -> ApplicationConfig.builder().composeFile(loop, "a").build())
                .isInstanceOf(SettingsFileException.class)
                .hasMessageStartingWith(directory.resolve("loop2.yaml") + ":2: include of loop.yaml loops back");
        assertThatThrownBy(() -> ApplicationConfig.builder().composeFile(missing, "a").build())
                .isInstanceOf(SettingsFileException.class)
                .hasMessageStartingWith(missing + ":2: include file nothing-here.yaml does not exist");
        assertThatThrownBy(() -> ApplicationConfig.builder().composeFile(twice, "api").build())
                .isInstanceOf(SettingsFileException.class)
                .hasMessageStartingWith(twice + ":5: service api is also defined by " + directory.resolve("other.yaml"));
        Path folder = directory.resolve("folder.yaml");
        Files.writeString(folder, "include:\n  - .\nservices:\n  a:\n    image: x\n");
        assertThatThrownBy(() -> ApplicationConfig.builder().composeFile(folder, "a").build())
                .isInstanceOf(SettingsFileException.class)
                .hasMessageStartingWith(folder + ":2: include of . names a directory");
        assertThatThrownBy(() -> ApplicationConfig.builder().composeFile(wrong, "a").build())
                .isInstanceOf(SettingsFileException.class)
                .hasMessageStartingWith(wrong + ":2: include entries must be paths");
    }

    @Test
    void composeEnvFileOriginsShouldBeNormalisedHoweverTheComposeFileIsNamed() throws IOException {
        Files.createDirectories(directory.resolve("deploy"));
        Files.writeString(directory.resolve("api.env"), "JWT_SECRET=x\n");
        Files.writeString(directory.resolve("compose.yaml"), "services:\n  api:\n    env_file: ./deploy/../api.env\n");

        String plain = ApplicationConfig.builder().composeFile(directory.resolve("compose.yaml"), null).build()
                .settings().get("JWT_SECRET").orElseThrow().origin().description();
        String winding = ApplicationConfig.builder().composeFile(directory.resolve("deploy/.././compose.yaml"), null)
                .build().settings().get("JWT_SECRET").orElseThrow().origin().description();

        assertThat(plain).isEqualTo(winding)
                .isEqualTo(directory.resolve("api.env") + ":1 via env_file of service api");
    }

    @Test
    void composeEnvFileThatIsNeitherAPathNorAMappingShouldBeAnErrorNamingTheLine() throws IOException {
        Path compose = directory.resolve("compose.yaml");
        Files.writeString(compose, "services:\n  api:\n    env_file:\n      - [nested, list]\n");

        assertThatThrownBy(() -> ApplicationConfig.builder().composeFile(compose, null).build())
                .isInstanceOf(SettingsFileException.class)
                .hasMessageStartingWith(compose + ":4: env_file entries must be paths");
    }
}
