package dev.readiness.settings;

import dev.readiness.testkit.GateCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Forty-third pass, hostile tester: the documents of one YAML file (or one {@code #---}-separated properties file)
 * are separate property sources to Spring Boot, a later document above an earlier one. A spelling that differs from
 * the earlier document's in dashes alone ({@code data-source}, {@code se-cret}) is the same property to Spring Boot's
 * relaxed binding, so the later document's value is what the service gets; the earlier one was still judged as if
 * both were read from one source (the forty-second pass's open item), a false alarm in production.
 */
class FortyThirdPassRedteamDocumentTests {

    private static final String STRONG = "vZTiTVbR0HgZgSEttBoWbD6cSqD6ZzgaSpVnMocYqc6Eg94O";

    private static final String PROD_DOCUMENT = "---\nspring:\n  config:\n    activate:\n      on-profile: prod\n";

    private static Path app(Path dir, String file, String text) throws IOException {
        Path resources = Files.createDirectories(dir.resolve("src/main/resources"));
        Files.writeString(resources.resolve(file), text);
        return dir;
    }

    @Test
    void aProfileDocumentsDashedSpellingReplacesTheBaseDocumentsValue(@TempDir Path dir) throws IOException {
        app(dir, "application.yml", "jwt:\n  secret: changeme\n" + PROD_DOCUMENT + "jwt:\n  se-cret: " + STRONG
                + "\n");

        GateCheck.app(dir, "prod").hasNoFinding("secrets.placeholder");
    }

    @Test
    void aProfileDocumentsDashedDataSourceReplacesTheBasePassword(@TempDir Path dir) throws IOException {
        app(dir, "application.yml", "spring:\n  datasource:\n    url: jdbc:postgresql://db.internal:5432/orders\n"
                + "    username: postgres\n    password: postgres\n" + PROD_DOCUMENT
                + "  data-source:\n    password: " + STRONG + "\n");

        GateCheck.app(dir, "prod").hasNoFinding("database.default-credentials");
    }

    @Test
    void aPropertiesFilesLaterDocumentReplacesTheEarlierSpellingToo(@TempDir Path dir) throws IOException {
        app(dir, "application.properties", "jwt.secret=changeme\n#---\nspring.config.activate.on-profile=prod\n"
                + "jwt.se-cret=" + STRONG + "\n");

        GateCheck.app(dir, "prod").hasNoFinding("secrets.placeholder");
    }

    @Test
    void withoutTheProfileTheBaseDocumentsValueIsStillJudged(@TempDir Path dir) throws IOException {
        app(dir, "application.yml", "jwt:\n  secret: changeme\n" + PROD_DOCUMENT + "jwt:\n  se-cret: " + STRONG
                + "\n");

        GateCheck.app(dir).hasFinding("secrets.placeholder", "jwt.secret").isNoGo();
    }

    @Test
    void twoSpellingsInsideOneDocumentAreStillBothJudged(@TempDir Path dir) throws IOException {
        app(dir, "application.yml", "spring:\n  datasource:\n    url: jdbc:postgresql://db.internal:5432/orders\n"
                + "    username: postgres\n    password: postgres\n  data-source:\n    password: " + STRONG + "\n");

        GateCheck.app(dir).hasFinding("database.default-credentials", "spring.datasource.password").isNoGo();
    }

    @Test
    void aWeakValueInTheLaterDocumentIsJudgedWhateverItsSpelling(@TempDir Path dir) throws IOException {
        app(dir, "application.yml", "spring:\n  datasource:\n    url: jdbc:postgresql://db.internal:5432/orders\n"
                + "    username: postgres\n    password: " + STRONG + "\n" + PROD_DOCUMENT
                + "  data-source:\n    password: postgres\n");

        GateCheck.app(dir, "prod").hasFinding("database.default-credentials").isNoGo();
    }
}
