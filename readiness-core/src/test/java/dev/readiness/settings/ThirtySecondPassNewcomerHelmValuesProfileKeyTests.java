package dev.readiness.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 32's newcomer gave the CLI a Helm chart's {@code values.yaml} and {@code values-production.yaml}, whose top
 * level holds the chart's own {@code springProfiles: staging} (rendered into {@code SPRING_PROFILES_ACTIVE}). The
 * check said "{@code springProfiles is read as spring.config.activate.on-profile, as Spring Boot 2.3 and earlier read
 * it}", called each file a profile document and left {@code values.yaml} out ("every document is for a profile that
 * is not active"). Spring Boot matches property names element by element: {@code springProfiles},
 * {@code SPRING_PROFILES} and {@code spring-profiles} are one element, another property, never a document's
 * condition in any version. {@code spring.profiles}, {@code Spring.Profiles}, {@code spring.profiles[0]} and
 * {@code spring.config.activate.onProfile} still are.
 */
class ThirtySecondPassNewcomerHelmValuesProfileKeyTests {

    @Test
    void aChartsOwnSpringProfilesValueIsNoDocumentCondition() {
        ApplicationConfig config = ApplicationConfig.builder()
                .configText("values.yaml", """
                        replicaCount: 1
                        springProfiles: staging
                        config:
                          FEDEX_API_URL: https://apis-sandbox.fedex.com
                        """)
                .configText("values-production.yaml", """
                        springProfiles: prod
                        config:
                          DHL_API_URL: https://express.api.dhl.com
                        """)
                .build();

        assertThat(config.legacyProfileConditions()).isEmpty();
        assertThat(config.inactiveProfileConditions()).isEmpty();
        assertThat(config.notices()).isEmpty();
        assertThat(config.settings().get("config.FEDEX_API_URL")).isPresent();
        assertThat(config.settings().get("config.DHL_API_URL")).isPresent();
    }

    @Test
    void singleElementSpellingsAreOtherProperties() {
        for (String key : List.of("springProfiles", "SPRING_PROFILES", "spring-profiles", "spring_profiles")) {
            ApplicationConfig config = ApplicationConfig.builder()
                    .configText("values.yaml", key + ": staging\nfeature: on\n").build();
            assertThat(config.legacyProfileConditions()).as(key).isEmpty();
            assertThat(config.settings().get("feature")).as(key).isPresent();
        }
        ApplicationConfig onProfile = ApplicationConfig.builder()
                .configText("application.yml", "springConfigActivateOnProfile: staging\nfeature: on\n").build();
        assertThat(onProfile.inactiveProfileConditions()).isEmpty();
        assertThat(onProfile.settings().get("feature")).isPresent();
    }

    @Test
    void springBootsOwnSpellingsStayConditions() {
        for (String yaml : List.of("spring:\n  profiles: staging\n", "Spring.Profiles: staging\n",
                "spring:\n  profiles:\n    - staging\n")) {
            ApplicationConfig config = ApplicationConfig.builder()
                    .configText("application.yml", yaml + "feature: on\n").profiles("prod").build();
            assertThat(config.legacyProfileConditions()).as(yaml).hasSize(1);
            assertThat(config.settings().get("feature")).as(yaml).isEmpty();
        }
        ApplicationConfig onProfile = ApplicationConfig.builder()
                .configText("application.yml", "spring.config.activate.onProfile: staging\nfeature: on\n")
                .profiles("prod").build();
        assertThat(onProfile.inactiveProfileConditions()).hasSize(1);
        assertThat(onProfile.settings().get("feature")).isEmpty();
    }

    @Test
    void theMatchIsElementByElement() {
        List<String> profiles = List.of("spring", "profiles");
        assertThat(ConfigFiles.namesProperty("spring.profiles", profiles)).isTrue();
        assertThat(ConfigFiles.namesProperty("spring.profiles[0]", profiles)).isTrue();
        assertThat(ConfigFiles.namesProperty("SPRING.PROFILES", profiles)).isTrue();
        assertThat(ConfigFiles.namesProperty("springProfiles", profiles)).isFalse();
        assertThat(ConfigFiles.namesProperty("spring.pro.files", profiles)).isFalse();
        assertThat(ConfigFiles.namesProperty("spring.profiles.active", profiles)).isFalse();
        assertThat(ConfigFiles.namesProperty("spring.profiles[0][1]", profiles)).isFalse();
    }
}
