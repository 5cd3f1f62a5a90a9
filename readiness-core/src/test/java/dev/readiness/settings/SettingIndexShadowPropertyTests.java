package dev.readiness.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The settings index against a plain model of Spring Boot's binding (forty-first pass): of the keys sharing a canonical
 * form, one per set of elements is kept with the last value written under it, an environment-style key replaces them
 * all, and a lookup finds the key of its own elements, else the last one written.
 */
class SettingIndexShadowPropertyTests {

    private static final List<String> SPELLINGS = List.of("jwt.secret", "jwt-secret", "jwtsecret", "jwtSecret",
            "jwt_secret", "JWT_SECRET", "JWTSECRET", "Jwt.Secret", "jwt.se-cret", "j.wt.secret", "jwt[secret]",
            "db.password", "db-password", "DB_PASSWORD", "k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9", "k10",
            "k11", "k12", "k13", "k14", "k15", "k16", "k17", "k18");

    record Put(String key, String value, boolean buildBefore) {
    }

    @Provide
    Arbitrary<List<Put>> puts() {
        return Combinators.combine(Arbitraries.of(SPELLINGS), Arbitraries.strings().alpha().ofLength(3),
                Arbitraries.of(false, false, false, true)).as(Put::new).list().ofMaxSize(60);
    }

    @Property(tries = 500)
    void everySpellingSpringBootBindsApartKeepsItsLastValue(@ForAll("puts") List<Put> puts) {
        SettingsBuilder builder = Settings.builder();
        Map<String, List<String[]>> model = new LinkedHashMap<>();
        Map<String, String> lastWritten = new LinkedHashMap<>();
        for (Put put : puts) {
            if (put.buildBefore()) {
                builder.build();
            }
            builder.add(Setting.of(put.key(), put.value(), Origin.of("test")));
            String canonical = RelaxedNames.canonical(put.key());
            List<String[]> group = model.computeIfAbsent(canonical, c -> new ArrayList<>());
            if (RelaxedNames.isEnvironmentStyle(put.key())) {
                group.clear();
            } else {
                group.removeIf(kept -> RelaxedNames.isEnvironmentStyle(kept[0])
                        || RelaxedNames.sameElements(kept[0], put.key()));
            }
            group.add(new String[] {put.key(), put.value()});
            lastWritten.put(canonical, put.value());
        }
        Settings settings = builder.build();

        List<String> expected = new ArrayList<>();
        model.values().forEach(group -> group.forEach(kept -> expected.add(kept[0] + "=" + kept[1])));
        assertThat(settings.list()).extracting(setting -> setting.key() + "=" + setting.value())
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(settings.size()).isEqualTo(expected.size());
        for (String query : SPELLINGS) {
            List<String[]> group = model.get(RelaxedNames.canonical(query));
            if (group == null) {
                assertThat(settings.value(query)).isEmpty();
                continue;
            }
            String own = RelaxedNames.isEnvironmentStyle(query) ? null : group.stream()
                    .filter(kept -> RelaxedNames.sameElements(kept[0], query)).map(kept -> kept[1]).findFirst()
                    .orElse(null);
            assertThat(settings.value(query)).as(query)
                    .contains(own != null ? own : lastWritten.get(RelaxedNames.canonical(query)));
        }
    }
}
