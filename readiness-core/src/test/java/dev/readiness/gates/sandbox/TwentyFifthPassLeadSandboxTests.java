package dev.readiness.gates.sandbox;

import static dev.readiness.gates.sandbox.SandboxRuleChecks.on;
import static dev.readiness.gates.sandbox.SandboxRuleChecks.production;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lead's readings of the twenty-fifth pass's blind sets, each on both sides: a product's own simulation switch, a
 * test network chosen by the environment's name, example domains in other languages, a list of domains holding a
 * reserved one, a token audience on the loopback host (an identifier, never fetched), and a provider's pre-production host in a staging file (which is the provider's, not the team's own)
 * next to the team's own pre-production hosts.
 */
class TwentyFifthPassLeadSandboxTests {

    private static final SandboxGate GATE = new SandboxGate(ProviderCatalog.builtIn());

    static Stream<Arguments> caught() {
        return Stream.of(
                arguments("PEMF_SIMULATE", "1", "sandbox.test-mode"),
                arguments("P24_SIMULATE", "true", "sandbox.test-mode"),
                arguments("WHATSAPP_SIMULATE", "true", "sandbox.test-mode"),
                arguments("ENABLE_SIMULATION", "true", "sandbox.test-mode"),
                arguments("REACT_APP_ENVIRONMENT", "rsk_testnet", "sandbox.test-network"),
                arguments("APP_ENV", "sepolia", "sandbox.test-network"),
                arguments("CARDANO_ENV", "preview", "sandbox.test-network"),
                arguments("PEMF_CORS_ORIGINS", "https://staging.ornekdomain.com", "sandbox.reserved-host"),
                arguments("PUBLIC_URL", "https://shop.beispiel.de", "sandbox.reserved-host"),
                arguments("SITE_URL", "https://www.ejemplo.com", "sandbox.reserved-host"),
                arguments("ALLOWED_DOMAINS", "example.com,company.com", "sandbox.reserved-host"),
                arguments("JWT_AUDIENCE", "https://api.example.com", "sandbox.reserved-host"),
                arguments("AUTH0_AUDIENCE_URL", "http://localhost:5000", "sandbox.local-host"),
                arguments("SIGNUP_EMAIL_DOMAINS", "acme.org example.org", "sandbox.reserved-host"));
    }

    @ParameterizedTest(name = "{0}={1} is {2}")
    @MethodSource("caught")
    void productionShouldReport(String key, String value, String code) {
        List<Finding> findings = on(production(key + "=" + value + "\n"), key);

        assertThat(findings).extracting(Finding::code).contains(code);
        assertThat(findings).extracting(Finding::severity)
                .contains(code.equals("sandbox.local-host") ? Severity.WARN : Severity.NO_GO);
    }

    static Stream<Arguments> clean() {
        return Stream.of(
                arguments("PEMF_SIMULATE", "0"),
                arguments("P24_SIMULATE", "false"),
                arguments("IOS_SIMULATOR", "true"),
                arguments("ALLOW_SIMULATION_IN_PRODUCTION", "false"),
                arguments("REACT_APP_ENVIRONMENT", "rsk_mainnet"),
                arguments("APP_ENV", "production"),
                arguments("VERCEL_ENV", "preview"),
                arguments("NODE_ENV", "production"),
                arguments("PUBLIC_URL", "https://www.beispielhaft-reisen.de"),
                arguments("SITE_URL", "https://www.exemplary.com"),
                arguments("SITE_URL", "https://ornekler-sitesi.com.tr"),
                arguments("ALLOWED_DOMAINS", "acme.org,acme-health.org"),
                arguments("ALLOWED_DOMAINS", "localhost,acme.org"),
                arguments("ALLOWED_EMAIL_DOMAINS", "*"),
                arguments("SPAM_DOMAINS", "example.com, baddomain.com"),
                arguments("AUTH0_AUDIENCE", "http://localhost:5000"),
                arguments("spring.security.oauth2.resourceserver.jwt.audiences", "http://localhost:8080"),
                arguments("BLOCKED_EMAIL_DOMAINS", "example.org,mailinator.com"));
    }

    @ParameterizedTest(name = "{0}={1} is clean")
    @MethodSource("clean")
    void productionShouldLeaveTheLookalikesAlone(String key, String value) {
        assertThat(on(production(key + "=" + value + "\n"), key)).isEmpty();
    }

    private static List<String> codes(String file, String text) {
        Settings settings = Settings.builder().properties(file, text).build();
        return GATE.check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream().map(Finding::code).toList();
    }

    @Test
    void aStagingFilesOwnPreProductionHostIsItsOwnButAProvidersIsTheProviders() {
        assertThat(codes("src/main/resources/application-staging.properties",
                "application.project.administration-url=https://admin.preprod.acme-music.com\n")).isEmpty();
        assertThat(codes("src/main/resources/application-stage.properties",
                "mastercard.api.base-path=https://stage.services-asn.mastercard.int/transaction-api\n"))
                .containsExactly("sandbox.host");
        assertThat(codes("src/main/resources/application-preprod.properties",
                "collect.phonepe.baseUrl=https://mercury-preprod.phonepe.com/enterprise\n"))
                .containsExactly("sandbox.host");
        assertThat(codes("src/main/resources/application-stage.properties",
                "api.base-url=https://api.stage.acme-health.org\n")).isEmpty();
    }
}
