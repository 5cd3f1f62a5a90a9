package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProviderCatalogTests {

    private static final ProviderCatalog BUILT_IN = ProviderCatalog.builtIn();

    @Property(tries = 2000)
    void credentialPrefixesShouldAlwaysBeTheCatalogsPrefixesTheValueStartsWithLongestFirst(
            @ForAll("prefixedValues") String value) {
        ProviderCatalog catalog = withUnicodePrefixes();
        for (ProviderCatalog tested : List.of(BUILT_IN, catalog)) {
            List<ProviderCatalog.PrefixRule> expected = prefixesByDefinition(tested, value);
            assertThat(tested.credentialPrefixes(value)).as(value).isEqualTo(expected);
            assertThat(tested.hasCredentialPrefix(value)).as(value).isEqualTo(!expected.isEmpty());
        }
    }

    @Provide
    Arbitrary<String> prefixedValues() {
        List<String> prefixes = new ArrayList<>(List.of("", "é", "ü", "\u00ff", "\u0100"));
        for (Provider provider : BUILT_IN.providers()) {
            prefixes.addAll(provider.testCredentialPrefixes());
            prefixes.addAll(provider.liveCredentialPrefixes());
        }
        for (Provider provider : withUnicodePrefixes().providers()) {
            prefixes.addAll(provider.testCredentialPrefixes());
            prefixes.addAll(provider.liveCredentialPrefixes());
        }
        Arbitrary<String> cut = Arbitraries.of(prefixes).flatMap(prefix -> Arbitraries.integers()
                .between(0, prefix.length()).map(end -> prefix.substring(0, end)));
        return Combinators.combine(cut, Arbitraries.strings().ofMaxLength(8)).as((prefix, rest) -> prefix + rest);
    }

    private static ProviderCatalog withUnicodePrefixes() {
        return ProviderCatalog.parse("unicode.properties", """
                acme.name = Acme Pay
                acme.source = https://docs.acme.example/keys
                acme.key-words = acme
                acme.test-credential-prefixes = \u00e9t_, \u00e9t_long_, sk_t
                acme.live-credential-prefixes = \u0100l_, sk_
                """);
    }

    /** Every prefix rule of the catalog that the value starts with, in catalog order, then longest first. */
    private static List<ProviderCatalog.PrefixRule> prefixesByDefinition(ProviderCatalog catalog, String value) {
        List<ProviderCatalog.PrefixRule> matching = new ArrayList<>();
        for (Provider provider : catalog.providers()) {
            for (String prefix : provider.testCredentialPrefixes()) {
                if (value.startsWith(prefix)) {
                    matching.add(new ProviderCatalog.PrefixRule(prefix, provider, true));
                }
            }
            for (String prefix : provider.liveCredentialPrefixes()) {
                if (value.startsWith(prefix)) {
                    matching.add(new ProviderCatalog.PrefixRule(prefix, provider, false));
                }
            }
        }
        matching.sort(Comparator.comparingInt((ProviderCatalog.PrefixRule rule) -> rule.prefix().length()).reversed());
        return matching;
    }

    @Test
    void builtInShouldReadWithoutProblems() {
        assertThat(BUILT_IN.problems()).isEmpty();
    }

    @Test
    void builtInShouldCoverAtLeastThirtyProvidersAcrossCategories() {
        assertThat(BUILT_IN.providers()).hasSizeGreaterThanOrEqualTo(30);
        Set<String> categories = BUILT_IN.providers().stream().map(Provider::category).collect(Collectors.toSet());
        assertThat(categories).contains("payment", "shipping", "commerce", "messaging", "identity");
        assertThat(BUILT_IN.providers().stream().filter(Provider::handlesPayments).count()).isGreaterThanOrEqualTo(15);
    }

    @Test
    void everyBuiltInEntryShouldNameAnHttpsSourceAndSomethingToMatch() {
        for (Provider provider : BUILT_IN.providers()) {
            assertThat(provider.sources()).as(provider.id()).isNotEmpty()
                    .allSatisfy(source -> assertThat(source).startsWith("https://"));
            assertThat(provider.testHosts().size() + provider.liveHosts().size() + provider.sharedHosts().size()
                    + provider.testPaths().size() + provider.testCredentialPrefixes().size()
                    + provider.publicPrefixes().size() + provider.testValues().size())
                    .as(provider.id()).isPositive();
            assertThat(provider.keyWords()).as(provider.id()).isNotEmpty();
        }
    }

    @Test
    void testValuesShouldBeReadExactlyAndNameTheirProvider() {
        ProviderCatalog catalog = ProviderCatalog.parse("test.properties", """
                acme.name = Acme Captcha
                acme.source = https://docs.acme.example/testing
                acme.key-words = acme
                acme.test-values = 1x00AA, +15550100
                """);

        assertThat(catalog.problems()).isEmpty();
        assertThat(catalog.testValue("1x00AA")).extracting(Provider::name).isEqualTo("Acme Captcha");
        assertThat(catalog.testValue("+15550100")).isNotNull();
        assertThat(catalog.testValue("1x00aa")).isNull();
        assertThat(catalog.testValue("1x00AA0")).isNull();
        assertThat(BUILT_IN.testValue("6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI")).extracting(Provider::id)
                .isEqualTo("recaptcha");
    }

    @Test
    void builtInShouldCarryTheDocumentedStripeRazorpayAndFlutterwaveFormats() {
        assertThat(BUILT_IN.provider("stripe").orElseThrow().testCredentialPrefixes())
                .containsExactly("sk_test_", "pk_test_", "rk_test_");
        assertThat(BUILT_IN.provider("stripe").orElseThrow().liveCredentialPrefixes())
                .containsExactly("sk_live_", "pk_live_", "rk_live_");
        assertThat(BUILT_IN.provider("razorpay").orElseThrow().testCredentialPrefixes()).containsExactly("rzp_test_");
        assertThat(BUILT_IN.provider("flutterwave").orElseThrow().testCredentialPrefixes()).contains("FLWSECK_TEST-");
        assertThat(BUILT_IN.provider("paypal").orElseThrow().modeSwitches()).containsKey("paypalenv");
        assertThat(BUILT_IN.provider("dhl").orElseThrow().testPaths())
                .containsExactly("express.api.dhl.com/mydhlapi/test", "wsbexpress.dhl.com/sndpt");
    }

    @Test
    void parseShouldReportEachMalformedLineWithFileAndLine() {
        ProviderCatalog catalog = ProviderCatalog.parse("acme.properties", """
                # comment
                acme.name = Acme Pay
                acme.source = https://docs.acme.example/sandbox
                acme.test-hosts = api.sandbox.acme.io
                this line has no separator
                acme.colour = blue
                Bad_Id.name = x
                nosource.name = No Source
                badhost.source = https://x.io
                badhost.test-hosts = api acme io
                """);

        assertThat(catalog.providers()).extracting(Provider::id).containsExactly("acme");
        assertThat(catalog.problems()).hasSize(5);
        assertThat(catalog.problems().get(0)).startsWith("acme.properties:5: ");
        assertThat(catalog.problems().get(1)).startsWith("acme.properties:6: unknown attribute 'colour'");
        assertThat(catalog.problems().get(2)).startsWith("acme.properties:7: provider id");
        assertThat(catalog.problems()).anySatisfy(problem -> assertThat(problem)
                .startsWith("acme.properties:8: provider 'nosource': needs a source"));
        assertThat(catalog.problems()).anySatisfy(problem -> assertThat(problem)
                .startsWith("acme.properties:9: provider 'badhost'").contains("not a host pattern"));
    }

    @Test
    void withShouldLetLaterEntriesReplaceEarlierOnesById() {
        ProviderCatalog override = ProviderCatalog.parse("mine", """
                paypal.source = https://internal.wiki/paypal
                paypal.test-hosts = paypal-sim.internal
                acme.source = https://docs.acme.example
                acme.test-hosts = sandbox.acme.io
                """);

        ProviderCatalog merged = BUILT_IN.with(override);

        assertThat(merged.provider("paypal").orElseThrow().testHosts()).containsExactly("paypal-sim.internal");
        assertThat(merged.provider("acme")).isPresent();
        assertThat(merged.providers()).hasSize(BUILT_IN.providers().size() + 1);
        assertThat(merged.host("api-m.sandbox.paypal.com")).isNull();
        assertThat(merged.host("paypal-sim.internal").use()).isEqualTo(ProviderCatalog.HostUse.TEST);
    }

    @Test
    void defaultsShouldAddClassPathExtensionsToTheBuiltInCatalog() {
        ProviderCatalog defaults = ProviderCatalog.defaults();

        assertThat(defaults.provider("acme-carrier")).isPresent();
        assertThat(defaults.provider("stripe")).isPresent();
        assertThat(BUILT_IN.provider("acme-carrier")).isEmpty();
        assertThat(new SandboxGate().check(dev.readiness.GateContext.of(dev.readiness.Stage.PRODUCTION,
                dev.readiness.settings.Settings.of(java.util.Map.of("ACME_CARRIER_URL", "https://cert.api.acme-carrier.io"))))
                .findings()).extracting(dev.readiness.Finding::code).containsExactly("sandbox.provider-host");
    }

    @Test
    void readShouldNameAMissingFile(@TempDir Path directory) {
        ProviderCatalog catalog = ProviderCatalog.read(directory.resolve("nope.properties"));

        assertThat(catalog.providers()).isEmpty();
        assertThat(catalog.problems()).singleElement().asString().endsWith("nope.properties: no such file");
    }

    @Test
    void readShouldAcceptNonUtf8Files(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("latin1.properties");
        Files.write(file, "acme.name = Acme Caf\u00e9\nacme.source = https://x.io\nacme.test-hosts = t.acme.io\n"
                .getBytes(StandardCharsets.ISO_8859_1));

        assertThat(ProviderCatalog.read(file).provider("acme").orElseThrow().name()).isEqualTo("Acme Caf\u00e9");
    }

    @Test
    void providersNamedByShouldMatchConsecutiveWordsOnly() {
        assertThat(BUILT_IN.providersNamedBy(List.of("authorize", "net", "api", "login", "id")))
                .extracting(Provider::id).containsExactly("authorize-net");
        assertThat(BUILT_IN.providersNamedBy(List.of("net", "authorize"))).isEmpty();
        assertThat(BUILT_IN.providersNamedBy(List.of("orange", "momo", "env")))
                .extracting(Provider::id).containsExactly("orange-money", "mtn-momo");
        assertThat(BUILT_IN.providersNamedBy(List.of("backups", "url"))).isEmpty();
    }

    @Test
    void globShouldMatchWildcardsAnywhere() {
        assertThat(Glob.matches("sandbox*.mailgun.org", "sandbox0a1b.mailgun.org")).isTrue();
        assertThat(Glob.matches("*-checkout-live.adyenpayments.com", "x-checkout-live.adyenpayments.com")).isTrue();
        assertThat(Glob.matches("sandbox*.mailgun.org", "mg.mailgun.org")).isFalse();
    }

    @Property(tries = 300)
    void parseShouldNeverThrow(@ForAll String text) {
        ProviderCatalog catalog = ProviderCatalog.parse("fuzz", text);
        assertThat(catalog.problems()).allSatisfy(problem -> assertThat(problem).startsWith("fuzz"));
    }

    @Property(tries = 100)
    void parseShouldNeverThrowOnCatalogShapedLines(@ForAll("lines") String text) {
        ProviderCatalog.parse("fuzz", text);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> lines() {
        net.jqwik.api.Arbitrary<String> line = net.jqwik.api.Arbitraries.of("x.source = https://a", "x.test-hosts = *",
                "x.test-paths = /", "x.mode-switches = =", "x.mode-switches = A=|", "x.key-words = ---",
                "x.test-credential-prefixes = ab", "x.category = PAYMENT", ".name=", "x.=", "=", ":", "x.name",
                "x.live-hosts = *.a.*", "x.test-paths = h/p/");
        return line.list().ofMaxSize(12).map(list -> String.join("\n", list));
    }

    @Test
    void stellarsTestNetworkPassphrasesAreTestValuesAndItsPublicNetworkIsNot() {
        ProviderCatalog catalog = ProviderCatalog.builtIn();
        assertThat(catalog.testValue("Test SDF Network ; September 2015")).extracting(Provider::name)
                .isEqualTo("Stellar");
        assertThat(catalog.testValue("Test SDF Future Network ; October 2022")).isNotNull();
        assertThat(catalog.testValue("Public Global Stellar Network ; September 2015")).isNull();
    }
}
