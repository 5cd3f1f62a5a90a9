package dev.readiness.gates.secrets;

import dev.readiness.testkit.GateCheck;
import dev.readiness.testkit.ReportAssert;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Forty-third pass, hostile tester: a reference with an empty default inside a weak value ({@code change${X:}me})
 * splits the value so that no written part is a stand-in, and the setting was deferred, GO in production; where
 * nothing sets {@code X}, Spring Boot resolves it to the text {@code changeme}, as it resolves
 * {@code ${JWT_SECRET:changeme}} to its default, which is judged.
 */
class FortyThirdPassRedteamEmptyDefaultTests {

    private static final String STRONG = "vZTiTVbR0HgZgSEttBoWbD6cSqD6ZzgaSpVnMocYqc6Eg94O";

    @TempDir
    Path dir;

    private ReportAssert check(String properties) {
        try {
            Path resources = Files.createDirectories(dir.resolve("src/main/resources"));
            Files.writeString(resources.resolve("application.properties"), properties);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return GateCheck.app(dir);
    }

    @Test
    void anEmptyDefaultInsideAWeakValueIsJudgedAsTheValueWithoutIt() {
        check("jwt.secret=change${X:}me\n").hasFinding("secrets.placeholder", "jwt.secret").isNoGo();
    }

    @Test
    void severalEmptyDefaultsAreJudgedTogether() {
        check("app.admin-password=ch${A:}ange${B:}me\n").hasFinding("secrets.placeholder", "app.admin-password")
                .isNoGo();
    }

    @Test
    void aStrongValueAroundAnEmptyDefaultIsNoProblem() {
        check("jwt.secret=" + STRONG.substring(0, 24) + "${X:}" + STRONG.substring(24) + "\n")
                .hasNoFinding("secrets.placeholder").hasNoFinding("secrets.too-weak");
    }

    @Test
    void aReferenceWithoutADefaultKeepsTheValueDeferred() {
        check("jwt.secret=change${X}me\n").hasNoFinding("secrets.placeholder");
    }
}
