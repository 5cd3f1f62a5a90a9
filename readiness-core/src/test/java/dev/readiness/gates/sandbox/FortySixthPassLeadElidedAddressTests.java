package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Forty-sixth pass, first contact with the blind set 194: a Compose example's {@code VIRTUAL_HOST=...} and
 * {@code LETSENCRYPT_HOST=...} (the public host and the host the certificate is asked for) passed as GO, while
 * {@code ***} in the same place was a template. An ellipsis alone is a template's elision where the address goes; a
 * host with dots in it, a relative path and a value under a key that names no address are judged as before.
 */
class FortySixthPassLeadElidedAddressTests {

    private static List<String> problems(String text) {
        var settings = ApplicationConfig.builder().configText(".env", text).build().settings();
        return new SandboxGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(f -> f.severity() != Severity.INFO).map(f -> f.code() + " " + f.subject()).toList();
    }

    @Test
    void anEllipsisWhereTheAddressGoesShouldBeATemplate() {
        assertThat(problems("VIRTUAL_HOST=...\nPUBLIC_URL=\u2026\nAPI_BASE_URL=.....\n")).containsExactly(
                "sandbox.template-url VIRTUAL_HOST", "sandbox.template-url PUBLIC_URL",
                "sandbox.template-url API_BASE_URL");
    }

    @Test
    void dotsThatAreNoElisionShouldStayClean() {
        assertThat(problems("VIRTUAL_HOST=photos.example-family.org\nSTATIC_URL=../static\nLOG_SUFFIX=...\n"
                + "BASE_PATH=.\n")).isEmpty();
    }
}
