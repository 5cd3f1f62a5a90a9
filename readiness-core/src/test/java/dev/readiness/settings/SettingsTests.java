package dev.readiness.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class SettingsTests {

    @Test
    void getShouldFindAKeyByAnyRelaxedSpelling() {
        Settings settings = Settings.of(Map.of("JWT_SECRET", "v"));

        for (String spelling : new String[] {"JWT_SECRET", "jwt.secret", "jwt-secret", "jwtSecret", "Jwt_Secret"}) {
            assertThat(settings.value(spelling)).as(spelling).contains("v");
            assertThat(settings.contains(spelling)).isTrue();
        }
        assertThat(settings.get("jwt.secrets")).isEmpty();
    }

    @Test
    void laterSpellingOfTheSameKeyShouldWinButKeepItsOwnKeyAndOrigin() {
        Settings settings = Settings.builder()
                .map(Map.of("jwt.secret", "from-file"), "application.properties:1")
                .environment(Map.of("JWT_SECRET", "from-env"))
                .build();

        Setting setting = settings.get("jwtSecret").orElseThrow();
        assertThat(setting.key()).isEqualTo("JWT_SECRET");
        assertThat(setting.value()).isEqualTo("from-env");
        assertThat(setting.origin().description()).isEqualTo("environment variable JWT_SECRET");
        assertThat(settings.size()).isEqualTo(1);
    }

    @Test
    void listShouldKeepTheOrderKeysFirstAppeared() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("B", "1");
        values.put("A", "2");
        values.put("C", "3");
        Settings settings = Settings.builder().map(values, "m").map(Map.of("b", "4"), "n").build();

        assertThat(settings.list()).extracting(Setting::key).containsExactly("b", "A", "C");
    }

    @Test
    void withPrefixShouldFindExactlyTheKeysWhoseCanonicalFormStartsWithThePrefixInTheirOrder() {
        java.util.Random random = new java.util.Random(12);
        String alphabet = "abcRS_.-[]0İßé";
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < 3000; i++) {
            StringBuilder key = new StringBuilder();
            for (int length = 1 + random.nextInt(12); key.length() < length; ) {
                key.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            values.put(key.toString(), "v" + i);
        }
        Settings settings = Settings.of(values);
        java.util.List<String> prefixes = new java.util.ArrayList<>(java.util.List.of("", "a", "ab", "abc", "readiness"));
        for (Setting setting : settings) {
            String canonical = setting.canonicalKey();
            prefixes.add(canonical.substring(0, Math.min(canonical.length(), random.nextInt(8))));
        }

        for (String prefix : prefixes) {
            String canonicalPrefix = RelaxedNames.canonical(prefix);
            assertThat(settings.withPrefix(prefix)).as(prefix)
                    .containsExactlyElementsOf(settings.stream()
                            .filter(setting -> setting.canonicalKey().startsWith(canonicalPrefix)).toList());
        }
    }

    @Test
    void withPrefixShouldMatchRelaxedPrefixes() {
        Settings settings = Settings.of(Map.of("READINESS_SECRETS_EXTRA_KEYS", "x", "readiness.stage", "prod",
                "other", "y"));

        assertThat(settings.withPrefix("readiness.secrets")).extracting(Setting::key)
                .containsExactly("READINESS_SECRETS_EXTRA_KEYS");
    }

    @Test
    void emptyValueShouldStillBePresent() {
        Settings settings = Settings.of(Map.of("KEY", ""));

        assertThat(settings.contains("key")).isTrue();
        assertThat(settings.value("key")).contains("");
    }

    @Test
    void toStringShouldShowKeysAndOriginsButNoValue() {
        Settings settings = Settings.of(Map.of("JWT_SECRET", "CANARY-VALUE-1234"));

        assertThat(settings.toString()).contains("JWT_SECRET").contains("map").doesNotContain("CANA");
        assertThat(settings.get("JWT_SECRET").orElseThrow().toString()).isEqualTo("JWT_SECRET (map)");
    }

    @Test
    void listShouldReadCommaSeparatedAndIndexedFormsInIndexOrder() {
        Settings settings = Settings.builder()
                .map(Map.of("app.hosts", " a , b,,"), "map")
                .map(Map.of("APP_HOSTS_10", "z", "app.hosts[2]", "c", "app.hosts-extra", "no"), "env")
                .build();

        assertThat(settings.list("app.hosts")).containsExactly("a", "b", "c", "z");
        assertThat(settings.list("APP_HOSTS_EXTRA")).containsExactly("no");
        assertThat(settings.list("missing")).isEmpty();
    }

    @Test
    void listShouldLeaveOutDeferredValues() {
        Settings settings = Settings.builder()
                .add(Setting.deferred("app.hosts[0]", "${HOST}", Origin.of("x"), "HOST at run time"))
                .add(Setting.of("app.hosts[1]", "b", Origin.of("x")))
                .build();

        assertThat(settings.list("app.hosts")).containsExactly("b");
    }

    @Test
    void listItemsShouldKeepTheKeyAndOriginEachItemWasWrittenIn() {
        Settings settings = Settings.builder()
                .map(Map.of("app.hosts", "a, b"), "application.properties")
                .map(Map.of("APP_HOSTS_0", "c,a"), "prod.env")
                .build();

        assertThat(settings.listItems("app.hosts")).extracting(Setting::value, Setting::key,
                        item -> item.origin().toString())
                .containsExactly(tuple("a", "app.hosts", "application.properties"),
                        tuple("b", "app.hosts", "application.properties"), tuple("c", "APP_HOSTS_0", "prod.env"));
    }

    @Test
    void isPolicyShouldSayWhetherASettingConfiguresReadinessInAnySpelling() {
        assertThat(Setting.of("readiness.waivers[0].code", "x", Origin.of("x")).isPolicy()).isTrue();
        assertThat(Setting.of("READINESS_STAGE", "x", Origin.of("x")).isPolicy()).isTrue();
        assertThat(Setting.of("app.readiness.path", "x", Origin.of("x")).isPolicy()).isFalse();
        assertThat(Setting.of("JWT_SECRET", "x", Origin.of("x")).isPolicy()).isFalse();
    }

    @Test
    void isPolicyWhenTheFirstWordOnlyBeginsWithReadinessShouldBeFalse() {
        assertThat(Setting.of("readinessProbe.initialDelaySeconds", "30", Origin.of("x")).isPolicy()).isFalse();
        assertThat(Setting.of("readiness-check.path", "/ready", Origin.of("x")).isPolicy()).isFalse();
        assertThat(Setting.of("READINESSPROBE_PATH", "/ready", Origin.of("x")).isPolicy()).isFalse();
        assertThat(Setting.of("readiness", "x", Origin.of("x")).isPolicy()).isTrue();
        assertThat(Setting.of("Readiness:Stage", "production", Origin.of("x")).isPolicy()).isTrue();
        assertThat(Setting.of("readiness[0]", "x", Origin.of("x")).isPolicy()).isTrue();
    }

    @Test
    void iteratorShouldWalkTheSettingsInTheListsOrderAndNeverRemove() {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < 40; i++) {
            values.put("KEY_" + i, "v" + i);
        }
        Settings settings = Settings.builder().map(values, "map").map(Map.of("key.7", "again"), "later").build();
        List<Setting> walked = new ArrayList<>();

        Iterator<Setting> iterator = settings.iterator();
        while (iterator.hasNext()) {
            walked.add(iterator.next());
        }

        assertThat(walked).containsExactlyElementsOf(settings.list()).hasSize(40);
        assertThat(walked.get(7).value()).isEqualTo("again");
        assertThatThrownBy(iterator::next).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(iterator::remove).isInstanceOf(UnsupportedOperationException.class);
        assertThat(Settings.empty().iterator().hasNext()).isFalse();
    }
}
