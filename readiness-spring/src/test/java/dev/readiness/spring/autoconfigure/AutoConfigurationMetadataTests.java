package dev.readiness.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.core.io.ClassPathResource;

/**
 * The hand-kept {@code META-INF/spring-autoconfigure-metadata.properties}, which Spring Boot's import filter and
 * sorter read instead of the classes, says what the annotations of every auto-configuration say: an entry that went
 * stale would drop or order an auto-configuration wrongly.
 */
class AutoConfigurationMetadataTests {

    @Test
    void everyAutoConfigurationShouldHaveMetadataMatchingItsAnnotations() throws IOException, ClassNotFoundException {
        Properties metadata = new Properties();
        try (InputStream in = new ClassPathResource("META-INF/spring-autoconfigure-metadata.properties").getInputStream()) {
            metadata.load(in);
        }
        List<String> imported = new ArrayList<>();
        ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()).forEach(imported::add);
        imported.removeIf(name -> !name.startsWith("dev.readiness."));
        assertThat(imported).hasSize(6);
        Set<String> expectedKeys = new TreeSet<>();
        for (String name : imported) {
            Class<?> type = Class.forName(name);
            expectedKeys.add(name);
            AutoConfiguration auto = type.getAnnotation(AutoConfiguration.class);
            Set<String> after = new TreeSet<>(Arrays.asList(auto.afterName()));
            Arrays.stream(auto.after()).map(Class::getName).forEach(after::add);
            check(metadata, expectedKeys, name + ".AutoConfigureAfter", after);
            ConditionalOnClass onClass = type.getAnnotation(ConditionalOnClass.class);
            Set<String> classes = new TreeSet<>();
            if (onClass != null) {
                Arrays.stream(onClass.value()).map(Class::getName).forEach(classes::add);
                classes.addAll(Arrays.asList(onClass.name()));
            }
            check(metadata, expectedKeys, name + ".ConditionalOnClass", classes);
            ConditionalOnBean onBean = type.getAnnotation(ConditionalOnBean.class);
            Set<String> beans = new TreeSet<>();
            if (onBean != null) {
                Arrays.stream(onBean.value()).map(Class::getName).forEach(beans::add);
                beans.addAll(Arrays.asList(onBean.type()));
            }
            check(metadata, expectedKeys, name + ".ConditionalOnBean", beans);
            assertThat(type.getAnnotation(org.springframework.boot.autoconfigure.AutoConfigureBefore.class)).isNull();
            assertThat(auto.before()).isEmpty();
            assertThat(auto.beforeName()).isEmpty();
        }
        assertThat(new TreeSet<>(metadata.stringPropertyNames())).isEqualTo(expectedKeys);
    }

    private static void check(Properties metadata, Set<String> expectedKeys, String key, Set<String> expected) {
        if (expected.isEmpty()) {
            assertThat(metadata.getProperty(key)).as(key).isNull();
            return;
        }
        expectedKeys.add(key);
        assertThat(metadata.getProperty(key)).as(key).isNotNull();
        assertThat(new TreeSet<>(Arrays.asList(metadata.getProperty(key).split(",")))).as(key).isEqualTo(expected);
    }
}
