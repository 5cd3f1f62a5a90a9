package dev.readiness.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProductionDatabaseUrlTests {

    private static ValidatorFactory factory;
    private static Validator validator;

    record DataSourceProperties(@ProductionDatabaseUrl String url) {
    }

    record StrictProperties(@ProductionDatabaseUrl(rejectWarnings = true) String url) {
    }

    record CustomMessageProperties(@ProductionDatabaseUrl(message = "orders database URL is not fit for production")
            String url) {
    }

    @BeforeAll
    static void createValidator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void closeFactory() {
        factory.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "jdbc:postgresql://mydb.abc123.eu-west-1.rds.amazonaws.com:5432/orders?sslmode=verify-full",
            "jdbc:mysql://orders.cluster-abc123xyz.eu-west-1.rds.amazonaws.com:3306/shop?sslMode=VERIFY_IDENTITY",
            "jdbc:postgresql:///orders?cloudSqlInstance=p:r:i&socketFactory=com.google.cloud.sql.postgres.SocketFactory",
            "jdbc:sqlserver://x.database.windows.net:1433;database=orders;encrypt=true;trustServerCertificate=false",
            "mongodb+srv://app@cluster0.abcde.mongodb.net/app",
            "postgresql://app:Zx8kq2LmX7pW4z@db.internal/orders",
            "jdbc:postgresql://orders.abc123.eu-west-1.rds.amazonaws.com/orders"})
    void validateWhenUrlIsFitForProductionShouldPass(String url) {
        assertThat(validator.validate(new DataSourceProperties(url))).isEmpty();
    }

    @Test
    void validateWhenNullShouldPass() {
        assertThat(validator.validate(new DataSourceProperties(null))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            jdbc:h2:mem:orders                                          | database.embedded
            jdbc:tc:postgresql:15:///orders                             | database.testcontainers
            postgresql://app@db.internal/app_test                       | database.test-name
            postgresql://postgres:postgres@db.internal/orders           | database.default-credentials
            postgresql://app@your-db-host/orders                        | database.template-host
            jdbc:postgresql://db:99999/orders                           | database.unparseable
            jdbc:postgresql://orders.abc.eu-west-1.rds.amazonaws.com/o?sslmode=disable | database.tls-disabled
            """)
    void validateWhenUrlIsNotFitForProductionShouldNameTheRuleNotTheValue(String url, String code) {
        Set<ConstraintViolation<DataSourceProperties>> violations = validator.validate(new DataSourceProperties(url));

        assertThat(violations).singleElement().satisfies(violation -> {
            assertThat(violation.getMessage()).startsWith("must be a production database URL (").contains(code);
            assertThat(violation.getPropertyPath()).hasToString("url");
        });
    }

    @Test
    void validateWithRejectWarningsShouldAlsoRejectWarnings() {
        String url = "postgresql://app:Zx8kq2LmX7pW4z@localhost/orders";

        assertThat(validator.validate(new DataSourceProperties(url))).isEmpty();
        assertThat(validator.validate(new StrictProperties(url))).singleElement()
                .satisfies(v -> assertThat(v.getMessage()).contains("database.loopback")
                        .doesNotContain("database.password-in-url"));
    }

    @Test
    void validateWithCustomMessageShouldKeepIt() {
        assertThat(validator.validate(new CustomMessageProperties("jdbc:h2:mem:x"))).singleElement()
                .satisfies(v -> assertThat(v.getMessage()).isEqualTo("orders database URL is not fit for production"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "postgresql://postgres:Canary-Qz7Wv3@hostname/app_test?sslmode=disable",
            "jdbc:postgresql://${Canary-Qz7Wv3}/orders_test",
            "postgresql://app:Canary-Qz7Wv3@db host/x",
            "jdbc:postgresql://hostname/x?password=#{Canary-Qz7Wv3}&user=${'a'.toUpperCase()}"})
    void violationMessagesShouldNeverContainOrInterpolateTheValue(String url) {
        Set<ConstraintViolation<DataSourceProperties>> violations = validator.validate(new DataSourceProperties(url));

        assertThat(violations).isNotEmpty().allSatisfy(violation -> {
            assertThat(violation.getMessage()).doesNotContain("Canary").doesNotContain("Qz7W").doesNotContain("A");
            assertThat(violation.getMessageTemplate()).doesNotContain("Canary");
        });
    }
}
