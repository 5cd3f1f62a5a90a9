package dev.readiness.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NoSandboxTests {

    private static ValidatorFactory factory;
    private static Validator validator;

    record CarrierProperties(@NoSandbox String apiUrl) {
    }

    record SidecarProperties(@NoSandbox(allowLoopback = true, allowedHosts = "*.sandbox.partner.io") String url) {
    }

    @BeforeAll
    static void startValidator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void closeValidator() {
        factory.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://api-m.sandbox.paypal.com", "https://apis-sandbox.fedex.com",
            "https://express.api.dhl.com/mydhlapi/test", "wwwcie.ups.com", "https://checkout-test.adyen.com",
            "https://api.staging.myco.com", "http://localhost:8080", "https://api.example.com", "https://shop.test",
            "sk_test_51HdGf2KZbWq8X9yTmN3pQrStUvWxYz", "rzp_test_1DP5mmOlF5G5ag",
            "https://app.myco.com, https://app-uat.myco.com"})
    void validateShouldRejectSandboxTestAndLocalValues(String value) {
        Set<ConstraintViolation<CarrierProperties>> violations = validator.validate(new CarrierProperties(value));

        assertThat(violations).singleElement().satisfies(violation -> {
            assertThat(violation.getPropertyPath()).hasToString("apiUrl");
            assertThat(violation.getMessage())
                    .isEqualTo("must not be a sandbox, test or local endpoint, nor a test-mode credential")
                    .doesNotContain(value);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://api-m.paypal.com", "https://apis.fedex.com", "https://express.api.dhl.com",
            "https://onlinetools.ups.com", "https://api.stripe.com", "https://hooks.slack.com/services/T0/B0/X",
            "https://api.contest-platform.io", "https://devices.myapp.com", "http://payments.internal:8080",
            "http://orders.shop.svc.cluster.local", "10.0.0.12", "sk_live_51HdGf2KZbWq8X9yTmN3pQrStUvWxYz",
            "https://o1.ingest.sentry.io/2", "", "  ", "jdbc:h2:mem:test"})
    void validateShouldAcceptProductionValues(String value) {
        assertThat(validator.validate(new CarrierProperties(value))).isEmpty();
    }

    @Test
    void validateShouldAcceptNull() {
        assertThat(validator.validate(new CarrierProperties(null))).isEmpty();
    }

    @Test
    void validateShouldHonourAllowLoopbackAndAllowedHosts() {
        assertThat(validator.validate(new SidecarProperties("http://127.0.0.1:3500"))).isEmpty();
        assertThat(validator.validate(new SidecarProperties("https://eu.sandbox.partner.io"))).isEmpty();
        assertThat(validator.validate(new SidecarProperties("https://api.sandbox.paypal.com"))).hasSize(1);
    }

    @Test
    void validationMessageShouldNeverCarryTheValue() {
        String canary = "https://CanaryUser:CanaryPass@api.sandbox.paypal.com/?token=CanaryToken";

        Set<ConstraintViolation<CarrierProperties>> violations = validator.validate(new CarrierProperties(canary));

        assertThat(violations).singleElement()
                .satisfies(violation -> assertThat(violation.getMessage() + violation.getPropertyPath())
                        .doesNotContainIgnoringCase("canary"));
    }

    @Property(tries = 200)
    void validateShouldNeverThrow(@ForAll String value) {
        validator.validate(new CarrierProperties(value));
    }
}
