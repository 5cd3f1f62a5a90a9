package dev.readiness.gates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The lead's readings of the forty-third pass: rules for what the first contact with the blind sets 170 to 177
 * missed or raised falsely, and one mistake named alike by the build, the CLI and the boot, each beside the value
 * that tempts it; every built-in gate runs.
 */
class FortyThirdPassLeadTests extends EveryGateOnOneFile {

    private static final String DATA_SOURCE = """
            spring.datasource.url=jdbc:postgresql://orders-db.prod.internal:5432/orders
            spring.datasource.username=orders
            """;

    @Test
    void springsOwnDataSourcePasswordLeftBlankShouldBeTheSameCodeAsItsEmptyDefault() throws Exception {
        assertThat(noGo(findings("application.properties", DATA_SOURCE + "spring.datasource.password=${DB_PASSWORD:}\n"),
                "spring.datasource.password")).contains("NO_GO database.default-credentials spring.datasource.password");
        assertThat(noGo(findings("application.properties", DATA_SOURCE + "spring.datasource.password=\n"),
                "spring.datasource.password")).contains("NO_GO database.default-credentials spring.datasource.password");
        assertThat(noGo(findings("application.properties", DATA_SOURCE + "spring.datasource.password=${DB_PASSWORD}\n"),
                "spring.datasource.password")).isEmpty();
    }

    @Test
    void aBlankPasswordBesideAUserFromTheEnvironmentOrOfAnotherSectionShouldNotBeADefaultCredential()
            throws Exception {
        String userFromEnvironment = DATA_SOURCE.replace("username=orders", "username=${DB_USER}")
                + "spring.datasource.password=\n";
        assertThat(about(findings("application.properties", userFromEnvironment), "spring.datasource.password"))
                .noneMatch(finding -> finding.contains("database.default-credentials"));
        String chart = """
                # the password comes from the existing Secret named below
                externalDatabase.host=orders-db.prod.internal
                externalDatabase.user=orders
                externalDatabase.password=
                externalDatabase.existingSecret=orders-db
                """;
        assertThat(about(findings("values.properties", chart), "externalDatabase.password"))
                .noneMatch(finding -> finding.contains("database.default-credentials"));
    }
}
