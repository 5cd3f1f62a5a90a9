package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Origin;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigurationWordsTests {

    private static final Guessability ZXCVBN = Guessability.detect();

    private static Settings settings(String... keysAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return Settings.of(values);
    }

    @Property(tries = 3000)
    void canonicalShouldAlwaysBeEachCharacterMadeCanonical(@ForAll("wordsAndSubstitutions") String text) {
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            expected.append(ConfigurationWords.canonical(text.charAt(i)));
        }

        assertThat(ConfigurationWords.canonical(text)).isEqualTo(expected.toString());
    }

    @Provide
    Arbitrary<String> wordsAndSubstitutions() {
        return Arbitraries.oneOf(Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz").ofMaxLength(12),
                Arbitraries.strings().withChars("aeiloOstLT01345!|@$7É").ofMaxLength(12), Arbitraries.strings());
    }

    private static boolean guessable(Settings settings, String value, SecretPurpose purpose, Guessability estimator) {
        Setting secret = settings.iterator().next();
        return ConfigurationWords.of(settings).assess(secret, value, purpose, estimator)
                .filter(problem -> problem.code().equals("secrets.guessable")).isPresent();
    }

    @Property(tries = 300)
    void assessShouldAnswerEveryCheckOfASnapshotAsItsFirstCheckOfAFreshEqualSnapshot(
            @ForAll("nameValues") String name, @ForAll("secretValues") String secret) {
        Settings remembered = settings("SECRET_KEY", secret, "spring.application.name", name, "APP_OWNER", "wharf");
        Setting key = remembered.iterator().next();
        Optional<SecretProblem> first = ConfigurationWords.of(remembered).assess(key, secret, SecretPurpose.SECRET,
                Guessability.builtIn());

        Optional<SecretProblem> again = ConfigurationWords.of(remembered).assess(key, secret, SecretPurpose.SECRET,
                Guessability.builtIn());
        Settings fresh = settings("SECRET_KEY", secret, "spring.application.name", name, "APP_OWNER", "wharf");
        Optional<SecretProblem> freshFirst = ConfigurationWords.of(fresh).assess(fresh.iterator().next(), secret,
                SecretPurpose.SECRET, Guessability.builtIn());

        assertThat(again.map(SecretProblem::message)).isEqualTo(first.map(SecretProblem::message));
        assertThat(freshFirst.map(SecretProblem::message)).isEqualTo(first.map(SecretProblem::message));
    }

    @Test
    void assessShouldNeverTakeWordsRememberedFromAnotherSnapshot() {
        Settings named = settings("SECRET_KEY", "x", "spring.application.name", "orbitdesk");
        Settings unnamed = settings("SECRET_KEY", "x", "spring.application.name", "payments");

        assertThat(guessable(named, "OrbitDesk#1", SecretPurpose.PASSWORD, Guessability.builtIn())).isTrue();
        assertThat(guessable(unnamed, "OrbitDesk#1", SecretPurpose.PASSWORD, Guessability.builtIn())).isFalse();
        assertThat(guessable(named, "OrbitDesk#1", SecretPurpose.PASSWORD, Guessability.builtIn())).isTrue();
    }

    @Provide
    Arbitrary<String> nameValues() {
        return Arbitraries.oneOf(Arbitraries.of("orbitdesk", "falcon-store", "payments-api", "wharfmaster"),
                Arbitraries.strings().alpha().ofMinLength(4).ofMaxLength(10));
    }

    @Provide
    Arbitrary<String> secretValues() {
        return Arbitraries.oneOf(Arbitraries.of("OrbitDesk#1", "F4lc0n_St0re!", "payments-api2024", "Wharf2024!"),
                Arbitraries.strings().ascii().ofMinLength(4).ofMaxLength(30));
    }

    @ParameterizedTest(name = "{2} is guessable beside {0}={1}")
    @CsvSource(delimiter = '|', value = {
        "spring.datasource.url|jdbc:mysql://campus-mysql:3306/campus_imaotai?useSSL=true|oddfar_imaotai|app.owner|oddfar",
        "spring.datasource.url|jdbc:mysql://127.0.0.1:3306/smart_admin_v3|SmartAdmin666|server.port|8080",
        "cachecloud.primary.user|cachecloud-open|cachecloud-open|server.port|8080",
        "spring.application.name|falcon-store|F4lc0n_St0re!|server.port|8080",
        "conductor.db.type|mysql|Conductor2024|server.port|8080",
        "DATABASE_NAME|reworkd_platform|reworkd_platform|DATABASE_HOST|db",
        "REDIS_URL|redis://orbitdesk:6379/0|OrbitDesk#1|DATABASE_USER|wharfmaster"})
    void assessWhenASecretIsMadeOfTheConfigurationsOwnWordsShouldSayGuessable(String key, String value,
            String secret, String otherKey, String otherValue) {
        Settings settings = settings(key, value, otherKey, otherValue);

        assertThat(guessable(settings, secret, SecretPurpose.PASSWORD, Guessability.builtIn())).isTrue();
        assertThat(guessable(settings, secret, SecretPurpose.SECRET, ZXCVBN)).isTrue();
    }

    @Test
    void assessShouldTakeWordsFromTheSettingsFileAndItsTwoParentDirectories() {
        Settings settings = Settings.builder()
                .add(Setting.of("spring.datasource.username", "root",
                        Origin.file("deploy/quillhaven/docker/application-prod.properties", 3)))
                .build();

        assertThat(guessable(settings, "Quillhaven#2024", SecretPurpose.PASSWORD, Guessability.builtIn())).isTrue();
        assertThat(guessable(settings, "Deploy#2024!", SecretPurpose.PASSWORD, Guessability.builtIn())).isFalse();
    }

    @Test
    void assessWithZxcvbnShouldSeeAConfigurationWordBesideASequence() {
        Settings settings = settings("playedu.core.testing", "false", "server.port", "9898");

        assertThat(guessable(settings, "playeduxyz", SecretPurpose.PASSWORD, ZXCVBN)).isTrue();
        assertThat(guessable(settings, "playeduxyz", SecretPurpose.PASSWORD, Guessability.builtIn())).isFalse();
    }

    @Test
    void assessWithZxcvbnShouldSeeALeetSpokenConfigurationWordBesideDictionaryWordsUpToTwentyFourCharacters() {
        Settings settings = settings("spring.datasource.username", "quarrix", "server.port", "8080");

        assertThat(guessable(settings, "Qu4rr1XP8Pr0j3cTAAAm", SecretPurpose.PASSWORD, ZXCVBN)).isTrue();
        assertThat(guessable(settings, "Qu4rr1XP8Pr0j3cTAAAm", SecretPurpose.PASSWORD, Guessability.builtIn()))
                .isFalse();
        assertThat(guessable(settings, "quarrix" + Samples.alphanumeric(17, 5), SecretPurpose.PASSWORD, ZXCVBN))
                .isFalse();
    }

    @Test
    void assessWhenARandomSecretHoldsAConfigurationWordShouldSayNothing() {
        Settings settings = settings("spring.application.name", "open", "DATABASE_NAME", "orbit", "DB_USER", "cat");
        String random = Samples.alphanumeric(28, 12) + "open";

        assertThat(guessable(settings, random, SecretPurpose.SECRET, ZXCVBN)).isFalse();
        assertThat(guessable(settings, "Xq7cat9Lm2Rv8kWt4ZpN6hYd3JsB5fGe", SecretPurpose.SECRET, ZXCVBN)).isFalse();
        assertThat(guessable(settings, "orbit-" + Samples.printable(14, 3), SecretPurpose.PASSWORD, ZXCVBN)).isFalse();
    }

    @Test
    void assessShouldNotTakeShortWordsAsEvidence() {
        Settings settings = settings("app.name", "api", "DB_NAME", "dev", "DB_HOST", "www.com", "APP_ENV", "dev");

        assertThat(guessable(settings, "ApiDevWww!1", SecretPurpose.PASSWORD, ZXCVBN)).isFalse();
        assertThat(guessable(settings, "api-dev-com-www", SecretPurpose.PASSWORD, Guessability.builtIn())).isFalse();
    }

    @Test
    void assessShouldNeverJudgeAReferenceNorTakeWordsFromOne() {
        Settings settings = settings("DATABASE_USER", "${LEDGER_OPERATOR}", "DATABASE_NAME", "ledgerline");

        assertThat(guessable(settings, "${DB_PASSWORD}", SecretPurpose.PASSWORD, ZXCVBN)).isFalse();
        assertThat(guessable(settings, "${LEDGERLINE_PASSWORD:ledgerline}", SecretPurpose.PASSWORD, ZXCVBN)).isFalse();
        assertThat(ConfigurationWords.collect(settings)).doesNotContain("operator").contains("ledgerline");
    }

    @Test
    void collectShouldReadValuesOnlyUnderKeysWhoseLastWordNamesSomething() {
        Settings settings = settings("dbName", "harborline", "SVC1_QUEUE_NAME", "Tidewater", "app.greeting",
                "Lanternfish", "SVC2_QUEUE_NAME", "tidewater", "nameServer", "brightwing");

        assertThat(ConfigurationWords.collect(settings)).contains("harborline", "tidewater", "queue", "greeting")
                .doesNotContain("lanternfish", "brightwing");
        assertThat(ConfigurationWords.namesSomething("spring.datasource.username")).isTrue();
        assertThat(ConfigurationWords.namesSomething("POSTGRES_USER")).isTrue();
        assertThat(ConfigurationWords.namesSomething("nameServer")).isFalse();
    }

    @Test
    void keyVocabularyShouldBeTheKeysSegmentsOfFourLettersOrMoreInLowerCaseInOrder() {
        ConfigurationWords.KeyVocabulary vocabulary = ConfigurationWords.KeyVocabulary.of("SVC12_Ledger-API.dbName[0].x2y3z4");

        assertThat(vocabulary.segments()).containsExactly("ledger", "dbname");
        assertThat(vocabulary.namesSomething()).isFalse();
        assertThat(ConfigurationWords.KeyVocabulary.of("app.ledger.user").namesSomething()).isTrue();
        assertThat(ConfigurationWords.KeyVocabulary.of("a.b-c").segments()).isEmpty();
    }

    @Test
    void collectShouldKeepEachSegmentOnceWhateverItsCaseAcrossKeys() {
        Settings settings = settings("LEDGER_HOST_X", "1", "ledger.hostx.url", "2", "Ledger_Port", "3", "SVC1_QUEUE", "4");

        assertThat(ConfigurationWords.collect(settings)).containsExactlyInAnyOrder("ledger", "host", "hostx", "port",
                "queue");
    }

    @Test
    void assessShouldTakeTheUserHostAndDatabaseOfAUrlButNeverItsPassword() {
        Settings settings = settings("DATABASE_URL", "postgres://ledger:Tr0ubadour-Kestrel@pgmain:5432/accounts");

        assertThat(ConfigurationWords.collect(settings)).contains("ledger", "pgmain", "accounts")
                .doesNotContain("kestrel", "tr0ubadour");
    }

    @Test
    void assessShouldCountTheDecorationSoALongRandomTailStaysClean() {
        Settings settings = settings("spring.datasource.username", "conductor");

        assertThat(guessable(settings, "conductor_2024!", SecretPurpose.PASSWORD, Guessability.builtIn())).isTrue();
        assertThat(guessable(settings, "conductor_8305961742#5189&2270", SecretPurpose.PASSWORD, Guessability.builtIn()))
                .isFalse();
    }

    @Test
    void checkWhenTheDatabasePasswordIsTheOwnerAndProductNameShouldReportGuessableWithoutTheValue() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("spring.datasource.url", "jdbc:mysql://campus-mysql:3306/campus_imaotai");
        values.put("app.owner", "oddfar");
        values.put("spring.datasource.password", "oddfar_imaotai");
        values.put("spring.redis.password", "Vq8#nT2kLw9zR4xM");

        List<Finding> findings = new SecretsGate().check(GateContext.of(Stage.PRODUCTION, Settings.of(values)))
                .findings();

        assertThat(findings).extracting(Finding::subject).containsExactly("spring.datasource.password");
        assertThat(findings).extracting(Finding::code).containsExactly("secrets.guessable");
        assertThat(findings.get(0).message()).doesNotContain("oddfar").doesNotContain("imaotai");
    }

    @Test
    void occursInShouldFindAWordAtTheStartAtTheEndAndSpelledWithSubstitutions() {
        ConfigurationWords.Index words = ConfigurationWords.Index.of(Set.of("orders", "falcon"));

        assertThat(words.occursIn("orders-x9")).isTrue();
        assertThat(words.occursIn("x9-0rd3rs")).isTrue();
        assertThat(words.occursIn("F4LC0N")).isTrue();
        assertThat(words.occursIn("order-falco")).isFalse();
        assertThat(words.occursIn("ord")).isFalse();
    }

    @Property(tries = 2000)
    void occursInShouldAnswerAsEveryPositionAgainstEveryWordDoes(@ForAll("words") Set<String> written,
            @ForAll("values") String value) {
        ConfigurationWords.Index words = ConfigurationWords.Index.of(written);

        assertThat(words.occursIn(value)).isEqualTo(words.occursInEveryPosition(value));
    }

    @Property(tries = 3000)
    void namesSomethingShouldAnswerAsComparingTheLastWordWithEveryNameWord(@ForAll("keys") String key) {
        int start = key.length();
        while (start > 0 && Character.toString(key.charAt(start - 1)).matches("[A-Za-z0-9]")
                && !(start < key.length() && Character.toString(key.charAt(start)).matches("[A-Z]")
                        && Character.toString(key.charAt(start - 1)).matches("[a-z]"))) {
            start--;
        }
        String last = key.substring(start);
        boolean named = last.length() >= 2 && last.length() <= 12 && ConfigurationWords.NAME_WORDS.stream()
                .anyMatch(word -> word.length() == last.length() && last.regionMatches(true, 0, word, 0, word.length()));

        assertThat(ConfigurationWords.namesSomething(key)).isEqualTo(named);
    }

    @Provide
    Arbitrary<String> keys() {
        Arbitrary<String> part = Arbitraries.oneOf(Arbitraries.of(ConfigurationWords.NAME_WORDS),
                Arbitraries.of("Name", "USER", "dbName", "Host", "ORGANIZATION", "x", "_", ".", "-", "2", "\u0130"),
                Arbitraries.strings().withChars("abnmeusrDBNH_.").ofMaxLength(4));
        return part.list().ofMaxSize(4).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<Set<String>> words() {
        return Arbitraries.strings().withChars("abelostxy").ofMinLength(1).ofMaxLength(7)
                .filter(word -> word.length() >= ConfigurationWords.MIN_WORD || word.hashCode() % 5 == 0)
                .set().ofMaxSize(12);
    }

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.strings().withChars("abelostxyABELOST0134579!|@$-_.é").ofMaxLength(40);
    }
}
