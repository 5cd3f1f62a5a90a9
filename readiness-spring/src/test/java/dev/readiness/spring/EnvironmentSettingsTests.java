package dev.readiness.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Stage;
import dev.readiness.gates.secrets.SecretsGate;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import dev.readiness.testkit.GateCheck;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.OriginTrackedMapPropertySource;
import org.springframework.boot.support.SystemEnvironmentPropertySourceEnvironmentPostProcessor;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

class EnvironmentSettingsTests {

    private static final String STRONG_SECRET = "u8Qz3LmV0pXr7TnK2sWd9YbF4hJc6GaE1oRi5NyZ8Mw";

    @Test
    void fromShouldGiveEveryPropertyWithItsOriginAsSpringKnowsIt() throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        Map.of("JWT_SECRET", "from-env")));
        new SystemEnvironmentPropertySourceEnvironmentPostProcessor().postProcessEnvironment(environment,
                new SpringApplication());
        new YamlPropertySourceLoader().load("yaml", new ClassPathResource("apps/bad/application-prod.yml"))
                .forEach(environment.getPropertySources()::addLast);

        Settings settings = EnvironmentSettings.from(environment);

        assertThat(settings.get("test.jwt-secret")).hasValueSatisfying(setting -> assertThat(
                setting.origin().description()).isEqualTo("class path resource [apps/bad/application-prod.yml] - 2:15"));
        assertThat(settings.get("JWT_SECRET")).hasValueSatisfying(setting -> assertThat(
                setting.origin().description()).isEqualTo("environment variable JWT_SECRET"));
    }

    @Test
    void plainEnvironmentVariableShouldBeDescribedAsOne() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("env", Map.of("API_KEY", "v")));

        assertThat(EnvironmentSettings.from(environment).get("api.key").orElseThrow().origin().description())
                .isEqualTo("environment variable API_KEY");
    }

    @Test
    void ofTwoSpellingsInOneSourceTheOneSpringReadsShouldBeJudged() {
        // application.properties with jwt.secret=changeme, then JWT_SECRET=<random>: Spring reads jwt.secret, the
        // later spelling replaced it here and the start went on (twenty-third pass)
        java.util.Map<String, Object> file = new java.util.LinkedHashMap<>();
        file.put("jwt.secret", "changeme");
        file.put("JWT_SECRET", "Zq8wX3vRk2Lp9Tn4Hs7Yd1Fm6Cb5Gj0aQe3Wr8Ty2Ui");
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("application.properties", file));
        org.springframework.boot.context.properties.source.ConfigurationPropertySources.attach(environment);

        assertThat(environment.getProperty("jwt.secret")).isEqualTo("changeme");
        assertThat(EnvironmentSettings.from(environment).value("jwt.secret")).contains("changeme");
        java.util.Map<String, Object> reversed = new java.util.LinkedHashMap<>();
        reversed.put("JWT_SECRET", "Zq8wX3vRk2Lp9Tn4Hs7Yd1Fm6Cb5Gj0aQe3Wr8Ty2Ui");
        reversed.put("jwt.secret", "changeme");
        StandardEnvironment other = new StandardEnvironment();
        other.getPropertySources().addFirst(new MapPropertySource("application.properties", reversed));
        org.springframework.boot.context.properties.source.ConfigurationPropertySources.attach(other);
        assertThat(EnvironmentSettings.from(other).value("jwt.secret")).contains(other.getProperty("jwt.secret"));
    }

    @Test
    void higherPrecedenceSourceShouldWinForTheSameRelaxedName() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addLast(new MapPropertySource("low", Map.of("jwt.secret", "low-value")));
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("high",
                Map.of("JWT_SECRET", "high-value")));

        Setting setting = EnvironmentSettings.from(environment).get("jwt.secret").orElseThrow();

        assertThat(setting.value()).isEqualTo("high-value");
        assertThat(setting.key()).isEqualTo("JWT_SECRET");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ${DB_PASSWORD}                | ${DB_PASSWORD}
            ${REAL_SECRET}                | resolved-value
            ${MISSING:changeme}           | changeme
            prefix-${REAL_SECRET}-suffix  | prefix-resolved-value-suffix
            plain                         | plain
            """)
    void placeholdersShouldResolveWhenPossibleAndStayVisibleWhenNot(String raw, String expected) {
        StandardEnvironment environment = new StandardEnvironment();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("app.value", raw);
        values.put("REAL_SECRET", "resolved-value");
        environment.getPropertySources().addFirst(new MapPropertySource("test", values));

        assertThat(EnvironmentSettings.from(environment).value("app.value")).hasValue(expected);
    }

    @Test
    void aValueResolvedFromAPlaceholderShouldNameWhereItCameThrough() throws Exception {
        StandardEnvironment environment = environmentWithSecretReferences(Map.of("JWT_SECRET", STRONG_SECRET));

        Settings settings = EnvironmentSettings.from(environment);

        assertThat(settings.get("app.jwt.secret").orElseThrow().origin().description()).isEqualTo(
                "class path resource [apps/references/application.yml] - 3:13 via environment variable JWT_SECRET");
        assertThat(settings.get("app.cors.origins").orElseThrow().origin().description()).isEqualTo(
                "class path resource [apps/references/application.yml] - 5:14 via the default of ${ORIGINS}");
        assertThat(settings.get("plain").orElseThrow().origin().description())
                .isEqualTo("class path resource [apps/references/application.yml] - 6:8");
    }

    @Test
    void aSecretSuppliedByTheEnvironmentThroughAPlaceholderShouldBeNeitherReusedNorAPackagedLiteral()
            throws Exception {
        StandardEnvironment environment = environmentWithSecretReferences(Map.of("JWT_SECRET", STRONG_SECRET));

        GateCheck.forStage(Stage.PRODUCTION).settings(EnvironmentSettings.from(environment)).gates(new SecretsGate())
                .run()
                .isGo()
                .hasNoFinding("secrets.reused")
                .hasNoFinding("secrets.shared-default");
    }

    @Test
    void aWeakSecretSuppliedThroughAPlaceholderShouldStillBeNoGo() throws Exception {
        StandardEnvironment environment = environmentWithSecretReferences(Map.of("JWT_SECRET", "changeme"));

        GateCheck.forStage(Stage.PRODUCTION).settings(EnvironmentSettings.from(environment)).gates(new SecretsGate())
                .run()
                .isNoGo()
                .hasFinding("secrets.placeholder", "JWT_SECRET");
    }

    @Test
    void anEscapedPlaceholderShouldBeJudgedAsTheLiteralTextTheServiceReceives() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("application.yml",
                Map.of("jwt.secret", "\\${JWT_SECRET}")));

        Setting secret = EnvironmentSettings.from(environment).get("jwt.secret").orElseThrow();

        assertThat(secret.value()).isEqualTo(environment.getProperty("jwt.secret")).isEqualTo("${JWT_SECRET}");
        assertThat(secret.isLiteral()).isTrue();
        GateCheck.forStage(Stage.PRODUCTION).settings(EnvironmentSettings.from(environment)).gates(new SecretsGate())
                .run()
                .isNoGo()
                .hasFinding("secrets.placeholder", "jwt.secret");
    }

    private static StandardEnvironment environmentWithSecretReferences(Map<String, Object> variables)
            throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        variables));
        new SystemEnvironmentPropertySourceEnvironmentPostProcessor().postProcessEnvironment(environment,
                new SpringApplication());
        new YamlPropertySourceLoader().load("yaml", new ClassPathResource("apps/references/application.yml"))
                .forEach(environment.getPropertySources()::addLast);
        return environment;
    }

    @Test
    void circularPlaceholderShouldKeepTheRawValue() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of("a", "${b}", "b", "${a}")));

        assertThat(EnvironmentSettings.from(environment).value("a")).hasValue("${b}");
    }

    @Test
    void nonStringValuesShouldBeReadAsText() throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of("server.port", 8080)));
        java.util.Properties properties = new java.util.Properties();
        properties.put("flag", Boolean.TRUE);
        environment.getPropertySources().addFirst(new PropertiesPropertySource("props", properties));

        Settings settings = EnvironmentSettings.from(environment);

        assertThat(settings.value("server.port")).hasValue("8080");
        assertThat(settings.value("flag")).hasValue("true");
    }

    @Test
    void commandLineOriginShouldNameThePropertySource() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(
                new org.springframework.core.env.SimpleCommandLinePropertySource("--jwt.secret=x"));

        assertThat(EnvironmentSettings.from(environment).get("jwt.secret").orElseThrow().origin().description())
                .isEqualTo("\"jwt.secret\" from property source \"commandLineArgs\"");
    }

    @Test
    void yamlWithControlCharactersAndNonAsciiShouldBeReadWithoutError() throws Exception {
        String yaml = "key: \"caf\\u00e9 \\u0001 \\ud83d\\ude00\"\nhuge: " + "x".repeat(1_000_000) + "\n";
        List<org.springframework.core.env.PropertySource<?>> sources = new YamlPropertySourceLoader().load("y",
                new ByteArrayResource(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8), "inline"));
        StandardEnvironment environment = new StandardEnvironment();
        sources.forEach(environment.getPropertySources()::addFirst);

        Settings settings = EnvironmentSettings.from(environment);

        assertThat(settings.value("key")).hasValue("café \u0001 \ud83d\ude00");
        assertThat(settings.value("huge")).hasValueSatisfying(value -> assertThat(value).hasSize(1_000_000));
        assertThat(sources.get(0)).isInstanceOf(OriginTrackedMapPropertySource.class);
    }

    @Test
    void anEmbeddedDatabaseWithoutCredentialsShouldGetSpringBootsDefaultUserAndEmptyPassword() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new org.springframework.core.env.MapPropertySource("app",
                java.util.Map.of("spring.datasource.url", "jdbc:h2:mem:orders")));

        Settings settings = EnvironmentSettings.from(environment);

        assertThat(settings.get("spring.datasource.username")).hasValueSatisfying(user -> {
            assertThat(user.value()).isEqualTo("sa");
            assertThat(user.origin().description()).startsWith("Spring Boot's default for an embedded database");
        });
        assertThat(settings.get("spring.datasource.password")).hasValueSatisfying(
                password -> assertThat(password.value()).isEmpty());
    }

    @Test
    void setCredentialsOrAServerDatabaseShouldGetNoDefaults() {
        StandardEnvironment server = new StandardEnvironment();
        server.getPropertySources().addFirst(new org.springframework.core.env.MapPropertySource("app",
                java.util.Map.of("spring.datasource.url", "jdbc:postgresql://db.internal/orders")));
        StandardEnvironment embeddedWithUser = new StandardEnvironment();
        embeddedWithUser.getPropertySources().addFirst(new org.springframework.core.env.MapPropertySource("app",
                java.util.Map.of("spring.datasource.url", "jdbc:h2:mem:orders", "spring.datasource.username",
                        "orders")));

        assertThat(EnvironmentSettings.from(server).get("spring.datasource.username")).isEmpty();
        assertThat(EnvironmentSettings.from(embeddedWithUser).value("spring.datasource.username")).hasValue("orders");
    }

    @Test
    void systemPropertiesDescribingTheRuntimeShouldNotBeJudgedWhileEveryOtherOneIs() {
        StandardEnvironment environment = new StandardEnvironment();
        Map<String, Object> system = new LinkedHashMap<>();
        system.put("java.home", "/usr/lib/jvm/java-17-openjdk-amd64");
        system.put("java.vendor.url", "https://openjdk.org/");
        system.put("sun.java.command", "app.jar --server.port=0");
        system.put("jdk.debug", "release");
        system.put("os.arch", "amd64");
        system.put("user.home", "/home/app");
        system.put("line.separator", "\n");
        system.put("jwt.secret", "changeme");
        system.put("javax.net.ssl.keyStorePassword", "changeit");
        system.put("os.tenant-token", "t0k3n");
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME,
                new MapPropertySource(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME, system));
        environment.getPropertySources().addFirst(new MapPropertySource("application.properties",
                Map.of("user.name", "reporting", "app.key-file", "${user.home}/keys/app.pem")));

        Settings settings = EnvironmentSettings.from(environment);

        assertThat(settings.get("java.home")).isEmpty();
        assertThat(settings.get("java.vendor.url")).isEmpty();
        assertThat(settings.get("sun.java.command")).isEmpty();
        assertThat(settings.get("jdk.debug")).isEmpty();
        assertThat(settings.get("os.arch")).isEmpty();
        assertThat(settings.get("user.home")).isEmpty();
        assertThat(settings.get("line.separator")).isEmpty();
        assertThat(settings.get("jwt.secret")).hasValueSatisfying(setting -> assertThat(setting.value())
                .isEqualTo("changeme"));
        assertThat(settings.get("javax.net.ssl.keyStorePassword")).isPresent();
        assertThat(settings.get("os.tenant-token")).as("not a standard property").isPresent();
        assertThat(settings.get("user.name")).as("set by the application, not the JVM").hasValueSatisfying(
                setting -> assertThat(setting.value()).isEqualTo("reporting"));
        assertThat(settings.get("app.key-file")).hasValueSatisfying(setting -> {
            assertThat(setting.value()).isEqualTo("/home/app/keys/app.pem");
            assertThat(setting.origin().description()).contains("via").contains("user.home");
        });
    }

    @Test
    void systemPropertiesSpringBootsLoggingSetsAndTheApplicationInfoShouldNotBeJudged() {
        StandardEnvironment environment = new StandardEnvironment();
        Map<String, Object> system = new LinkedHashMap<>();
        system.put("PID", "4242");
        system.put("CONSOLE_LOG_CHARSET", "UTF-8");
        system.put("FILE_LOG_CHARSET", "UTF-8");
        system.put("LOG_FILE", "/var/log/orders.log");
        system.put("LOG_PATH", "/var/log");
        system.put("LOGBACK_ROLLINGPOLICY_MAX_FILE_SIZE", "10MB");
        system.put("jwt.secret", "changeme");
        system.put("LOG_TOKEN", "t0k3n");
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME,
                new MapPropertySource(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME, system));
        environment.getPropertySources().addLast(new MapPropertySource("applicationInfo",
                Map.of("spring.application.pid", "4242", "spring.application.version", "1.4.2")));
        environment.getPropertySources().addFirst(new MapPropertySource("application.properties",
                Map.of("logging.file.name", "/var/log/orders.log", "app.log-file", "${LOG_FILE}",
                        "app.instance", "orders-${spring.application.pid}")));

        Settings settings = EnvironmentSettings.from(environment);

        for (String runtime : List.of("PID", "CONSOLE_LOG_CHARSET", "FILE_LOG_CHARSET", "LOG_FILE",
                "LOG_PATH", "LOGBACK_ROLLINGPOLICY_MAX_FILE_SIZE", "spring.application.pid",
                "spring.application.version")) {
            assertThat(settings.get(runtime)).as(runtime).isEmpty();
        }
        assertThat(settings.get("logging.file.name")).as("the property Spring copies, where it is written")
                .isPresent();
        assertThat(settings.get("jwt.secret")).isPresent();
        assertThat(settings.get("LOG_TOKEN")).as("not one of Spring Boot's logging properties").isPresent();
        assertThat(settings.get("app.log-file")).hasValueSatisfying(setting -> {
            assertThat(setting.value()).isEqualTo("/var/log/orders.log");
            assertThat(setting.origin().description()).contains("via").contains("LOG_FILE");
        });
        assertThat(settings.get("app.instance")).hasValueSatisfying(setting -> {
            assertThat(setting.value()).isEqualTo("orders-4242");
            assertThat(setting.origin().description()).contains("via").contains("spring.application.pid");
        });
    }

    @Test
    void theShellsOwnVariablesShouldBeLeftOutOnlyWithTheShellsShapeAndWhenNoListMayNameThem() {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("PATH", "/usr/local/sbin:/usr/local/bin:/usr/bin:/bin");
        variables.put("HOME", "/root");
        variables.put("PWD", "/app");
        variables.put("SHLVL", "1");
        variables.put("TERM", "xterm-256color");
        variables.put("LANG", "C.UTF-8");
        variables.put("LC_ALL", "en_US.UTF-8");
        variables.put("USER", "app");
        variables.put("OLDPWD", "http://localhost:8080");
        variables.put("LC_CTYPE", "api.sandbox.paypal.com");
        variables.put("JWT_SECRET", "changeme");
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        variables));
        environment.getPropertySources().addFirst(new MapPropertySource("application.properties",
                Map.of("app.work-dir", "${PWD}/work")));

        Settings settings = EnvironmentSettings.from(environment);

        for (String shells : List.of("PATH", "HOME", "PWD", "SHLVL", "TERM", "LANG", "LC_ALL", "USER")) {
            assertThat(settings.get(shells)).as(shells).isEmpty();
        }
        assertThat(settings.get("OLDPWD")).as("not a directory").isPresent();
        assertThat(settings.get("LC_CTYPE")).as("not a locale").isPresent();
        assertThat(settings.get("JWT_SECRET")).isPresent();
        assertThat(settings.get("app.work-dir")).hasValueSatisfying(setting -> {
            assertThat(setting.value()).isEqualTo("/app/work");
            assertThat(setting.origin().description()).contains("via environment variable PWD");
        });

        StandardEnvironment naming = new StandardEnvironment();
        naming.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                environment.getPropertySources().get(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME));
        naming.getPropertySources().addFirst(new MapPropertySource("extra-keys",
                Map.of("readiness.secrets.extra-keys[0]", "PWD")));
        assertThat(EnvironmentSettings.from(naming).get("PWD")).as("an extra-keys list may name it").isPresent();
        naming.getPropertySources().replace("extra-keys", new MapPropertySource("extra-keys",
                Map.of("readiness.settings.required", "HOME")));
        assertThat(EnvironmentSettings.from(naming).get("HOME")).as("a required list may name it").isPresent();
    }

    @Test
    void aWeakSecretPassedAsASystemPropertyShouldStillBeNoGo() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME,
                new MapPropertySource(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME,
                        Map.of("java.home", "/usr/lib/jvm/java-17", "jwt.secret", "changeme")));

        GateCheck.forStage(Stage.PRODUCTION).settings(EnvironmentSettings.from(environment)).gates(new SecretsGate())
                .run()
                .isNoGo()
                .hasFinding("secrets.placeholder", "jwt.secret");
    }
}
