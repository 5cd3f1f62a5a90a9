package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.gates.database.DatabaseGate;
import dev.readiness.gates.sandbox.SandboxGate;
import dev.readiness.settings.ApplicationConfig;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The thirty-second pass's precision rules, each with a catch and a tempting clean value: a login left unset in
 * Python's spelling, a template handing each setting the variable of its own name, and an OAuth token response's
 * field name under a key that selects it.
 */
class ThirtySecondPassPrecisionTests {

    private static List<String> codes(String file, String text, String key) {
        var settings = ApplicationConfig.builder().configText(file, text).build().settings();
        GateContext context = GateContext.of(Stage.PRODUCTION, settings);
        return Stream.of(new SecretsGate().check(context), new DatabaseGate().check(context),
                        new SandboxGate().check(context))
                .flatMap(result -> result.findings().stream())
                .filter(f -> f.subject().equals(key)).map(f -> f.code()).toList();
    }

    /** The codes of the WARN and NO-GO findings on a key (an INFO is a note, not a problem). */
    private static List<String> problems(String file, String text, String key) {
        var settings = ApplicationConfig.builder().configText(file, text).build().settings();
        GateContext context = GateContext.of(Stage.PRODUCTION, settings);
        return Stream.of(new SecretsGate().check(context), new DatabaseGate().check(context),
                        new SandboxGate().check(context))
                .flatMap(result -> result.findings().stream())
                .filter(f -> f.subject().equals(key) && f.severity() != dev.readiness.Severity.INFO)
                .map(f -> f.code()).toList();
    }

    @Test
    void aPasswordWrittenFalseBesideAUserWrittenFalseShouldBeAnUnsetLogin() {
        String odoo = """
                smtp_server = mail.acme-logistics.com
                smtp_user = False
                smtp_password = False
                """;
        assertThat(codes("odoo.properties", odoo, "smtp_password")).isEmpty();
        // a named user beside it: the password was never set
        String named = """
                smtp_server = mail.acme-logistics.com
                smtp_user = mailer@acme-logistics.com
                smtp_password = False
                """;
        assertThat(codes("odoo.properties", named, "smtp_password")).containsExactly("secrets.placeholder");
        // the lower-case switch word is no Python spelling of "unset"
        String lower = """
                SMTP_USER=false
                SMTP_PASSWORD=false
                """;
        assertThat(codes("prod.env", lower, "SMTP_PASSWORD")).containsExactly("secrets.placeholder");
    }

    @Test
    void aTemplateGivingThreeSettingsTheirOwnNamedVariablesShouldBeDeferred() {
        String template = """
                options.admin_passwd='{{ admin_passwd }}'
                options.db_host=db.internal.acme-logistics.com
                options.db_name={{ db_name }}
                options.db_password='{{ db_password }}'
                options.dbfilter={{ dbfilter }}
                options.timezone={{ timezone }}
                """;
        assertThat(codes("openerp-server.properties", template, "options.admin_passwd")).isEmpty();
        assertThat(codes("openerp-server.properties", template, "options.db_password")).isEmpty();
        assertThat(codes("openerp-server.properties", template, "options.db_name")).isEmpty();
        // two such settings may be a sample's fill-in markers
        String twice = """
                options.admin_passwd='{{ admin_passwd }}'
                options.db_password='{{ db_password }}'
                options.db_host=db.internal.acme-logistics.com
                """;
        assertThat(codes("openerp-server.properties", twice, "options.db_password")).isNotEmpty();
        // upper-case keys given lower-case names are notes of what to type, however many
        String notes = """
                JWT_SECRET={{ jwt_secret }}
                SMTP_PASSWORD={{ smtp_password }}
                ADMIN_PASSWORD={{ admin_password }}
                """;
        assertThat(codes("sample.properties", notes, "SMTP_PASSWORD")).isNotEmpty();
    }

    @Test
    void anOauthResponseFieldNameUnderASelectorKeyShouldBeClean() {
        String superset = """
                OAUTH_PROVIDERS[0].name=google
                OAUTH_PROVIDERS[0].token_key=access_token
                OAUTH_PROVIDERS[1].token_key=id_token
                """;
        assertThat(codes("superset-config.properties", superset, "OAUTH_PROVIDERS[0].token_key")).isEmpty();
        assertThat(codes("superset-config.properties", superset, "OAUTH_PROVIDERS[1].token_key")).isEmpty();
        // a token key holding a secret, and a token holding its own name, stay judged
        assertThat(codes("app.env", "TOKEN_KEY=changeme\n", "TOKEN_KEY")).isNotEmpty();
        assertThat(codes("app.env", "ACCESS_TOKEN=access_token\n", "ACCESS_TOKEN")).isNotEmpty();
    }

