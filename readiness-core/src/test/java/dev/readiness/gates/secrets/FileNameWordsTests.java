package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.settings.Origin;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class FileNameWordsTests {

    private static final Set<String> WORDS = Set.of("example", "dev", "local", "sample");

    @Test
    void nameHasWordShouldReadTheFileNameOfTheOrigin() {
        assertThat(FileNameWords.nameHasWord(Origin.file("config/.env.Example", 3), WORDS)).isTrue();
        assertThat(FileNameWords.nameHasWord(Origin.of("[application-DEV.yaml]"), WORDS)).isTrue();
        assertThat(FileNameWords.nameHasWord(Origin.file("examples/app.env", 3), WORDS)).isFalse();
        assertThat(FileNameWords.nameHasWord(Origin.environmentVariable("LOCAL_DEV_KEY"), WORDS)).isFalse();
    }

    @Test
    void fileNameOfAResolvedReferenceShouldBeItsOwnFileHoweverTheRoutesFileIsSpelled() {
        String own = "src/main/resources/application-prod.yml:3:10 via environment variable MONGODB_URI from ";
        assertThat(FileNameWords.fileName(Origin.of(own + "good.env:1"))).isEqualTo("application-prod.yml");
        assertThat(FileNameWords.fileName(Origin.of(own + "/srv/app/good.env:1"))).isEqualTo("application-prod.yml");
        assertThat(FileNameWords.fileName(Origin.of("/srv/app/src/main/resources/application-prod.yml:3:10 via"
                + " environment variable MONGODB_URI from /srv/app/good.env:1"))).isEqualTo("application-prod.yml");
    }

    @Test
    void nameIsShouldIgnoreCaseAndTheLine() {
        assertThat(FileNameWords.nameIs(Origin.file("app/.ENV.local", 9), ".env.local")).isTrue();
        assertThat(FileNameWords.nameIs(Origin.file("app/.env.local.bak", 9), ".env.local")).isFalse();
    }

    @Test
    void nameSuffixShouldGiveTheFirstSuffixTheFileNameEndsWithIgnoringCase() {
        List<String> suffixes = List.of(".properties", ".yml", ".yaml");
        assertThat(FileNameWords.nameSuffix(Origin.file("src/main/resources/Application-PROD.YML", 4), suffixes))
                .isEqualTo(".yml");
        assertThat(FileNameWords.nameSuffix(Origin.of("[bootstrap.properties]"), suffixes)).isEqualTo(".properties");
        assertThat(FileNameWords.nameSuffix(Origin.file("config/application.yml.bak", 4), suffixes)).isNull();
        assertThat(FileNameWords.nameSuffix(Origin.environmentVariable("APP_YML"), suffixes)).isNull();
    }

    @Test
    void eachOriginShouldBeReadForItsOwnFileNameWhenOriginsAlternate() {
        Origin example = Origin.file("config/.env.example", 3);
        Origin local = Origin.file("app/.env.local", 9);
        Origin environment = Origin.environmentVariable("EXAMPLE_KEY");

        for (int round = 0; round < 3; round++) {
            assertThat(FileNameWords.nameHasWord(example, WORDS)).isTrue();
            assertThat(FileNameWords.nameIs(local, ".env.local")).isTrue();
            assertThat(FileNameWords.nameIs(example, ".env.local")).isFalse();
            assertThat(FileNameWords.nameHasWord(environment, WORDS)).isFalse();
            assertThat(FileNameWords.fileName(local)).isEqualTo(".env.local");
            assertThat(FileNameWords.nameSuffix(example, List.of(".example"))).isEqualTo(".example");
        }
    }

    @Test
    void anEnvironmentVariableOrSystemPropertyShouldHaveTheWordItsKindNamesAndNoOther() {
        Set<String> kinds = Set.of("environment", "system");
        Origin example = Origin.file("config/.env.example", 3);
        for (int round = 0; round < 3; round++) {
            Origin environment = Origin.environmentVariable("EXAMPLE_KEY_" + round);
            Origin property = Origin.systemProperty("example.key." + round);
            assertThat(FileNameWords.nameHasWord(environment, kinds)).isTrue();
            assertThat(FileNameWords.nameHasWord(environment, kinds)).isTrue();
            assertThat(FileNameWords.nameHasWord(environment, WORDS)).isFalse();
            assertThat(FileNameWords.nameHasWord(example, WORDS)).isTrue();
            assertThat(FileNameWords.nameHasWord(property, Set.of("system"))).isTrue();
            assertThat(FileNameWords.nameHasWord(property, Set.of("environment", "property"))).isFalse();
            assertThat(FileNameWords.nameHasWord(environment, Set.of("Environment", "env"))).isFalse();
            assertThat(FileNameWords.nameHasWord(example, kinds)).isFalse();
        }
    }

    @Property(tries = 3000)
    void readingInPlaceShouldAlwaysAgreeWithTheLowerCasedName(@ForAll("descriptions") String description) {
        Origin origin = Origin.of(description);
        String yml = FileNameWords.fileName(origin).endsWith(".yml") ? ".yml" : null;
        assertThat(FileNameWords.nameSuffix(origin, List.of(".yml"))).isEqualTo(yml);
        assertThat(FileNameWords.nameHasWord(origin, WORDS))
                .isEqualTo(FileNameWords.hasWord(FileNameWords.fileName(origin), WORDS));
        Set<String> kinds = Set.of("environment", "system", "dev");
        assertThat(FileNameWords.nameHasWord(origin, kinds))
                .isEqualTo(FileNameWords.hasWord(FileNameWords.fileName(origin), kinds));
        assertThat(FileNameWords.nameIs(origin, ".env.local"))
                .isEqualTo(FileNameWords.fileName(origin).equals(".env.local"));
    }

    @Provide
    Arbitrary<String> descriptions() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(20),
                Arbitraries.strings().withChars("dDeEvVlLoOcCaAyYmM._-/[]: \u0130\u212A\u017F").ofMaxLength(20),
                Arbitraries.strings().withChars("xX_-./[]: \u0130").ofMaxLength(10).map(name -> "environment variable " + name),
                Arbitraries.strings().withChars("xX_-./[]: \u0130").ofMaxLength(10).map(name -> "system property " + name),
                Arbitraries.of(".env.local", "x/.ENV.LOCAL:3", "[app-dev.yaml]", "a_example.env", "\u0130dev.env", "[application-x.YML]", "\u0130.yml"));
    }
}
