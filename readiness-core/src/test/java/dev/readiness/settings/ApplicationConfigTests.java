package dev.readiness.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplicationConfigTests {

    private static final String CANARY = "Qz8XwKp3LmRtYc9Bn2VjHs";

    @TempDir
    Path directory;

    private Path write(String relative, String text) throws IOException {
        return TestFiles.write(directory, relative, text);
    }

    private Settings yaml(String text) {
        return ApplicationConfig.builder().configText("application.yml", text).build().settings();
    }

    @Test
    void yamlShouldJoinNestedKeysAndIndexListsWithValueOrigins() {
        Settings settings = yaml("""
                spring:
                  datasource:
                    url: jdbc:postgresql://db/app
                cors:
                  origins:
                    - https://a.example
                    - https://b.example
                empty: []
                nothing:
                """);

        assertThat(settings.get("spring.datasource.url")).get()
                .satisfies(s -> assertThat(s.origin().description()).isEqualTo("application.yml:3:10"));
        assertThat(settings.value("cors.origins[1]")).contains("https://b.example");
        assertThat(settings.list("cors.origins")).containsExactly("https://a.example", "https://b.example");
        assertThat(settings.value("empty")).contains("");
        assertThat(settings.value("nothing")).contains("");
    }

    @Test
    void yamlDocumentsShouldApplyOnlyWhenTheirProfileExpressionMatches() {
        String text = """
                jwt.secret: dev-only
                ---
                spring.config.activate.on-profile: prod & !eu
                jwt.secret: from-prod-not-eu
                ---
                spring:
                  config:
                    activate:
                      on-profile: "eu | staging"
                jwt.secret: from-eu-or-staging
                """;

        assertThat(ApplicationConfig.builder().configText("application.yml", text).profiles("prod").build()
                .settings().value("jwt.secret")).contains("from-prod-not-eu");
        assertThat(ApplicationConfig.builder().configText("application.yml", text).profiles("prod", "eu").build()
                .settings().value("jwt.secret")).contains("from-eu-or-staging");
        assertThat(yaml(text).value("jwt.secret")).contains("dev-only");
    }

    @Test
    void propertiesDocumentsShouldSplitAtHashAndBangSeparators() {
        String text = "a=1\n#---\nspring.config.activate.on-profile=prod\na=2\n!---\nb=3\n";

        Settings prod = ApplicationConfig.builder().configText("application.properties", text).profiles("prod")
                .build().settings();
        Settings dev = ApplicationConfig.builder().configText("application.properties", text).build().settings();

        assertThat(prod.value("a")).contains("2");
        assertThat(prod.get("a").orElseThrow().origin().description()).isEqualTo("application.properties:4");
        assertThat(dev.value("a")).contains("1");
        assertThat(dev.value("b")).contains("3");
    }

    @Test
    void quarkusProfilePrefixesShouldKeepOnlyTheActiveProfilesSettingsAndLetThemReplaceUnprefixedOnes() {
        String text = "quarkus.datasource.jdbc.url=jdbc:postgresql://localhost/dev\n"
                + "%prod.quarkus.datasource.jdbc.url=${DB_URL}\n"
                + "%dev.quarkus.http.host=0.0.0.0\n"
                + "%dev,test.quarkus.datasource.password=quarkus\n"
                + "%staging.app.url=https://staging.example.org\n"
                + "quarkus.datasource.username=app\n";

        Settings prod = ApplicationConfig.builder().configText("application.properties", text).build().settings();
        Settings test = ApplicationConfig.builder().configText("application.properties", text).profiles("test")
                .build().settings();
        Settings staging = ApplicationConfig.builder().configText("application.properties", text)
                .environment(Map.of("QUARKUS_PROFILE", "staging")).build().settings();

        assertThat(prod.get("quarkus.datasource.jdbc.url")).isEmpty();
        assertThat(prod.get("%prod.quarkus.datasource.jdbc.url").orElseThrow().origin().description())
                .isEqualTo("application.properties:2");
        assertThat(prod.get("%dev.quarkus.http.host")).isEmpty();
        assertThat(prod.get("%dev,test.quarkus.datasource.password")).isEmpty();
        assertThat(prod.get("%staging.app.url")).isEmpty();
        assertThat(prod.value("quarkus.datasource.username")).contains("app");
        assertThat(test.value("%dev,test.quarkus.datasource.password")).contains("quarkus");
        assertThat(test.value("quarkus.datasource.jdbc.url")).contains("jdbc:postgresql://localhost/dev");
        assertThat(test.get("%prod.quarkus.datasource.jdbc.url")).isEmpty();
        assertThat(staging.value("%staging.app.url")).contains("https://staging.example.org");
        assertThat(staging.get("%prod.quarkus.datasource.jdbc.url")).isEmpty();
    }

    @Test
    void defaultProfilesOfTheFilesShouldApplyWhenNoProfileIsActiveAsSpringBootAppliesThem() throws IOException {
        // spring.profiles.default=prod with no active profile: Spring Boot starts with prod and reads
        // application-prod.properties; --app judged the files without it and said GO (twenty-third pass)
        write("src/main/resources/application.properties", "spring.profiles.default=prod\n"
                + "spring.profiles.group.prod=eu\n");
        write("src/main/resources/application-prod.properties", "jwt.secret=changeme\n");
        write("src/main/resources/application-eu.properties", "region=eu\n");

        ApplicationConfig config = ApplicationConfig.builder().application(directory).build();

        assertThat(config.activeProfiles()).containsExactly("prod", "eu");
        assertThat(config.settings().value("jwt.secret")).contains("changeme");
        assertThat(ApplicationConfig.builder().application(directory).profiles("dev").build().settings()
                .value("jwt.secret")).isEmpty();
    }

    @Test
    void twoSpellingsOfOneKeyInOneFileShouldBeJudgedOnTheOneSpringBootReads() throws IOException {
        // jwt.secret=changeme, then JWT_SECRET=<random> in one application.properties: Spring Boot reads jwt.secret
        // by its exact name (JWT_SECRET maps to no property name outside the environment), but the later spelling
        // replaced it here and the check said GO (twenty-third pass); so did jwt.SECRET after jwt.secret in YAML
        String random = "Zq8wX3vRk2Lp9Tn4Hs7Yd1Fm6Cb5Gj0aQe3Wr8Ty2Ui";
        write("src/main/resources/application.properties", "jwt.secret=changeme\nJWT_SECRET=" + random + "\n"
                + "api.key=" + random + "\nAPI.KEY=changeme\napi.key=again\n");
        write("src/main/resources/application-prod.yml", "mail:\n  password: changeme\n  PASSWORD: " + random + "\n");

        Settings settings = ApplicationConfig.builder().application(directory).profiles("prod").build().settings();

        assertThat(settings.value("jwt.secret")).contains("changeme");
        assertThat(settings.get("jwt.secret").orElseThrow().origin().line()).hasValue(1);
        assertThat(settings.value("api.key")).contains("again");
        assertThat(settings.value("mail.password")).contains("changeme");
        assertThat(Settings.builder().properties("a.properties", "jwt.secret=changeme\nJWT_SECRET=" + random + "\n")
                .build().value("jwt.secret")).contains("changeme");
        assertThat(Settings.builder().properties("a.properties", "jwt.secret=one\njwt.secret=two\n")
                .build().value("jwt.secret")).contains("two");
    }

    @Test
    void applicationShouldLayerFilesLikeSpringBoot() throws IOException {
        write("src/main/resources/application.yml", "a: yml\nb: yml\nc: yml\nd: yml\nspring.profiles.active: prod\n");
        write("src/main/resources/application.properties", "b=properties\n");
        write("src/main/resources/config/application.yml", "c: config\n");
        write("src/main/resources/application-prod.yml", "d: prod\ne: prod\n");
        write("src/main/resources/config/application-prod.properties", "e=config-prod\n");

        ApplicationConfig config = ApplicationConfig.builder().application(directory).build();

        Settings settings = config.settings();
        assertThat(config.activeProfiles()).containsExactly("prod");
        assertThat(settings.value("a")).contains("yml");
        assertThat(settings.value("b")).contains("properties");
        assertThat(settings.value("c")).contains("config");
        assertThat(settings.value("d")).contains("prod");
        assertThat(settings.value("e")).contains("config-prod");
    }

    @Test
    void projectShouldAlsoReadTheDirectoryItStartsInWithConfigAndItsSubdirectoriesAsSpringBootDoes()
            throws IOException {
        write("src/main/resources/application.yml", "a: jar\nb: jar\nc: jar\nd: jar\ne: jar\n");
        write("src/main/resources/application-prod.yml", "p: jar-prod\n");
        write("application.properties", "b=working\n");
        write("config/application.yml", "c: working-config\nd: working-config\n");
        write("config/a-first/application.properties", "d=config-a\ne=config-a\n");
        write("config/b-second/application.properties", "e=config-b\n");
        write("config/..data/application.properties", "e=kubernetes-link\n");
        write("config/prod/application-prod.properties", "p=working-prod\n");

        Settings settings = ApplicationConfig.builder().application(directory).profiles("prod").build().settings();

        assertThat(settings.value("a")).contains("jar");
        assertThat(settings.value("b")).contains("working");
        assertThat(settings.value("c")).contains("working-config");
        assertThat(settings.value("d")).contains("config-a");
        assertThat(settings.value("e")).contains("config-b");
        assertThat(settings.value("p")).contains("working-prod");
        assertThat(settings.get("e").orElseThrow().origin().description())
                .endsWith("config/b-second/application.properties:1");
    }

    @Test
    void resourcesDirectoryShouldReadItsConfigSubdirectoriesAndAcceptThemAsTheOnlyConfiguration()
            throws IOException {
        write("config/prod/application.yml", "jwt.secret: from-config-prod\n");

        Settings settings = ApplicationConfig.builder().application(directory).build().settings();

        assertThat(settings.value("jwt.secret")).contains("from-config-prod");
    }

    @Test
    void environmentShouldWinOverFilesAndChooseTheProfiles() throws IOException {
        write("application.yml", "jwt:\n  secret: from-file\n");
        write("application-live.yml", "region: live\n");
        Path env = write("prod.env", "JWT_SECRET=from-env\nSPRING_PROFILES_ACTIVE=live\n");

        ApplicationConfig config = ApplicationConfig.builder().application(directory).envFile(env).build();

        assertThat(config.activeProfiles()).containsExactly("live");
        assertThat(config.settings().get("jwt.secret").orElseThrow())
                .satisfies(s -> assertThat(s.value()).isEqualTo("from-env"))
                .satisfies(s -> assertThat(s.origin().description()).endsWith("prod.env:1"));
        assertThat(config.settings().value("region")).contains("live");
    }

    @Test
    void profilesShouldExpandGroupsAndIncludes() throws IOException {
        write("application.properties", "spring.profiles.include=common\nspring.profiles.group.prod=proddb,prodmq\n");

        ApplicationConfig config = ApplicationConfig.builder().application(directory).profiles("prod").build();

        assertThat(config.activeProfiles()).containsExactly("common", "prod", "proddb", "prodmq");
    }

    @Test
    void packagedJarShouldBeReadFromBootInfClasses() throws IOException {
        Path jar = directory.resolve("app.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            entry(zip, "BOOT-INF/classes/application.yml", "jwt.secret: ${JWT_SECRET:changeme}\n");
            entry(zip, "BOOT-INF/classes/application-prod.properties", "db.url=jdbc:h2:mem:test\n");
        }

        Settings settings = ApplicationConfig.builder().application(jar).profiles("prod").build().settings();

        assertThat(settings.get("jwt.secret").orElseThrow())
                .satisfies(s -> assertThat(s.value()).isEqualTo("changeme"))
                .satisfies(s -> assertThat(s.origin().description())
                        .isEqualTo(jar + "!/BOOT-INF/classes/application.yml:1:13 via the default of ${JWT_SECRET}"));
        assertThat(settings.get("db.url").orElseThrow().origin().description())
                .isEqualTo(jar + "!/BOOT-INF/classes/application-prod.properties:1");
    }

    @Test
    void packagedJarShouldReadAConfigurationFileOfALibraryWhereItsClassesHaveNoneOfThatName() throws IOException {
        // Spring Boot's class loader finds classpath:application-prod.yml in the first library holding one when
        // BOOT-INF/classes has none: a library's file runs, so it is judged; the application's own wins over it
        java.io.ByteArrayOutputStream first = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(first)) {
            entry(zip, "application-prod.yml", "jwt.secret: changeme\n");
            entry(zip, "application.yml", "server.port: 9999\n");
            entry(zip, "config/application.properties", "app.from-library=yes\n");
        }
        java.io.ByteArrayOutputStream second = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(second)) {
            entry(zip, "application-prod.yml", "jwt.secret: from-the-second-library\n");
        }
        Path jar = directory.resolve("app.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            entry(zip, "BOOT-INF/classes/application.yml", "server.port: 8080\n");
            entry(zip, "BOOT-INF/classpath.idx", "- \"BOOT-INF/lib/starter.jar\"\n- \"BOOT-INF/lib/other.jar\"\n");
            zip.putNextEntry(new java.util.zip.ZipEntry("BOOT-INF/lib/other.jar"));
            zip.write(second.toByteArray());
            zip.closeEntry();
            zip.putNextEntry(new java.util.zip.ZipEntry("BOOT-INF/lib/starter.jar"));
            zip.write(first.toByteArray());
            zip.closeEntry();
        }

        Settings settings = ApplicationConfig.builder().application(jar).profiles("prod").build().settings();

        assertThat(settings.get("jwt.secret").orElseThrow())
                .satisfies(s -> assertThat(s.value()).isEqualTo("changeme"))
                .satisfies(s -> assertThat(s.origin().description())
                        .isEqualTo(jar + "!/BOOT-INF/lib/starter.jar!/application-prod.yml:1:13"));
        assertThat(settings.value("server.port")).contains("8080");
        assertThat(settings.value("app.from-library")).contains("yes");
    }

    @Test
    void executableWarShouldBeReadFromItsWebInfClassesAndLibrariesAsSpringBootReadsIt() throws IOException {
        // an executable war (Spring Boot's war packaging) keeps the application's classes in WEB-INF/classes and
        // its libraries in WEB-INF/lib and WEB-INF/lib-provided: `--app app.war` was exit 2 ("has no
        // application.properties"), so nothing in it was judged
        java.io.ByteArrayOutputStream starter = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(starter)) {
            entry(zip, "application-prod.yml", "jwt.secret: changeme\n");
        }
        Path war = directory.resolve("app.war");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(war))) {
            entry(zip, "WEB-INF/classes/application.properties", "server.port=8080\n");
            entry(zip, "WEB-INF/classes/application-prod.properties", "app.mode=live\n");
            zip.putNextEntry(new java.util.zip.ZipEntry("WEB-INF/lib/starter.jar"));
            zip.write(starter.toByteArray());
            zip.closeEntry();
        }

        Settings settings = ApplicationConfig.builder().application(war).profiles("prod").build().settings();

        assertThat(settings.value("server.port")).contains("8080");
        assertThat(settings.get("app.mode").orElseThrow().origin().description())
                .isEqualTo(war + "!/WEB-INF/classes/application-prod.properties:1");
        assertThat(settings.get("jwt.secret").orElseThrow())
                .satisfies(s -> assertThat(s.value()).isEqualTo("changeme"))
                .satisfies(s -> assertThat(s.origin().description())
                        .isEqualTo(war + "!/WEB-INF/lib/starter.jar!/application-prod.yml:1:13"));
    }

    @Test
    void propertiesOrConfigurationFileThatIsANamedPipeShouldBeReadNotSkipped() throws Exception {
        // session 24: --properties <(vault kv get -format=properties …) or a file that is a named pipe was skipped as
        // "not a regular file", so the check said GO (exit 0) on settings it never read; --env-file read it
        for (String name : java.util.List.of("secrets.properties", "secrets.yml")) {
            Path fifo = directory.resolve(name);
            Process mkfifo;
            try {
                mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
            } catch (IOException noMkfifo) {
                org.junit.jupiter.api.Assumptions.assumeTrue(false, "mkfifo is not available on this system");
                return;
            }
            org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0 && Files.exists(fifo),
                    "cannot make a named pipe here");
            Thread writer = new Thread(() -> {
                try (java.io.OutputStream out = Files.newOutputStream(fifo)) {
                    out.write((name.endsWith(".yml") ? "jwt:\n  secret: changeme\n" : "jwt.secret=changeme\n")
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            writer.setDaemon(true);
            writer.start();

            ApplicationConfig.Builder builder = ApplicationConfig.builder();
            Settings settings = (name.endsWith(".yml") ? builder.configFile(fifo) : builder.propertiesFile(fifo))
                    .build().settings();

            assertThat(settings.value("jwt.secret")).as(name).contains("changeme");
        }
    }

    @Test
    void jarWithTwoEntriesOfTheSameConfigurationFileShouldBeRefusedNamingIt() throws IOException {
        Path jar = directory.resolve("forged.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            entry(zip, "BOOT-INF/classes/application.yml", "jwt.secret: " + CANARY + "\n");
            entry(zip, "BOOT-INF/classes/applicatioX.yml", "jwt.secret: changeme\n");
        }
        byte[] bytes = Files.readAllBytes(jar);
        String latin = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)
                .replace("applicatioX.yml", "application.yml");
        Files.write(jar, latin.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> ApplicationConfig.builder().application(jar).build())
                .isInstanceOf(SettingsFileException.class)
                .hasMessageStartingWith(jar + "!/BOOT-INF/classes/application.yml: appears more than once in the jar")
                .message().doesNotContain(CANARY.substring(0, 4));
    }

    @Test
    void applicationFileThatIsASymbolicLinkLoopShouldBeAnErrorSayingSo() throws IOException {
        Path link = directory.resolve("application.yml");
        try {
            Files.createSymbolicLink(link, link.getFileName());
        } catch (UnsupportedOperationException | IOException noLinks) {
            org.junit.jupiter.api.Assumptions.assumeTrue(false, "symbolic links are not available here");
        }

        assertThatThrownBy(() -> ApplicationConfig.builder().application(directory).build())
                .isInstanceOf(SettingsFileException.class)
                .hasMessage(link + ": is a symbolic link that loops back on itself (too many levels of symbolic"
                        + " links)");
    }

    @Test
    void applicationFileThatIsADirectoryOrADeviceShouldBeAnErrorNotSkipped() throws IOException {
        // skipped, the production profile's file went unjudged and the base file alone decided the verdict
        Files.writeString(directory.resolve("application.properties"), "server.port=8080\n");
        Path profileFile = Files.createDirectory(directory.resolve("application-prod.yml"));

        assertThatThrownBy(() -> ApplicationConfig.builder().application(directory).profiles("prod").build())
                .isInstanceOf(SettingsFileException.class)
                .hasMessage(profileFile + ": is a directory, not a file");

        Files.delete(profileFile);
        Path device = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(device) && !Files.isRegularFile(device));
        try {
            Files.createSymbolicLink(profileFile, device);
        } catch (UnsupportedOperationException | IOException noLinks) {
            org.junit.jupiter.api.Assumptions.assumeTrue(false, "symbolic links are not available here");
        }
        assertThatThrownBy(() -> ApplicationConfig.builder().application(directory).profiles("prod").build())
                .isInstanceOf(SettingsFileException.class)
                .hasMessage(profileFile + ": is not a regular file (a device, pipe or socket), so it cannot be judged");
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        TestFiles.entry(zip, name, text);
    }

    @Test
    void applicationWithoutConfigurationShouldBeRefused() {
        assertThatThrownBy(() -> ApplicationConfig.builder().application(directory).build())
                .isInstanceOf(SettingsFileException.class)
                .hasMessageContaining("has no application.properties");
    }

    @Test
    void placeholdersShouldResolveAcrossSourcesNamingBothPlaces() throws IOException {
        write("application.yml", "app:\n  signing-key: ${JWT_SECRET}\nurl: jdbc:postgresql://${DB_HOST:localhost}/app\n");
        Path env = write("prod.env", "A=1\nJWT_SECRET=" + CANARY + "\n");

        Settings settings = ApplicationConfig.builder().application(directory).envFile(env).build().settings();

        Setting secret = settings.get("app.signing-key").orElseThrow();
        assertThat(secret.value()).isEqualTo(CANARY);
        assertThat(secret.isDeferred()).isFalse();
        assertThat(secret.origin().description()).isEqualTo(directory.resolve("application.yml") + ":2:16 via"
                + " environment variable JWT_SECRET from " + env + ":2");
        assertThat(settings.value("url")).contains("jdbc:postgresql://localhost/app");
    }

    @Test
    void placeholdersShouldResolveNestedAndEscapedForms() {
        Settings settings = yaml("""
                name: HOST
                HOST: db.internal
                a: ${${name}}
                b: ${missing:${HOST}}
                c: \\${HOST}
                d: ${x:a:b}
                """);

        assertThat(settings.value("a")).contains("db.internal");
        assertThat(settings.value("b")).contains("db.internal");
        assertThat(settings.value("c")).contains("${HOST}");
        assertThat(settings.value("d")).contains("a:b");
    }

    @Test
    void defaultQuotedInBackticksTheMicronautWayShouldBeReadWithoutThem() {
        Settings settings = ApplicationConfig.builder().configText("application.properties", """
                datasources.default.url=${JDBC_URL:`jdbc:postgresql://localhost:5432/space`}
                greeting=${GREETING:`hello` and `bye`}
                """).build().settings();

        assertThat(settings.value("datasources.default.url")).contains("jdbc:postgresql://localhost:5432/space");
        assertThat(settings.value("greeting")).contains("`hello` and `bye`");
    }

    @Test
    void shellAssignDefaultShouldBeReadAsTheDefaultAndItsNameEndAtTheEqualsSign() {
        Settings settings = ApplicationConfig.builder().configText("application.properties", """
                jwt.secret=${JWT_SECRET=%s}
                paystack.url=${PAYSTACK_URL=https://api.paystack.co}
                query=${FILTER a=b}
                """.formatted(CANARY)).build().settings();
        Settings given = ApplicationConfig.builder().configText("application.properties",
                "jwt.secret=${JWT_SECRET=%s}\n".formatted(CANARY)).environment(Map.of("JWT_SECRET", "${VAULT}"))
                .build().settings();

        assertThat(settings.value("jwt.secret")).contains(CANARY);
        assertThat(settings.value("paystack.url")).contains("https://api.paystack.co");
        assertThat(settings.get("query").orElseThrow().isDeferred()).isTrue();
        assertThat(settings.get("query").orElseThrow().suppliedBy().orElseThrow()).contains("FILTER…")
                .doesNotContain("a=b");
        assertThat(given.get("jwt.secret").orElseThrow().suppliedBy().orElseThrow()).doesNotContain(CANARY);
    }

    @Test
    void escapedPlaceholderShouldBeALiteralValueNotAReference() {
        Settings settings = yaml("""
                jwt.secret: \\${JWT_SECRET}
                alias: ${jwt.secret}
                plain: ${JWT_SECRET}
                """);

        Setting escaped = settings.get("jwt.secret").orElseThrow();
        assertThat(escaped.value()).isEqualTo("${JWT_SECRET}");
        assertThat(escaped.isLiteral()).isTrue();
        assertThat(escaped.isDeferred()).isFalse();
        assertThat(settings.get("alias").orElseThrow().isLiteral()).isTrue();
        assertThat(settings.get("plain").orElseThrow().isLiteral()).isFalse();
        assertThat(settings.get("plain").orElseThrow().isDeferred()).isTrue();
    }

    @Test
    void nestedReferenceWhoseNameIsUnknownShouldSayTheNameComesFromIt() {
        Setting secret = yaml("jwt.secret: ${${JWT_SECRET}}\n").get("jwt.secret").orElseThrow();

        assertThat(secret.isDeferred()).isTrue();
        assertThat(secret.suppliedBy()).contains("the setting named by JWT_SECRET at run time");
    }

    @Test
    void unresolvableReferenceWithoutDefaultShouldBeDeferredNotAValue() {
        Setting secret = yaml("jwt.secret: ${JWT_SECRET}\n").get("jwt.secret").orElseThrow();

        assertThat(secret.isDeferred()).isTrue();
        assertThat(secret.value()).isEqualTo("${JWT_SECRET}");
        assertThat(secret.suppliedBy()).contains("JWT_SECRET at run time");
    }

    @Test
    void environmentVariableShouldOverrideTheFileKeyItRelaxesTo() throws IOException {
        write("application.yml", "jwt:\n  secret: ${JWT_SECRET}\n");
        Path env = write("prod.env", "JWT_SECRET=" + CANARY + "\n");

        Setting secret = ApplicationConfig.builder().application(directory).envFile(env).build().settings()
                .get("jwt.secret").orElseThrow();

        assertThat(secret.value()).isEqualTo(CANARY);
        assertThat(secret.origin().description()).isEqualTo(env + ":1");
    }

    @Test
    void placeholdersNestedTooDeepShouldBeAnErrorNamingTheFileAndKey() {
        String deep = "${b:".repeat(100) + "x" + "}".repeat(100);

        assertThatThrownBy(() -> yaml("a: \"" + deep + "\"\n"))
                .isInstanceOf(SettingsFileException.class)
                .hasMessageStartingWith("application.yml:1")
                .hasMessageContaining("placeholders in the value of a are nested more than 32 deep");
    }

    @Test
    void chainOfReferencesLongerThan32ShouldBeAnErrorWhicheverSettingIsWrittenFirst() {
        StringBuilder forward = new StringBuilder("k0: x\n");
        for (int i = 1; i < 40; i++) {
            forward.append("k").append(i).append(": ${k").append(i - 1).append("}\n");
        }
        StringBuilder backward = new StringBuilder();
        for (int i = 39; i > 0; i--) {
            backward.append("k").append(i).append(": ${k").append(i - 1).append("}\n");
        }
        backward.append("k0: x\n");

        assertThatThrownBy(() -> yaml(forward.toString()))
                .isInstanceOf(SettingsFileException.class)
                .hasMessageStartingWith("application.yml:")
                .hasMessageContaining("refer through more than 32 settings");
        assertThatThrownBy(() -> yaml(backward.toString()))
                .isInstanceOf(SettingsFileException.class)
                .hasMessageContaining("refer through more than 32 settings");
    }

    @Test
    void valueReferringToThousandsOfSettingsShouldNameAFewOfThemInItsOrigin() {
        StringBuilder text = new StringBuilder("all: \"");
        for (int i = 0; i < 3000; i++) {
            text.append("${k").append(i).append("}${u").append(i).append("}");
        }
        text.append("\"\n");
        for (int i = 0; i < 3000; i++) {
            text.append("k").append(i).append(": v\n");
        }

        Setting all = yaml(text.toString()).get("all").orElseThrow();

        assertThat(all.isDeferred()).isTrue();
        assertThat(all.origin().description()).startsWith("application.yml:1:6 via application.yml:2:5, ")
                .endsWith(", and others").hasSizeLessThan(300);
        assertThat(all.suppliedBy()).get().asString().startsWith("u0, u1, ").endsWith(", and others at run time")
                .hasSizeLessThan(200);
    }

    @Test
    void referencesThatDoubleAValueAtEveryStepShouldBeAnErrorNamingTheFileAndKey() {
        StringBuilder text = new StringBuilder("k0: abcdefghijklmnop\n");
        for (int i = 1; i < 40; i++) {
            text.append("k").append(i).append(": ${k").append(i - 1).append("}${k").append(i - 1).append("}\n");
        }

        assertThatThrownBy(() -> yaml(text.toString()))
                .isInstanceOf(SettingsFileException.class)
                .hasMessageStartingWith("application.yml:")
                .hasMessageContaining("placeholders in the value of k")
                .hasMessageContaining("expand to more than 16 MB");
    }

    @Test
    void aValueNamingItsOwnKeyWithADefaultShouldBeTheEnvironmentsElseTheDefault() {
        Settings settings = yaml("SECRET_KEY: ${SECRET_KEY:changeme}\nMAPBOX_API_KEY: ${MAPBOX_API_KEY:}\n");

        assertThat(settings.get("SECRET_KEY").orElseThrow().value()).isEqualTo("changeme");
        assertThat(settings.get("SECRET_KEY").orElseThrow().origin().description()).contains("the default of ${SECRET_KEY}");
        assertThat(settings.get("MAPBOX_API_KEY").orElseThrow().isDeferred()).isTrue();
        assertThatThrownBy(() -> yaml("a: ${a:x}${b}\nb: ${a}\n")).isInstanceOf(SettingsFileException.class)
                .hasMessageContaining("placeholder cycle");
    }

    @Test
    void placeholderCycleShouldBeAnErrorNamingTheKeys() {
        assertThatThrownBy(() -> yaml("a: ${b}\nb: ${c}\nc: ${a}\n"))
                .isInstanceOf(SettingsFileException.class)
                .hasMessageContaining("placeholder cycle")
                .hasMessageContaining("a -> b -> c -> a");
        assertThatThrownBy(() -> yaml("self: x${self}\n"))
                .isInstanceOf(SettingsFileException.class)
                .hasMessageContaining("self -> self");
    }

    @Test
    void dashedNameShouldNotNameTheDottedKeySpringKeepsApart() throws IOException {
        Settings settings = yaml("jwt.secret: ${jwt-secret}\napp.secretKey: abcdefghijklmnopqrstu\n"
                + "other: ${app.secret-key}\n");

        Setting secret = settings.get("jwt.secret").orElseThrow();
        assertThat(secret.isDeferred()).isTrue();
        assertThat(secret.suppliedBy()).get().asString().contains("jwt-secret");
        assertThat(settings.get("other").orElseThrow().value()).isEqualTo("abcdefghijklmnopqrstu");
    }

    @Test
    void valueThatIsOnlyItsOwnKeyShouldBeDeferredAsAResourceFilteringToken() throws IOException {
        Settings settings = yaml("build.timestamp: ${build.timestamp}\nbuild.version: ${project.version}\n");

        assertThat(settings.get("build.timestamp").orElseThrow().isDeferred()).isTrue();
        assertThat(settings.get("build.version").orElseThrow().isDeferred()).isTrue();
    }

    @Test
    void envFileSettingNamingItselfShouldReadTheOuterEnvironmentNotBeACycle() throws IOException {
        write("application.properties", "server.port=8080\n");
        Path env = write("docker.env", "DOC_ENGINE=${DOC_ENGINE:-elasticsearch}\nCOMPOSE_PROFILES=${DOC_ENGINE}\n"
                + "QUEUE=${QUEUE}\n");

        Settings settings = ApplicationConfig.builder().application(directory).envFile(env).build().settings();

        assertThat(settings.get("DOC_ENGINE").orElseThrow().value()).isEqualTo("elasticsearch");
        assertThat(settings.get("COMPOSE_PROFILES").orElseThrow().value()).isEqualTo("elasticsearch");
        assertThat(settings.get("QUEUE").orElseThrow().isDeferred()).isTrue();
    }

    @Test
    void envFileRequiredOrEmptyShellDefaultShouldDeferNotBeTheValue() throws IOException {
        write("application.properties", "server.port=8080\nspring.datasource.password=${DB_PASSWORD:?required}\n");
        Path env = write("docker.env", "POSTGRES_PASSWORD=${PG_PASS:?database password required}\n"
                + "AUTH_SECRET=${AUTH_SECRET:-}\nMODE=${MODE:-live}\n");

        Settings settings = ApplicationConfig.builder().application(directory).envFile(env).build().settings();

        assertThat(settings.get("POSTGRES_PASSWORD").orElseThrow().isDeferred()).isTrue();
        assertThat(settings.get("AUTH_SECRET").orElseThrow().isDeferred()).isTrue();
        assertThat(settings.get("MODE").orElseThrow().value()).isEqualTo("live");
        assertThat(settings.get("spring.datasource.password").orElseThrow().value()).isEqualTo("?required");
    }

    @Test
    void envFileShellReferencesShouldResolveOrDeferLikeBracedOnesButLiteralDollarsShouldStay() throws IOException {
        write("application.properties", "server.port=8080\nspring.datasource.password=$DB_PASSWORD\n");
        Path env = write("prod.env", "DATABASE_URL=postgres://app:s3cr3t@db:5432/app\n"
                + "DATABASE_URL_DIRECT=\"$DATABASE_URL\"\nMIGRATION_URL=$MIGRATION_DATABASE_URL\n"
                + "PGUSER=app\nPOOL_URL=postgres://$PGUSER:$PGPASSWORD@pool:6432/app\n"
                + "ADMIN_PASSWORD=pa$$WORD\nAPI_TOKEN=abc$DEF\nSMTP_URL=smtp://mail:p$SS@mail.example.com\n");

        Settings settings = ApplicationConfig.builder().application(directory).envFile(env).build().settings();

        assertThat(settings.get("DATABASE_URL_DIRECT").orElseThrow().value())
                .isEqualTo("postgres://app:s3cr3t@db:5432/app");
        assertThat(settings.get("MIGRATION_URL").orElseThrow().isDeferred()).isTrue();
        assertThat(settings.get("POOL_URL").orElseThrow().isDeferred()).isTrue();
        assertThat(settings.get("POOL_URL").orElseThrow().value()).startsWith("postgres://app:${PGPASSWORD}@");
        assertThat(settings.get("ADMIN_PASSWORD").orElseThrow().value()).isEqualTo("pa$$WORD");
        assertThat(settings.get("API_TOKEN").orElseThrow().value()).isEqualTo("abc$DEF");
        assertThat(settings.get("SMTP_URL").orElseThrow().value()).isEqualTo("smtp://mail:p$SS@mail.example.com");
        assertThat(settings.get("spring.datasource.password").orElseThrow().value()).isEqualTo("$DB_PASSWORD");
        assertThat(settings.get("spring.datasource.password").orElseThrow().isDeferred()).isFalse();
    }

    @Test
    void envFileSingleQuotedShellReferencesShouldStayLiteralTextAsShellsAndComposeReadThem() throws IOException {
        write("application.properties", "server.port=8080\n");
        Path env = write("prod.env", "DATABASE_URL=postgres://app:s3cr3t@db:5432/app\n"
                + "LITERAL_URL='$DATABASE_URL'\nQUOTED_URL=\"$DATABASE_URL\"\n"
                + "POOL_URL='postgres://$PGUSER:$PGPASSWORD@pool:6432/app'\nESCAPED=\"\\$MIGRATION_URL\"\n"
                + "DEFAULTED='${QUEUE:-jobs}'\n");

        Settings settings = ApplicationConfig.builder().application(directory).envFile(env).build().settings();

        Setting literal = settings.get("LITERAL_URL").orElseThrow();
        assertThat(literal.value()).isEqualTo("$DATABASE_URL");
        assertThat(literal.isDeferred()).isFalse();
        assertThat(literal.origin().description()).contains("prod.env:2").doesNotContain("via");
        assertThat(settings.get("POOL_URL").orElseThrow().value())
                .isEqualTo("postgres://$PGUSER:$PGPASSWORD@pool:6432/app");
        assertThat(settings.get("POOL_URL").orElseThrow().isDeferred()).isFalse();
        assertThat(settings.get("ESCAPED").orElseThrow().value()).isEqualTo("$MIGRATION_URL");
        assertThat(settings.get("QUOTED_URL").orElseThrow().value()).isEqualTo("postgres://app:s3cr3t@db:5432/app");
        assertThat(settings.get("DEFAULTED").orElseThrow().value()).isEqualTo("jobs");
    }

    @Test
    void envFileCycleBetweenTwoKeysShouldStillBeAnError() throws IOException {
        write("application.properties", "server.port=8080\n");
        Path env = write("docker.env", "A=${B:-x}\nB=${A:-y}\n");

        assertThatThrownBy(() -> ApplicationConfig.builder().application(directory).envFile(env).build())
                .isInstanceOf(SettingsFileException.class)
                .hasMessageContaining("placeholder cycle");
    }

    @Test
    void springDefaultWithADashShouldKeepItsDashInAPropertiesFile() {
        assertThat(yaml("offset: ${OFFSET:-1}\n").get("offset").orElseThrow().value()).isEqualTo("-1");
    }

    @Test
    void legacySpringProfilesKeyShouldConditionItsDocumentAsSpringBootTwoReadItAndBeNoted() {
        String text = """
                jwt.secret: from-the-base
                ---
                spring:
                  profiles: prod
                jwt.secret: from-prod
                ---
                spring.profiles: [eu, staging]
                jwt.secret: from-eu-or-staging
                """;

        ApplicationConfig base = ApplicationConfig.builder().configText("application.yml", text).build();
        ApplicationConfig prod = ApplicationConfig.builder().configText("application.yml", text).profiles("prod").build();
        ApplicationConfig staging = ApplicationConfig.builder().configText("application.yml", text).profiles("staging")
                .build();

        assertThat(base.settings().value("jwt.secret")).contains("from-the-base");
        assertThat(prod.settings().value("jwt.secret")).contains("from-prod");
        assertThat(staging.settings().value("jwt.secret")).contains("from-eu-or-staging");
        assertThat(prod.legacyProfileConditions()).extracting(Setting::key)
                .containsExactly("spring.profiles", "spring.profiles[0]");
        assertThat(prod.notices()).containsExactly(
                "application.yml:4:13: spring.profiles is read as spring.config.activate.on-profile, as Spring Boot 2.3"
                        + " and earlier read it; Spring Boot 2.4 and later refuse it and stop start-up",
                "application.yml:7:19: spring.profiles[0] is read as spring.config.activate.on-profile, as Spring Boot"
                        + " 2.3 and earlier read it; Spring Boot 2.4 and later refuse it and stop start-up");
    }

    @Test
    void filesWithoutTheLegacyProfilesKeyShouldHaveNothingToNote() {
        ApplicationConfig config = ApplicationConfig.builder().configText("application.yml",
                "spring:\n  profiles:\n    active: prod\n    include: metrics\njwt.secret: x\n").build();

        assertThat(config.legacyProfileConditions()).isEmpty();
        assertThat(config.notices()).isEmpty();
        assertThat(config.activeProfiles()).containsExactly("metrics", "prod");
    }

    @Test
    void invalidYamlShouldNameFileAndLineWithoutTheValue() {
        assertThatThrownBy(() -> yaml("ok: 1\njwt.secret: \"" + CANARY + "\n  - broken: [\n"))
                .isInstanceOf(SettingsFileException.class)
                .hasMessageStartingWith("application.yml:")
                .hasMessageContaining("is not valid YAML")
                .message().doesNotContain(CANARY.substring(0, 4));
    }

    @Test
    void yamlThatIsNotAMappingShouldBeRefused() {
        assertThatThrownBy(() -> yaml("jwt.secret=" + CANARY + "\n"))
                .isInstanceOf(SettingsFileException.class)
                .hasMessageContaining("document 1 is a single value, not a mapping of keys")
                .message().doesNotContain(CANARY.substring(0, 4));
    }

    @Test
    void unknownExtensionShouldBeRefused() {
        assertThatThrownBy(() -> ApplicationConfig.builder().configFile(Path.of("settings.toml")))
                .isInstanceOf(SettingsFileException.class)
                .hasMessageContaining("name it .yml, .yaml, .properties or .env");
    }

    @Test
    void environmentMapShouldActAsTheProcessEnvironment() {
        Settings settings = ApplicationConfig.builder().configText("application.yml", "a: ${X}\n")
                .environment(Map.of("X", "from-env")).build().settings();

        assertThat(settings.get("a").orElseThrow().origin().description())
                .isEqualTo("application.yml:1:4 via environment variable X");
    }

    @Test
    void springApplicationJsonInTheEnvironmentShouldWinOverTheFilesAndTheEnvironmentVariables() {
        Settings settings = ApplicationConfig.builder()
                .configText("application.yml", "jwt:\n  secret: " + CANARY + "\napp:\n  name: orders\n")
                .configText("deploy.env", "SPRING_APPLICATION_JSON={\"jwt\":{\"secret\":\"changeme\"},"
                        + "\"hosts\":[\"a\",\"b\"]}\nJWT_SECRET=" + CANARY + "\n")
                .build().settings();

        Setting secret = settings.get("jwt.secret").orElseThrow();
        assertThat(secret.value()).isEqualTo("changeme");
        assertThat(secret.origin().description()).isEqualTo("deploy.env:1 via SPRING_APPLICATION_JSON");
        assertThat(settings.value("hosts[1]")).hasValue("b");
        assertThat(settings.value("app.name")).hasValue("orders");
    }

    @Test
    void springApplicationJsonThatIsNotJsonShouldStopTheCheckAsItStopsSpringBoot() {
        assertThatThrownBy(() -> ApplicationConfig.builder().configText("application.yml", "a: b\n")
                .environment(Map.of("SPRING_APPLICATION_JSON", "{\"jwt\": [" + CANARY)).build())
                .isInstanceOf(SettingsFileException.class)
                .hasMessageContaining("SPRING_APPLICATION_JSON")
                .hasMessageNotContaining(CANARY.substring(0, 4));
    }

    private static final String ON_KUBERNETES = "jwt:\n  secret: " + CANARY + "\n---\n"
            + "spring.config.activate.on-cloud-platform: kubernetes\njwt.secret: changeme\n";

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: orders
            spec:
              template:
                spec:
                  containers:
                    - name: orders
                      env:
                        - name: APP_NAME
                          value: orders
            """;

    @Test
    void aDocumentOnTheCloudPlatformOfTheDeployShouldApplyAndOnNoneShouldNot() {
        Settings noPlatform = ApplicationConfig.builder().configText("application.yml", ON_KUBERNETES).build()
                .settings();
        Settings manifest = ApplicationConfig.builder().configText("application.yml", ON_KUBERNETES)
                .kubernetes("deploy.yaml", DEPLOYMENT, null).build().settings();
        Settings serviceVariables = ApplicationConfig.builder().configText("application.yml", ON_KUBERNETES)
                .environment(Map.of("KUBERNETES_SERVICE_HOST", "10.0.0.1", "KUBERNETES_SERVICE_PORT", "443"))
                .build().settings();
        Settings switchedOff = ApplicationConfig.builder().configText("application.yml", ON_KUBERNETES)
                .kubernetes("deploy.yaml", DEPLOYMENT, null)
                .environment(Map.of("SPRING_MAIN_CLOUD_PLATFORM", "none")).build().settings();
        Settings otherPlatform = ApplicationConfig.builder().configText("application.yml", ON_KUBERNETES)
                .environment(Map.of("VCAP_APPLICATION", "{}")).build().settings();

        assertThat(noPlatform.value("jwt.secret")).hasValue(CANARY);
        assertThat(manifest.value("jwt.secret")).hasValue("changeme");
        assertThat(serviceVariables.value("jwt.secret")).hasValue("changeme");
        assertThat(switchedOff.value("jwt.secret")).hasValue(CANARY);
        assertThat(otherPlatform.value("jwt.secret")).hasValue(CANARY);
    }

    @Test
    void aReferenceToAVariableTheManifestTakesFromAMissingSecretShouldBeDeferredNotBlank() {
        String deployment = """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: catalog
                spec:
                  template:
                    spec:
                      containers:
                        - name: catalog
                          env:
                            - name: DB_PASSWORD
                              valueFrom:
                                secretKeyRef:
                                  name: catalog-db
                                  key: password
                            - name: DB_USER
                              value: catalog_app
                """;
        Settings settings = ApplicationConfig.builder()
                .configText("application.properties", """
                        spring.datasource.username=${DB_USER}
                        spring.datasource.password=${DB_PASSWORD}
                        """)
                .kubernetes("deploy.yaml", deployment, null).build().settings();

        Setting password = settings.get("spring.datasource.password").orElseThrow();
        assertThat(password.isDeferred()).isTrue();
        assertThat(password.suppliedBy()).hasValue("key password of Secret catalog-db, which is not in the input, at deploy");
        assertThat(password.origin().description()).contains("via environment variable DB_PASSWORD from deploy.yaml");
        Setting user = settings.get("spring.datasource.username").orElseThrow();
        assertThat(user.isDeferred()).isFalse();
        assertThat(user.value()).isEqualTo("catalog_app");
    }
}