    @Test
    void aDefaultVirtualHostTheFileDefinesShouldNameNoDestination() {
        String tomcat = """
                Server.Service.Catalina.Engine.Catalina.defaultHost=localhost
                Server.Service.Catalina.Engine.Catalina.Host.localhost.appBase=webapps
                Server.Service.Catalina.Engine.Catalina.Host.localhost.autoDeploy=true
                """;
        assertThat(codes("server-xml.properties", tomcat, "Server.Service.Catalina.Engine.Catalina.defaultHost"))
                .isEmpty();
        // a default host that no Host section names is an address
        assertThat(codes("application.properties", "app.public.default-host=http://localhost:8080\n",
                "app.public.default-host")).isNotEmpty();
    }

    @Test
    void aBrokersTransportConnectorShouldBeItsListenerNotADestination() {
        String activemq = """
                beans.broker.transportConnectors.transportConnector.openwire.uri=tcp://0.0.0.0:61616?maximumConnections=1000
                beans.broker.transportConnectors.transportConnector.amqp.uri=amqp://0.0.0.0:5672
                beans.broker.networkConnectors.networkConnector.uri=tcp://0.0.0.0:61617
                """;
        assertThat(codes("activemq.properties", activemq,
                "beans.broker.transportConnectors.transportConnector.openwire.uri")).isEmpty();
        assertThat(codes("activemq.properties", activemq,
                "beans.broker.transportConnectors.transportConnector.amqp.uri")).isEmpty();
        // the network connector links to another broker: an address that others must reach
        assertThat(codes("activemq.properties", activemq, "beans.broker.networkConnectors.networkConnector.uri"))
                .isNotEmpty();
    }

    @Test
    void aConfigParserReadOfTheProgramsOwnFileShouldBeDeferred() {
        assertThat(codes("webserver-config.properties",
                "SQLALCHEMY_DATABASE_URI=conf.get(\"core\", \"SQL_ALCHEMY_CONN\")\n", "SQLALCHEMY_DATABASE_URI"))
                .isEmpty();
        assertThat(codes("webserver-config.properties",
                "SECRET_KEY=conf.get('webserver', 'SECRET_KEY')\n", "SECRET_KEY")).isEmpty();
        // a dictionary's key and default, and a section that names a secret, stay judged as written
        assertThat(codes("settings.properties", "SECRET_KEY=settings.get('secret_key', 'changeme')\n",
                "SECRET_KEY")).isNotEmpty();
        assertThat(codes("settings.properties", "SECRET_KEY=config.get('secret_key', 'changeme')\n",
                "SECRET_KEY")).isNotEmpty();
    }

    @Test
    void aSecretManagerEntryHoldingAnEnvironmentFileShouldBeItsNameUnderASecretKey() {
        assertThat(codes("cloudbuild.properties", "substitutions._ENV_FILE_SECRET=verbio-env-vars\n",
                "substitutions._ENV_FILE_SECRET")).isEmpty();
        assertThat(codes("app.properties", "app.jwt.secret=my-super-secret\n", "app.jwt.secret")).isNotEmpty();
    }

    @Test
    void aStagingFilesHostWithStagingGluedToTheProductShouldBeItsOwn() {
        String host = "FIREBASE_DYNAMIC_LINKS_URL=https://shopappstaging.page.link\n";
        assertThat(codes("deploy/.env.staging", host, "FIREBASE_DYNAMIC_LINKS_URL")).isEmpty();
        // the same host in the production file is a staging project in production
        assertThat(codes("deploy/.env.production", host, "FIREBASE_DYNAMIC_LINKS_URL")).isNotEmpty();
    }

