package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class SecretStrengthTests {

    private static final Set<String> UNMEASURED_CODES =
            Set.of("secrets.blank", "secrets.placeholder", "secrets.published-default");

    private final SecretStrength strength = new SecretStrength(PublishedDefaults.builtIn(), Guessability.builtIn());

    @Test
    void assessUnmeasuredShouldStillFindAPublishedDefaultButNotAWeakValue() {
        assertThat(strength.assessUnmeasured("MINIO_ACCESS_KEY", "minioadmin", SecretPurpose.SECRET))
                .extracting(SecretProblem::code).containsExactly("secrets.published-default");
        assertThat(strength.assessUnmeasured("S3_ACCESS_KEY_ID", "AKIA4EXAMPLEQ7RZ2KXW", SecretPurpose.SECRET))
                .isEmpty();
        assertThat(strength.assess("S3_ACCESS_KEY_ID", "AKIA4EXAMPLEQ7RZ2KXW", SecretPurpose.SECRET, 128, false))
                .isNotEmpty();
    }

    @Test
    void defaultsShouldNameTheBuiltInCatalogAndTheDetectedEstimatorWhenAsked() {
        SecretStrength defaults = SecretStrength.defaults();

        assertThat(defaults.catalog()).isSameAs(PublishedDefaults.builtIn());
        assertThat(defaults.guessability()).isSameAs(Guessability.detect());
        assertThat(defaults.withCatalog(PublishedDefaults.builtIn())).isSameAs(defaults);
        assertThat(defaults.withCatalog(PublishedDefaults.empty()).guessability()).isSameAs(Guessability.detect());
    }

    @Property(tries = 300)
    void defaultsShouldJudgeAsTheJudgeBuiltFromTheBuiltInCatalogAndTheDetectedEstimator(
            @ForAll("values") String value, @ForAll SecretPurpose purpose) {
        SecretStrength eager = new SecretStrength(PublishedDefaults.builtIn(), Guessability.detect());

        assertThat(SecretStrength.defaults().assess("APP_SECRET", value, purpose, purpose.minBits(), false))
                .isEqualTo(eager.assess("APP_SECRET", value, purpose, purpose.minBits(), false));
    }

    @Test
    void defaultsShouldFindAPublishedDefaultAndAGuessablePassword() {
        assertThat(SecretStrength.defaults().assess("minioadmin", SecretPurpose.SECRET))
                .extracting(SecretProblem::code).containsExactly("secrets.published-default");
        assertThat(SecretStrength.defaults().assess("Summer2024!", SecretPurpose.PASSWORD)).isNotEmpty();
    }

    @Property(tries = 500)
    void assessUnmeasuredShouldFindWhatAssessFindsBesidesSizeAndStrength(@ForAll("values") String value,
            @ForAll SecretPurpose purpose) {
        List<String> all = strength.assess("ACCESS_KEY", value, purpose, purpose.minBits(), false).stream()
                .map(SecretProblem::code).filter(UNMEASURED_CODES::contains).toList();

        assertThat(strength.assessUnmeasured("ACCESS_KEY", value, purpose)).extracting(SecretProblem::code)
                .isEqualTo(all);
    }

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.oneOf(
                Arbitraries.of("", "  ", "changeme", "minioadmin", "${AWS_KEY}", "<your-access-key>", "access_key",
                        "password123", "AKIA4EXAMPLEQ7RZ2KXW", "your-secret-here", "secret", "admin"),
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(40));
    }
}
