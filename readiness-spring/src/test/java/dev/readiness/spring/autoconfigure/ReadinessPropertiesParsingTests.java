package dev.readiness.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Stage;
import dev.readiness.spring.ReadinessConfigurationException;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.springframework.mock.env.MockEnvironment;

/**
 * Property tests for what the adapter parses from text: profile names and stage variables, and waiver dates.
 * Whatever the text (empty, huge, control characters, unpaired surrogates, non-ASCII), the result is a stage, a
 * precise error naming the property, or nothing; never an escaped exception.
 */
class ReadinessPropertiesParsingTests {

    @Property(tries = 300)
    void anyProfileNameShouldGiveAStageOrNothing(@ForAll("texts") String profile) {
        Optional<Stage> stage = StageResolution.stageOfProfile(profile);
        assertThat(stage).isNotNull();
    }

    @Property(tries = 300)
    void anyStageVariableShouldResolveToSomeStage(@ForAll("texts") String value) {
        StageResolution resolution = StageResolution.resolve(null, new MockEnvironment().withProperty("APP_ENV", value));
        assertThat(resolution.stage()).isNotNull();
        assertThat(resolution.source()).matches("variable APP_ENV|no stage set: .*");
        assertThat(resolution.stage() != Stage.PRODUCTION || Stage.fromAlias(value).isEmpty()
                || Stage.fromAlias(value).get() == Stage.PRODUCTION).isTrue();
    }

    @Property(tries = 300)
    void anyWaiverExpiryShouldBindOrFailNamingTheProperty(@ForAll("texts") String expires) {
        ReadinessProperties properties = new ReadinessProperties();
        ReadinessProperties.Waiver waiver = new ReadinessProperties.Waiver();
        waiver.setCode("test.secret.too-short");
        waiver.setReason("reason");
        waiver.setExpires(expires);
        properties.getWaivers().add(waiver);
        try {
            ReadinessOptions options = ReadinessOptions.of(properties, new MockEnvironment(), Launch.UNKNOWN);
            assertThat(options.policy().waivers()).hasSize(1);
        }
        catch (ReadinessConfigurationException ex) {
            assertThat(ex.getProblems()).singleElement().asString().startsWith("readiness.waivers[0].expires");
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().all().ofMaxLength(20),
                Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMaxLength(10),
                Arbitraries.strings().withCharRange('\ud800', '\udfff').ofMaxLength(6),
                Arbitraries.of("", " ", "prod", "PROD", "prod-eu", "production\n", "2026-12-31", "\ud83d", "café",
                        "x".repeat(1_000_000), "2026-02-30", "+999999999-12-31"),
                Arbitraries.strings().withChars("produstagingevlc-_.,").ofMaxLength(30));
    }

}
