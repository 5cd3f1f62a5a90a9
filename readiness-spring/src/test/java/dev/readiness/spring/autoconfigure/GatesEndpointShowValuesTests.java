package dev.readiness.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Gate;
import dev.readiness.Outcome;
import dev.readiness.Severity;
import dev.readiness.settings.Origin;
import dev.readiness.spring.actuate.GatesEndpoint;
import java.security.Principal;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * {@code management.endpoint.gates.show-values} follows Spring Boot's {@code env} endpoint: hosts, database names
 * and paths are masked unless shown; codes, subjects and counts always stay.
 */
class GatesEndpointShowValuesTests {

    private static final String MESSAGE = "spring.datasource.url uses PostgreSQL named 'orders_test' on"
            + " db.internal.acme.com:5432";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ReadinessAutoConfiguration.class,
                    GatesEndpointAutoConfiguration.class, EndpointAutoConfiguration.class))
            .withBean("ordersDatabase", Gate.class, () -> Gate.of("acme.orders-database", "Orders database",
                    context -> Outcome.of(Finding.of(Severity.WARN, "acme.orders-test-name", "spring.datasource.url")
                            .origin(Origin.of("file [/srv/orders/config/application.yml] - 4:8"))
                            .message(MESSAGE).remediation("Rename it.").build())))
            .withPropertyValues("readiness.stage=development", "management.endpoints.web.exposure.include=gates",
                    "readiness.exclude-gates=test.secret,test.endpoint,test.warn,test.fact");

    private static SecurityContext user(String... roles) {
        Principal principal = () -> "ops";
        return new SecurityContext() {
            @Override
            public Principal getPrincipal() {
                return principal;
            }

            @Override
            public boolean isUserInRole(String role) {
                return Set.of(roles).contains(role);
            }
        };
    }

    @Test
    void byDefaultHostsNamesAndPathsShouldBeMaskedForEveryoneButCodesAndSubjectsKept() {
        runner.run(context -> {
            String json = context.getBean(GatesEndpoint.class).gates(user("ADMIN"));
            assertThat(json).doesNotContain("orders_test", "db.internal.acme.com", "/srv/orders")
                    .contains("\"code\":\"acme.orders-test-name\"", "\"subject\":\"spring.datasource.url\"",
                            "named '******' on ******", "file [******/application.yml] - 4:8");
        });
    }

    @Test
    void readinessOwnReferencePageShouldNotBeMaskedAsAHost() {
        runner.withPropertyValues("readiness.sandbox.allowed-host=payments.acme.md").run(context -> {
            String json = context.getBean(GatesEndpoint.class).gates(SecurityContext.NONE);
            assertThat(json).contains("\"code\":\"properties.unknown\"",
                    "The properties are listed in docs/reference/spring.md and completed by your IDE.")
                    .doesNotContain("docs/reference/******");
        });
    }

    @Test
    void alwaysShouldShowThemToAnyone() {
        runner.withPropertyValues("management.endpoint.gates.show-values=always").run(context -> assertThat(
                context.getBean(GatesEndpoint.class).gates(SecurityContext.NONE)).contains(MESSAGE, "/srv/orders"));
    }

    @Test
    void whenAuthorizedShouldShowThemOnlyToAnAuthorizedUserWithTheRole() {
        runner.withPropertyValues("management.endpoint.gates.show-values=when-authorized",
                "management.endpoint.gates.roles=OPS").run(context -> {
                    GatesEndpoint endpoint = context.getBean(GatesEndpoint.class);
                    assertThat(endpoint.gates(user("OPS"))).contains(MESSAGE);
                    assertThat(endpoint.gates(user("DEV"))).doesNotContain("orders_test");
                    assertThat(endpoint.gates(SecurityContext.NONE)).doesNotContain("orders_test");
                });
    }
}
