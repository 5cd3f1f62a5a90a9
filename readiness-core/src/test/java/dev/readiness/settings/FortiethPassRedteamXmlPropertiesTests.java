package dev.readiness.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.testkit.GateCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fortieth pass, hostile tester: an input the service reads that the check did not. Spring Boot's properties loader
 * reads {@code .properties} and {@code .xml} (Java's XML properties), so {@code application.xml} and
 * {@code application-prod.xml} are configuration files at every location, above {@code .yml}. The check looked for
 * {@code .properties}, {@code .yml} and {@code .yaml} only: {@code jwt.secret=changeme} in {@code application.xml}
 * beside an {@code application.properties} was GO in production (and the file alone "not a Spring Boot
 * application's configuration").
 */
class FortiethPassRedteamXmlPropertiesTests {

    private static final String STRONG = "kq3VtN8x2LpZr7Yc1MwE5bHs9JdGf4UaQo6XiTy0RnKm2vPlSe8Bh3WzCj7Dg5Fu";

    private static String xml(String... entries) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE properties SYSTEM "http://java.sun.com/dtd/properties.dtd">
                <properties>
                  <comment>orders service</comment>
                """);
        for (int i = 0; i < entries.length; i += 2) {
            xml.append("  <entry key=\"").append(entries[i]).append("\">").append(entries[i + 1]).append("</entry>\n");
        }
        return xml.append("</properties>\n").toString();
    }

    private static Path resources(Path dir) throws IOException {
        return Files.createDirectories(dir.resolve("src/main/resources"));
    }

    @Test
    void anApplicationXmlBesideTheOtherFilesIsJudged(@TempDir Path dir) throws IOException {
        Files.writeString(resources(dir).resolve("application.properties"), "server.port=8080\n");
        Files.writeString(resources(dir).resolve("application.xml"), xml("spring.application.name", "orders",
                "jwt.secret", "changeme"));

        Settings settings = ApplicationConfig.builder().application(dir).build().settings();
        assertThat(settings.value("jwt.secret")).contains("changeme");
        assertThat(settings.get("jwt.secret").orElseThrow().origin().description())
                .endsWith("application.xml:6");
        GateCheck.app(dir).hasFinding("secrets.placeholder", "jwt.secret").isNoGo();
    }

    @Test
    void anApplicationXmlAloneIsAnApplicationsConfiguration(@TempDir Path dir) throws IOException {
        Files.writeString(resources(dir).resolve("application.xml"), xml("jwt.secret", "changeme"));

        GateCheck.app(dir).hasFinding("secrets.placeholder", "jwt.secret");
    }

    @Test
    void xmlStandsBetweenPropertiesAndYamlAsInSpringBoot(@TempDir Path dir) throws IOException {
        Files.writeString(resources(dir).resolve("application.yml"), "jwt:\n  secret: changeme\napi:\n  key: "
                + STRONG + "\n");
        Files.writeString(resources(dir).resolve("application.xml"), xml("jwt.secret", STRONG, "api.key",
                "changeme"));
        Files.writeString(resources(dir).resolve("application.properties"), "api.key=" + STRONG + "x\n");

        Settings settings = ApplicationConfig.builder().application(dir).build().settings();
        assertThat(settings.value("jwt.secret")).contains(STRONG);
        assertThat(settings.value("api.key")).contains(STRONG + "x");
    }

    @Test
    void aProfilesXmlIsReadForThatProfileAndAnImportedXmlToo(@TempDir Path dir) throws IOException {
        Files.writeString(resources(dir).resolve("application.properties"),
                "spring.config.import=classpath:extra.xml\n");
        Files.writeString(resources(dir).resolve("application-prod.xml"), xml("jwt.secret", "changeme"));
        Files.writeString(resources(dir).resolve("extra.xml"), xml("db.password", "a&amp;b"));

        Settings settings = ApplicationConfig.builder().application(dir).profiles("prod").build().settings();
        assertThat(settings.value("jwt.secret")).contains("changeme");
        assertThat(settings.value("db.password")).contains("a&b");
        assertThat(ApplicationConfig.builder().application(dir).build().settings().contains("jwt.secret")).isFalse();
    }

    @Test
    void anXmlFileSpringBootCannotLoadIsAnErrorNamingItWithoutQuotingIt(@TempDir Path dir) throws IOException {
        Files.writeString(resources(dir).resolve("application.properties"), "server.port=8080\n");
        Files.writeString(resources(dir).resolve("application.xml"), """
                <?xml version="1.0"?>
                <!DOCTYPE properties [ <!ENTITY x SYSTEM "file:///etc/hostname"> ]>
                <properties><entry key="jwt.secret">Qx7Vb2Nm9Lp4Wz&x;</entry></properties>
                """);

        assertThatThrownBy(() -> ApplicationConfig.builder().application(dir).build())
                .isInstanceOf(SettingsFileException.class)
                .hasMessageContaining("application.xml")
                .hasMessageContaining("not a Java XML properties file")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Qx7V").doesNotContain("hostname"));
    }

    @Provide
    Arbitrary<String> xmlish() {
        return Arbitraries.of("<entry key=\"", "<entry key='", "\">", "'>", "</entry>", "<properties>",
                        "</properties>", "<!DOCTYPE properties SYSTEM \"http://java.sun.com/dtd/properties.dtd\">",
                        "<?xml version=\"1.0\"?>", "&amp;", "&#x41;", "&#xFFFFFFF;", "&", "a", "\u00e9", "\n", "<![CDATA[",
                        "]]>", "<comment>", "</comment>")
                .list().ofMaxSize(40).map(parts -> String.join("", parts));
    }

    @Property(tries = 300)
    void anyTextGivesSettingsOrAnErrorNamingTheFile(@ForAll("xmlish") String text) {
        try {
            XmlPropertiesParser.parse("fuzz.xml", text).forEach(setting -> assertThat(setting.key()).isNotNull());
        } catch (SettingsFileException refused) {
            assertThat(refused.getMessage()).startsWith("fuzz.xml");
        }
    }
}
