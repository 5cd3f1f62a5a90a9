package dev.readiness.spring.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.gates.tenant.ClassFileTypes;
import dev.readiness.gates.tenant.PersistentType;
import dev.readiness.settings.Settings;
import dev.readiness.testfixtures.jpa.FixturesApplication;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The CLI and the Maven goal read entities from class files; the adapter reads them from loaded classes before JPA
 * starts. Both must see the same types, supertypes, annotations and attributes, or a check before the deploy and the
 * check at boot would judge different things.
 */
class ClassFileTypesEquivalenceTests {

    @ParameterizedTest
    @ValueSource(strings = {"dev.readiness.testfixtures.jpa", "dev.readiness.testfixtures.propertyaccess"})
    void classFilesShouldGiveWhatTheBootScanGives(String packageName) throws ClassNotFoundException,
            URISyntaxException {
        List<PersistentType> scanned = new EntityScanPersistentTypesContributor(List.of(packageName),
                getClass().getClassLoader()).scan();
        Path testClasses = Path.of(FixturesApplication.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI());

        List<PersistentType> read = ClassFileTypes.read(testClasses,
                Settings.of(Map.of("readiness.tenant.packages", packageName))).orElseThrow().list();

        assertThat(scanned).hasSizeGreaterThanOrEqualTo(2);
        assertThat(read).extracting(PersistentType::name).containsExactlyElementsOf(
                scanned.stream().map(PersistentType::name).toList());
        for (int i = 0; i < scanned.size(); i++) {
            PersistentType expected = scanned.get(i);
            PersistentType actual = read.get(i);
            assertThat(actual.supertypes()).as(expected.name()).isEqualTo(expected.supertypes());
            assertThat(actual.annotations()).as(expected.name()).isEqualTo(expected.annotations());
            assertThat(actual.attributes()).as(expected.name()).isEqualTo(expected.attributes());
        }
    }
}
