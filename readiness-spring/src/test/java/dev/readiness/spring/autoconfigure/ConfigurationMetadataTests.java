package dev.readiness.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.gates.settings.UnknownPropertiesGate;
import dev.readiness.spring.actuate.ReadinessMetrics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The IDE metadata (generated from {@link ReadinessProperties} plus
 * {@code additional-spring-configuration-metadata.json}) describes every property the README documents and every
 * property the unknown-key check knows.
 */
class ConfigurationMetadataTests {

    private static final Path METADATA = Path.of("target/classes/META-INF/spring-configuration-metadata.json");

    private static final Pattern README_KEY = Pattern.compile("(?<![\\w./])readiness\\.[a-z<][a-z0-9.<>\\[\\]-]*");

    private static JsonNode metadata() throws IOException {
        return JsonMapper.builder().build().readTree(Files.readString(METADATA));
    }

    private static Set<String> names(String section) throws IOException {
        Set<String> names = new TreeSet<>();
        metadata().get(section).forEach(node -> names.add(node.get("name").asString()));
        return names;
    }

    private static Set<String> readmeKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        Matcher matcher = README_KEY.matcher(Files.readString(Path.of("../README.md")));
        while (matcher.find()) {
            String key = matcher.group().replaceAll("\\[i]", "").replaceAll("\\.$", "");
            if (key.contains("<gate>")) {
                for (String gate : List.of("secrets", "sandbox", "database")) {
                    keys.add(key.replace("<gate>", gate));
                    keys.add(key.replace("<gate>", gate).replace("extra-keys", "exclude-keys"));
                }
            }
            else {
                keys.add(key);
            }
        }
        keys.removeAll(Set.of(ReadinessMetrics.GATE_STATUS, ReadinessMetrics.FINDINGS));
        return keys;
    }

    @Test
    void everyReadinessKeyInTheReadmeShouldBeInTheMetadata() throws IOException {
        Set<String> properties = names("properties");
        List<String> missing = new ArrayList<>();
        for (String key : readmeKeys()) {
            boolean described = properties.contains(key)
                    || properties.stream().anyMatch(property -> key.startsWith(property + "."));
            if (!described) {
                missing.add(key);
            }
        }
        assertThat(readmeKeys()).contains("readiness.sandbox.allowed-hosts", "readiness.tenant.packages",
                "readiness.waivers.code", "readiness.database.exclude-keys");
        assertThat(missing).as("README keys without IDE metadata").isEmpty();
    }

    @Test
    void everyPropertyShouldHaveADescription() throws IOException {
        List<String> undescribed = new ArrayList<>();
        metadata().get("properties").forEach(node -> {
            if (node.get("name").asString().startsWith("readiness.")
                    && (node.get("description") == null || node.get("description").asString().isBlank())) {
                undescribed.add(node.get("name").asString());
            }
        });
        assertThat(undescribed).isEmpty();
    }

    @Test
    void theUnknownKeyCheckShouldKnowExactlyTheDescribedProperties() throws IOException {
        Set<String> described = new TreeSet<>(names("properties"));
        described.removeIf(name -> !name.startsWith("readiness."));
        Set<String> known = new TreeSet<>(UnknownPropertiesGate.KNOWN);
        known.removeIf(name -> name.startsWith("readiness.waivers."));
        known.add("readiness.waivers");

        assertThat(known).isEqualTo(described);
    }

    @Test
    void stagesFailOnAndGateIdsShouldHaveHints() throws IOException {
        assertThat(names("hints")).contains("readiness.stage", "readiness.fail-on", "readiness.exclude-gates");
        JsonNode hints = metadata().get("hints");
        List<String> gateIds = new ArrayList<>();
        hints.forEach(hint -> {
            if (hint.get("name").asString().equals("readiness.exclude-gates")) {
                hint.get("values").forEach(value -> gateIds.add(value.get("value").asString()));
            }
        });
        assertThat(gateIds).contains("secrets", "sandbox", "database", "settings", "tenant")
                .as("core refuses to exclude its own readiness.* pseudo-gates and the stage gate")
                .doesNotContain(UnknownPropertiesGate.ID, "stage");
    }
}
