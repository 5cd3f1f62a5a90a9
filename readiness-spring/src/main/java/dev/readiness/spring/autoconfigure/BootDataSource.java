package dev.readiness.spring.autoconfigure;

import dev.readiness.Finding;
import dev.readiness.Gate;
import dev.readiness.Outcome;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.Origin;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

/**
 * The database Spring Boot picks by itself: with no {@code spring.datasource.url}, Boot's own {@code DataSource}
 * (its JDBC auto-configuration's pooled or embedded data source) connects to the embedded database it finds on the
 * class path (H2, HSQLDB or Derby), in memory, as {@code sa} with a blank password. That is the same problem as an
 * embedded URL written out, which the {@code database} gate reports, but no setting holds it, so this gate, judged at
 * the barrier once the bean definitions are known, reports it with the database gate's codes
 * ({@code database.embedded} on {@code spring.datasource.url}, {@code database.default-credentials} on
 * {@code spring.datasource.password}): NO-GO in production, WARN in staging, nothing in development and test.
 *
 * <p>Nothing is reported when the service defines its own {@code DataSource} (Boot's backs off), when a connection
 * details bean other than Boot's own (Docker Compose, Testcontainers) supplies the URL, when
 * {@code spring.datasource.url} or {@code spring.datasource.jndi-name} is set, or when no embedded database is on the
 * class path (Boot then refuses to start by itself). Immutable; its checks read the bean definitions only, never a
 * bean.
 */
final class BootDataSource {

    /** The gate's id. */
    static final String ID = "database.boot-default";

    /** The name of Spring Boot's data source bean. */
    static final String BEAN = "dataSource";

    private static final String AUTO_CONFIGURATION = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration";

    private static final String EMBEDDED_CONNECTION = "org.springframework.boot.jdbc.EmbeddedDatabaseConnection";

    private static final String BOOT_JDBC_CONFIGURATION = "org.springframework.boot.jdbc.autoconfigure.";

    private static final String URL = "spring.datasource.url";

    private static final String PASSWORD = "spring.datasource.password";

    private BootDataSource() {
    }

    /**
     * The gate, or {@code null} when Spring Boot defines no data source of its own: its JDBC auto-configuration is not
     * on the class path, or the service defines its own {@code DataSource} (Boot's backs off). That depends on the
     * class path and the service's beans, not on what the gates find, so a refused start and a good one of the same
     * service count the same gates.
     *
     * @param beanFactory the bean factory, every bean defined
     * @param environment the environment the data source is bound from
     * @param classLoader the application's class loader
     * @return the gate, or {@code null}
     */
    static @Nullable Gate gate(ConfigurableListableBeanFactory beanFactory, Environment environment,
            ClassLoader classLoader) {
        // the bean definition first: a service without JDBC pays one map lookup, not two failed class lookups through
        // the whole class path on the main thread
        if (!isBoots(beanFactory, BEAN) || !ClassUtils.isPresent(AUTO_CONFIGURATION, classLoader)
                || !ClassUtils.isPresent(EMBEDDED_CONNECTION, classLoader)) {
            return null;
        }
        return Gate.of(ID, "Spring Boot's own data source is not an embedded database it picked by itself",
                context -> Outcome.of(findings(context.stage(), beanFactory, environment, classLoader)));
    }

    static List<Finding> findings(Stage stage, ConfigurableListableBeanFactory beanFactory, Environment environment,
            ClassLoader classLoader) {
        Severity severity = switch (stage) {
            case PRODUCTION -> Severity.NO_GO;
            case STAGING -> Severity.WARN;
            default -> null;
        };
        if (severity == null || hasText(environment, URL) || hasText(environment, "spring.datasource.jndi-name")
                || !bootsOwnDataSource(beanFactory)) {
            return List.of();
        }
        String engine = embeddedEngine(environment, classLoader);
        if (engine == null) {
            return List.of();
        }
        Origin origin = Origin.of("Spring Boot's default: no " + URL + " is set and " + engine
                + " is on the class path");
        List<Finding> findings = new ArrayList<>(2);
        findings.add(Finding.of(severity, "database.embedded", URL).origin(origin)
                .message("No " + URL + " is set, so Spring Boot starts an in-memory " + engine + " database of its own,"
                        + " whose data is lost at every restart, not a production database server.")
                .remediation("Set " + URL + " (e.g. SPRING_DATASOURCE_URL in the deployment's environment) to the"
                        + " production database server; keep embedded databases for development and tests.")
                .build());
        String user = environment.getProperty("spring.datasource.username");
        String password = environment.getProperty(PASSWORD);
        if ((user == null || user.isEmpty() || user.equalsIgnoreCase("sa")) && (password == null || password.isEmpty())) {
            findings.add(Finding.of(severity, "database.default-credentials", PASSWORD).origin(origin)
                    .message("Spring Boot's embedded " + engine + " database logs in as 'sa' with a blank password:"
                            + " default database credentials.")
                    .remediation("Point " + URL + " at the production database server with a dedicated user and a"
                            + " generated password from a secret manager.")
                    .build());
        }
        return findings;
    }

    /**
     * Whether the bean named {@code dataSource} is Spring Boot's own (its JDBC auto-configuration's), bound from
     * {@code spring.datasource.*}: not the service's own bean, and no connection details bean but Boot's.
     */
    private static boolean bootsOwnDataSource(ConfigurableListableBeanFactory beanFactory) {
        if (!isBoots(beanFactory, BEAN)) {
            return false;
        }
        String factory = beanFactory.getBeanDefinition(BEAN).getFactoryBeanName();
        if (factory != null && factory.endsWith("EmbeddedDataSourceConfiguration")) {
            return true;
        }
        return isBoots(beanFactory, "jdbcConnectionDetails");
    }

    private static boolean isBoots(ConfigurableListableBeanFactory beanFactory, String name) {
        if (!beanFactory.containsBeanDefinition(name)) {
            return false;
        }
        BeanDefinition definition = beanFactory.getBeanDefinition(name);
        String factory = definition.getFactoryBeanName();
        return factory != null && factory.startsWith(BOOT_JDBC_CONFIGURATION);
    }

    /** The embedded database Boot would start, as Boot picks it, or {@code null} for none. */
    private static @Nullable String embeddedEngine(Environment environment, ClassLoader classLoader) {
        String configured = environment.getProperty("spring.datasource.embedded-database-connection");
        if (configured != null && !configured.isBlank()) {
            String name = configured.trim().toUpperCase(Locale.ROOT);
            return name.equals("NONE") ? null : name;
        }
        return Embedded.engine(classLoader);
    }

    /** Spring Boot's JDBC classes, loaded only once {@link #gate} found them on the class path. */
    private static final class Embedded {

        static @Nullable String engine(ClassLoader classLoader) {
            org.springframework.boot.jdbc.EmbeddedDatabaseConnection connection =
                    org.springframework.boot.jdbc.EmbeddedDatabaseConnection.get(classLoader);
            return connection == org.springframework.boot.jdbc.EmbeddedDatabaseConnection.NONE ? null
                    : connection.name();
        }
    }

    private static boolean hasText(Environment environment, String key) {
        String value = environment.getProperty(key);
        return value != null && !value.isBlank();
    }
}