    @Test
    void aFilePatternUnderADriverLibrarysKeyShouldBeNoHost() {
        String liberty = """
                server.library.OracleLib.fileset.jdbcLibFileset.dir=${server.config.dir}/lib/jdbc/
                server.library.OracleLib.fileset.jdbcLibFileset.includes=*.jar
                """;
        assertThat(codes("server-xml.properties", liberty, "server.library.OracleLib.fileset.jdbcLibFileset.includes"))
                .isEmpty();
        // a masked host in a database URL is still a template
        assertThat(codes("application.properties", "spring.datasource.url=jdbc:mysql://*:3306/app\n",
                "spring.datasource.url")).isNotEmpty();
    }

    @Test
    void nodeConfigsEnvironmentVariableMapShouldHoldVariableNamesNotValues() {
        String map = """
                db.password=DB_PASSWORD
                db.host=DB_HOST
                jwt.secret=JWT_SECRET
                session.secret.__name=SESSION_SECRET
                """;
        for (String key : List.of("db.password", "db.host", "jwt.secret", "session.secret.__name")) {
            assertThat(codes("config/custom-environment-variables.properties", map, key)).as(key).isEmpty();
        }
        // the same names in the production file are values standing in for the secrets
        assertThat(codes("config/production.properties", map, "jwt.secret")).isNotEmpty();
        // and a lower-case word in the map is still judged as written
        assertThat(codes("config/custom-environment-variables.properties", "jwt.secret=changeme\n", "jwt.secret"))
                .isNotEmpty();
    }

    @Test
    void aStackExchangeRedisConfigurationStringShouldBeReadAsRedis() {
        String azure = "ConnectionStrings.Redis=acme-cache.redis.cache.windows.net:6380,password=#{RedisPassword}#,"
                + "ssl=True,abortConnect=False\n";
        assertThat(problems("appsettings-production.properties", azure, "ConnectionStrings.Redis")).isEmpty();
        // a loopback endpoint, or one without TLS and a password, is still reported
        assertThat(problems("appsettings-production.properties",
                "ConnectionStrings.Redis=localhost:6379,abortConnect=False\n", "ConnectionStrings.Redis"))
                .contains("database.loopback");
        assertThat(problems("appsettings-production.properties",
                "ConnectionStrings.Redis=cache.acme-logistics.com:6379,password=changeme,ssl=False\n",
                "ConnectionStrings.Redis")).isNotEmpty();
    }

    @Test
    void aspNetsAutoGeneratedMachineKeyShouldBeNoKey() {
        String webConfig = """
                configuration.system.web.machineKey.validationKey=AutoGenerate,IsolateApps
                configuration.system.web.machineKey.decryptionKey=AutoGenerate,IsolateApps
                """;
        assertThat(problems("web-config.properties", webConfig, "configuration.system.web.machineKey.decryptionKey"))
                .isEmpty();
        // a word glued to the keyword is a written key, judged as one
        assertThat(problems("web-config.properties",
                "configuration.system.web.machineKey.decryptionKey=AutoGenerateKey2024\n",
                "configuration.system.web.machineKey.decryptionKey")).isNotEmpty();
    }

    @Test
    void phoenixRuntimeVariablesBoundToTheEnvironmentShouldBeDeferred() {
        String runtime = """
                database_url=System.get_env("DATABASE_URL") || raise "environment variable DATABASE_URL is missing."
                secret_key_base=System.get_env("SECRET_KEY_BASE") || raise "environment variable SECRET_KEY_BASE is missing."
                shop.Shop.Repo.url=database_url
                shop.ShopWeb.Endpoint.secret_key_base=secret_key_base
                """;
        for (String key : List.of("database_url", "secret_key_base", "shop.Shop.Repo.url",
                "shop.ShopWeb.Endpoint.secret_key_base")) {
            assertThat(problems("runtime-exs.properties", runtime, key)).as(key).isEmpty();
        }
        // a variable bound to a literal is that literal's business, and the name under a secret key stays judged
        String literal = """
                secret_key_base=changeme
                shop.ShopWeb.Endpoint.secret_key_base=secret_key_base
                """;
        assertThat(problems("runtime-exs.properties", literal, "shop.ShopWeb.Endpoint.secret_key_base")).isNotEmpty();
        // a look-up with a default after || is still judged by its default
        assertThat(problems("runtime-exs.properties",
                "shop.ShopWeb.Endpoint.secret_key_base=System.get_env(\"SECRET_KEY_BASE\") || \"changeme\"\n",
                "shop.ShopWeb.Endpoint.secret_key_base")).isNotEmpty();
    }
}
