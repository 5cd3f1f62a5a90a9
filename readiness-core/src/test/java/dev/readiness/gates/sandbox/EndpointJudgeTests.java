package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.gates.sandbox.EndpointJudge.Kind;
import dev.readiness.gates.sandbox.EndpointJudge.Verdict;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EndpointJudgeTests {

    private static final EndpointJudge JUDGE = EndpointJudge.of(ProviderCatalog.builtIn(), List.of());

    private static Verdict judge(String url) {
        return JUDGE.judge(Endpoint.parse(url).orElseThrow(() -> new AssertionError("unparseable: " + url)));
    }

    @ParameterizedTest(name = "{0} is {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            https://api-m.sandbox.paypal.com                   | PROVIDER_TEST_HOST | paypal
            https://api.sandbox.paypal.com/v1/oauth2/token     | PROVIDER_TEST_HOST | paypal
            https://apis-sandbox.fedex.com                     | PROVIDER_TEST_HOST | fedex
            https://express.api.dhl.com/mydhlapi/test          | PROVIDER_TEST_PATH | dhl
            https://express.api.dhl.com/mydhlapi/test/shipments | PROVIDER_TEST_PATH | dhl
            https://wwwcie.ups.com/api                         | PROVIDER_TEST_HOST | ups
            https://sandbox.momodeveloper.mtn.com/collection   | PROVIDER_TEST_HOST | mtn-momo
            https://api.sandbox.braintreegateway.com           | PROVIDER_TEST_HOST | braintree
            https://checkout-test.adyen.com/v71                | PROVIDER_TEST_HOST | adyen
            https://connect.squareupsandbox.com/v2             | PROVIDER_TEST_HOST | square
            https://api.playground.klarna.com                  | PROVIDER_TEST_HOST | klarna
            https://apitest.authorize.net/xml/v1/request.api   | PROVIDER_TEST_HOST | authorize-net
            https://ab12cd34.api.sandbox.checkout.com/payments | PROVIDER_TEST_HOST | checkout-com
            https://sandbox.safaricom.co.ke/mpesa              | PROVIDER_TEST_HOST | mpesa
            https://apis-tem.usps.com/labels/v3/label          | PROVIDER_TEST_HOST | usps
            https://sandbox.sellingpartnerapi-eu.amazon.com    | PROVIDER_TEST_HOST | amazon-sp-api
            https://api.sandbox.ebay.com/sell                  | PROVIDER_TEST_HOST | ebay
            https://sandbox.plaid.com                          | PROVIDER_TEST_HOST | plaid
            https://api.sandbox.transferwise.tech              | PROVIDER_TEST_HOST | wise
            https://api-sandbox.gocardless.com                 | PROVIDER_TEST_HOST | gocardless
            https://sandbox-api.paddle.com                     | PROVIDER_TEST_HOST | paddle
            https://api.sandbox.midtrans.com/v2                | PROVIDER_TEST_HOST | midtrans
            https://secure.snd.payu.com                        | PROVIDER_TEST_HOST | payu
            https://sandbox1234abcd.mailgun.org                | PROVIDER_TEST_HOST | mailgun
            https://api.sandbox.push.apple.com                 | PROVIDER_TEST_HOST | apple-push
            https://myorg.oktapreview.com/oauth2               | PROVIDER_TEST_HOST | okta
            https://dev-1234567.okta.com                       | PROVIDER_TEST_HOST | okta
            https://integrator-1234567.okta.com                | PROVIDER_TEST_HOST | okta
            https://test.salesforce.com                        | PROVIDER_TEST_HOST | salesforce
            https://api.orange.com/orange-money-webpay/dev/v1/webpayment | PROVIDER_TEST_PATH | orange-money
            https://business.coinbase.com/sandbox/api/v1/checkouts      | PROVIDER_TEST_PATH | coinbase
            https://api-m.paypal.com                           | PROVIDER_LIVE_HOST | paypal
            https://apis.fedex.com                             | PROVIDER_LIVE_HOST | fedex
            https://onlinetools.ups.com                        | PROVIDER_LIVE_HOST | ups
            https://live-x1-checkout-live.adyenpayments.com    | PROVIDER_LIVE_HOST | adyen
            https://express.api.dhl.com/mydhlapi               | PROVIDER_SHARED_HOST | dhl
            https://express.api.dhl.com/mydhlapi/testing-not   | PROVIDER_SHARED_HOST | dhl
            https://api.stripe.com                             | PROVIDER_SHARED_HOST | stripe
            https://dev-abc123.us.auth0.com                    | PROVIDER_SHARED_HOST | auth0
            https://acme.okta.com                              | PROVIDER_SHARED_HOST | okta
            https://demo-store.myshopify.com                   | PROVIDER_SHARED_HOST | shopify
            https://dev.azure.com/myorg                        | PROVIDER_SHARED_HOST | azure-devops
            """)
    void judgeShouldRecognizeProviderHostsAndPaths(String url, Kind kind, String provider) {
        Verdict verdict = judge(url);

        assertThat(verdict.kind()).isEqualTo(kind);
        assertThat(verdict.provider()).isNotNull();
        assertThat(verdict.provider().id()).isEqualTo(provider);
    }

    @ParameterizedTest(name = "{0} says {1}")
    @CsvSource(delimiter = '|', textBlock = """
            https://api.staging.myapp.com            | staging
            https://staging-api.myapp.com            | staging
            https://myapp-staging.herokuapp.com      | staging
            https://payments-test.internal           | test
            https://carrier-mock.internal:8080       | mock
            http://payments-mock:8080                | mock
            http://mock:8080                         | mock
            https://uat.partner-bank.co.uk/api       | uat
            https://qa.api.myapp.io                  | qa
            https://demo.vendor.com/api              | demo
            https://api.dev.myapp.com                | dev
            https://myshop-dev.com                   | dev
            https://sandbox.vendor.io/v1             | sandbox
            https://preprod.vendor.io                | preprod
            https://orders-stg.myapp.com             | stg
            https://api.staging.svc.cluster.local    | staging
            https://myapp-git-dev-team.vercel.app    | dev
            https://API.SANDBOX.Vendor.COM.          | sandbox
            """)
    void judgeShouldFlagHostsWhoseLabelsOrDashPartsAreSandboxWords(String url, String word) {
        Verdict verdict = judge(url);

        assertThat(verdict.kind()).isEqualTo(Kind.SANDBOX_NAME);
        assertThat(verdict.detail()).isEqualTo(word);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://api.contest-platform.io", "https://latest.releases.myapp.com",
            "https://devices.myapp.com", "https://attestation.android.com", "https://protest.com",
            "https://stagecoach.com/api", "https://developer.apple.com", "https://testflight.apple.com",
            "https://dev.to/api", "https://api.dev.to", "https://myapp.dev", "https://api.myapp.dev/v1",
            "https://hooks.slack.com/services/T000/B000/XXXX", "https://o123.ingest.sentry.io/456",
            "https://abc@o123.ingest.us.sentry.io/456", "https://s3.us-east-1.amazonaws.com",
            "https://my-bucket.s3.eu-west-1.amazonaws.com", "https://sqs.eu-central-1.amazonaws.com/123/q",
            "https://payments.internal", "http://redis-master:6379", "http://orders.payments.svc.cluster.local",
            "http://orders.payments.svc.cluster.local:8080/api", "https://10.0.3.17:8443", "http://172.16.4.2",
            "http://192.168.1.20", "http://169.254.169.254/latest/meta-data", "http://[fd00::12]:80",
            "https://api.stripe.com/v1", "https://api-m.paypal.com", "https://apis.fedex.com",
            "https://express.api.dhl.com", "https://onlinetools.ups.com", "https://login.microsoftonline.com",
            "https://oauth2.googleapis.com/token", "https://api.sendgrid.com", "https://smtp.sendgrid.net",
            "https://api.twilio.com", "https://app.mycompany.com", "https://api.mycompany.co.uk",
            "https://production.plaid.com", "https://api.backstage.io", "https://questions.myapp.com",
            "https://tested.myapp.com", "https://devops.myapp.com", "https://mockingbird.io", "https://api.demos.com",
            "https://xn--bcher-kva.shop.de",
            "https://otel-collector.observability.svc.cluster.local:4317"})
    void judgeShouldAcceptProductionHosts(String url) {
        assertThat(judge(url).kind().isProblem()).as(url).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8080", "http://LOCALHOST", "http://127.0.0.1:4000", "http://127.8.9.1",
            "http://[::1]:3000", "http://[0:0:0:0:0:0:0:1]", "http://[::ffff:127.0.0.1]", "http://app.localhost",
            "http://0.0.0.0:8080", "http://[::]:8080"})
    void judgeShouldCallLoopbackAndTheUnspecifiedAddressInAUrlLoopback(String url) {
        assertThat(judge(url).kind()).isEqualTo(Kind.LOOPBACK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://api.example.com", "https://example.org", "https://www.example.net/x",
            "https://api.test", "https://shop.example", "https://x.invalid",
            "https://latest.example"})
    void judgeShouldCallReservedNamesReserved(String url) {
        assertThat(judge(url).kind()).isEqualTo(Kind.RESERVED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://printer.local", "ldap://dc01.corp.local:389", "https://nas.local./share"})
    void judgeShouldCallDotLocalNamesLocalButNotKubernetesNames(String url) {
        assertThat(judge(url).kind()).isEqualTo(Kind.LOCAL_NAME);
        assertThat(judge("http://api.payments.svc.cluster.local").kind()).isEqualTo(Kind.NORMAL);
        assertThat(judge("http://api.payments.svc.mycluster.cluster.local").kind()).isEqualTo(Kind.NORMAL);
    }

    @ParameterizedTest(name = "{0} is {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            https://sandboxapi.acme-pay.net              | SANDBOX_NAME | sandbox
            https://apisandbox.vendor.io                 | SANDBOX_NAME | sandbox
            https://paymentstest.acme-pay.com            | SANDBOX_NAME | test
            https://uatgateway.acme-bank.com             | SANDBOX_NAME | uat
            https://api-sbx.acme-pay.com                 | SANDBOX_NAME | sbx
            https://api-qa2.acme-corp.io                 | SANDBOX_NAME | qa
            https://stg01.orders.acme-corp.io            | SANDBOX_NAME | stg
            https://api.nonprod.acme-retail.com          | SANDBOX_NAME | nonprod
            https://gateway-cert.acme-pay.com            | SANDBOX_NAME | cert
            https://eth-sepolia.g.alchemy.com/v2/k       | TEST_NETWORK | sepolia
            https://sepolia.base.org                     | TEST_NETWORK | sepolia
            https://rpc.sepolia.org                      | TEST_NETWORK | sepolia
            https://rpc.holesky.io/v1                    | TEST_NETWORK | holesky
            https://polygon-amoy.g.alchemy.com           | TEST_NETWORK | amoy
            https://api.devnet.solana.com                | TEST_NETWORK | devnet
            https://ethereum-holesky-rpc.publicnode.com  | TEST_NETWORK | holesky
            https://data-seed.bsctestnet.org             | TEST_NETWORK | testnet
            smtp://mailpit:1025                          | MAIL_CATCHER | mailpit
            http://mailhog:8025                          | MAIL_CATCHER | mailhog
            smtp://smtp4dev.tools.internal:25            | MAIL_CATCHER | smtp4dev
            """)
    void judgeShouldReadModeWordsGluedNumberedOrPairedAndTestNetworksAndMailCatchers(String url, Kind kind,
            String detail) {
        Verdict verdict = judge(url);

        assertThat(verdict.kind()).as(url).isEqualTo(kind);
        assertThat(verdict.detail()).isEqualTo(detail);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://api.codesandbox.io", "https://testflight.apple.com", "https://api.devrev.ai",
            "https://sdk-api.devcycle.com", "https://api.devicecheck.apple.com", "https://developer.api.autodesk.com",
            "https://app.qawolf.com", "https://api.qase.io", "https://cert-manager.acme-corp.io",
            "https://latest.acme-corp.io", "https://contest.acme-games.com", "https://api.stagecoachbus.com",
            "https://devportal.acme-corp.io", "https://demonstrate.acme-corp.io", "https://mainnet.base.org",
            "https://api.mainnet-beta.solana.com", "https://smtp.mailgun.org", "https://yourls.org",
            "https://api.yourstory.com", "https://sandboxx.us", "https://api.fuji.co.jp", "https://shop.rococo.com",
            "https://www.amoy.com"})
    void judgeShouldLeaveProductNamesThatOnlyContainAModeWord(String url) {
        assertThat(judge(url).kind()).as(url).isEqualTo(Kind.NORMAL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://s3.test.com", "https://test.io/api", "https://mail.yourdomain.com",
            "https://your-vercel-domain.vercel.app", "http://my-server-url-to-change", "https://xxx.supabase.co",
            "https://api.sample.co.uk", "https://smtp.domain.com"})
    void judgeShouldCallTemplateDomainsAndTemplateTextReserved(String url) {
        assertThat(judge(url).kind()).as(url).isEqualTo(Kind.RESERVED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://billing.stripe.com/...", "https://api.acme-pay.io/.../v1",
            "https://hooks.acme.io/…", "https://eth-mainnet.alchemyapi.io/v2/your-api-key",
            "https://mainnet.infura.io/v3/YOUR_PROJECT_ID", "https://rpc.acme.io/v2/<api-key>",
            "https://api.acme.io/hooks/replace-me"})
    void judgeShouldCallTemplateTextInAUrlPathReserved(String url) {
        assertThat(judge(url).kind()).as(url).isEqualTo(Kind.RESERVED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://dev.azure.com/XXXXXX", "https://dev.azure.com/xxxxx/", "https://github.com/XXXX",
            "https://github.com/xxxxxx/vote.git", "https://gitlab.com/XxXx/group/project"})
    void judgeShouldCallAFirstPathSegmentMaskedWithXReserved(String url) {
        assertThat(judge(url)).satisfies(verdict -> assertThat(verdict.kind()).isEqualTo(Kind.RESERVED))
                .satisfies(verdict -> assertThat(verdict.detail()).contains("masked account"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://dev.azure.com/xxx", "https://dev.azure.com/xxxacme", "https://github.com/xerox",
            "https://hooks.slack.com/services/T000/B000/XXXX", "https://acme.io/v2/xxxxxxxx", "https://xxxx.acme.io/a"})
    void judgeShouldLeaveShortMaskedOrLaterSegmentsAndNamesStartingWithX(String url) {
        assertThat(judge(url).detail()).as(url).doesNotContain("masked account");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://host.docker.internal:4566", "http://172.17.0.1:4566/000000000000/orders",
            "http://aws:4566", "http://objects:4566/bucket"})
    void judgeShouldCallLocalStacksEdgePortOnTheContainerHostOrAServiceNameAnEmulator(String url) {
        assertThat(judge(url)).satisfies(verdict -> assertThat(verdict.kind()).isEqualTo(Kind.EMULATOR))
                .satisfies(verdict -> assertThat(verdict.detail()).contains("4566"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://host.docker.internal:8080", "http://aws:4567", "http://minio:9000",
            "https://sqs.eu-west-1.amazonaws.com:4566", "http://10.0.4.12:4566"})
    void judgeShouldLeaveOtherPortsAndDomainNamesOnPort4566ToTheirOwnVerdicts(String url) {
        assertThat(judge(url).kind()).as(url).isNotEqualTo(Kind.EMULATOR);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://api.acme.io/v1/checkout-links/{client_secret}/redirect",
            "https://cdn.acme.io/images/placeholder", "https://acme.io/yourself", "https://acme.io/docs/../api",
            "https://acme.io/young-readers", "https://acme.io/a/b..c", "https://api.stripe.com/v1/charges",
            "https://acme.io/files/xxx", "https://rpc.acme.io/v2/xxxxxxxxxxxx"})
    void judgeShouldLeaveRunTimePathTemplatesAndWordsInPaths(String url) {
        assertThat(judge(url).kind().isProblem()).as(url).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://app.127.0.0.1.nip.io", "http://127.0.0.1.nip.io:8080", "http://app-127-0-0-1.sslip.io",
            "http://localtest.me", "http://auth.localtest.me", "http://app.lvh.me:3000", "http://x.localhost.direct"})
    void judgeShouldCallWildcardDnsNamesOfLoopbackLoopback(String url) {
        assertThat(judge(url)).satisfies(verdict -> assertThat(verdict.kind()).isEqualTo(Kind.LOOPBACK))
                .satisfies(verdict -> assertThat(verdict.detail()).isEqualTo(EndpointJudge.WILDCARD_DNS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://10.0.0.5.nip.io", "http://app-192-168-1-10.sslip.io", "file:///var/data",
            "file://localhost/srv/data", "jar:file://localhost/app.jar"})
    void judgeShouldLeaveWildcardNamesOfOtherAddressesAndLocalFiles(String url) {
        Endpoint.parse(url).ifPresent(endpoint -> assertThat(JUDGE.judge(endpoint).kind()).as(url)
                .isEqualTo(Kind.NORMAL));
    }

    @Test
    void judgeShouldAcceptAllowedHostPatterns() {
        EndpointJudge judge = EndpointJudge.of(ProviderCatalog.builtIn(),
                List.of("api.staging.partner.com", "*.sandbox.vendor.io", "localhost", "mock-*.internal"));

        assertThat(judge.judge(Endpoint.parse("https://api.staging.partner.com").orElseThrow()).kind())
                .isEqualTo(Kind.ALLOWED);
        assertThat(judge.judge(Endpoint.parse("https://eu.sandbox.vendor.io").orElseThrow()).kind())
                .isEqualTo(Kind.ALLOWED);
        assertThat(judge.judge(Endpoint.parse("http://localhost:3500").orElseThrow()).kind()).isEqualTo(Kind.ALLOWED);
        assertThat(judge.judge(Endpoint.parse("http://mock-carrier.internal").orElseThrow()).kind())
                .isEqualTo(Kind.ALLOWED);
        assertThat(judge.judge(Endpoint.parse("https://sandbox.vendor.io").orElseThrow()).kind())
                .isEqualTo(Kind.SANDBOX_NAME);
    }

    @ParameterizedTest
    @CsvSource({"sk_test_4eC39HqLyjWDarjtT1zdp7dc, stripe", "rzp_test_1DP5mmOlF5G5ag1234, razorpay",
            "FLWSECK_TEST-abcdef0123456789abcdef-X, flutterwave", "SB-Mid-server-abcdefghijklmnop, midtrans",
            "shippo_test_0123456789abcdef0123, shippo", "sk_sbox_abcdefghijklmnopqrstu, checkout-com"})
    void distinctiveTestCredentialShouldNameTheProvider(String value, String provider) {
        assertThat(JUDGE.distinctiveTestCredential(value)).map(Provider::id).contains(provider);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sk_live_4eC39HqLyjWDarjtT1zdp7dc", "test_abcdefghijklmnopqrstuvwxyz",
            "sk_test_", "sk_test_short", "TEST_abcdefghijklmnopqrstuv", "hello"})
    void distinctiveTestCredentialShouldIgnoreLiveShortAndAmbiguousValues(String value) {
        assertThat(JUDGE.distinctiveTestCredential(value)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://processmaker.local.processmaker.com", "https://api.local.acme.io/v1",
            "http://app.eu.local.example-company.com:8080", "https://shop.local.acme.co.uk"})
    void judgeShouldCallALocalZoneInsideAProjectsOwnDomainASandboxName(String url) {
        assertThat(judge(url).kind()).isEqualTo(Kind.SANDBOX_NAME);
        assertThat(judge(url).detail()).isEqualTo("local");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://local.acme.io", "https://www.local.gov.uk", "https://news.local.com",
            "https://locally.acme.io", "https://api.localbank.com", "https://app.local-news.io",
            "http://orders.default.svc.cluster.local"})
    void judgeShouldLeaveALocalFirstLabelARegistrableLocalAndWordsThatOnlyContainIt(String url) {
        assertThat(judge(url).kind()).isEqualTo(Kind.NORMAL);
    }

    @Property(tries = 300)
    void judgeShouldNeverThrow(@ForAll("hosts") String host) {
        Endpoint.parse("https://" + host).ifPresent(endpoint -> assertThat(JUDGE.judge(endpoint)).isNotNull());
    }

    @Property(tries = 300)
    void aJudgeThatRemembersShouldSayWhatAJudgeThatDoesNotSays(@ForAll("hosts") String host) {
        EndpointJudge remembering = EndpointJudge.remembering(ProviderCatalog.builtIn(), List.of("*.acme.io"));
        EndpointJudge plain = EndpointJudge.of(ProviderCatalog.builtIn(), List.of("*.acme.io"));
        for (String url : List.of("https://" + host, "https://" + host + "/testnet/api", "http://" + host + ":4566",
                "https://" + host, "https://api-m.paypal.com", "https://express.api.dhl.com/mydhlapi/test")) {
            Endpoint.parse(url).ifPresent(endpoint -> {
                assertThat(remembering.judge(endpoint)).isEqualTo(plain.judge(endpoint));
                assertThat(remembering.judge(endpoint)).isSameAs(remembering.judge(endpoint));
            });
        }
    }

    @Provide
    Arbitrary<String> hosts() {
        Arbitrary<String> label = Arbitraries.oneOf(
                Arbitraries.of("sandbox", "test", "dev", "local", "svc", "cluster", "example", "com", "localhost",
                        "-", "co", "uk", "xn--", "127", "0", "1", "::1", "sepolia", "mailpit", "nip", "io", "sslip",
                        "lvh", "me", "your", "xxx", "apisandbox", "qa2", "api-cert", "127-0-0-1", "-to-change"),
                Arbitraries.strings().withChars("abc-_0é").ofMinLength(1).ofMaxLength(8));
        return label.list().ofMinSize(1).ofMaxSize(6).map(labels -> String.join(".", labels));
    }

    @Test
    void judgeWhenAnUptimeMonitorPingsAReservedHostShouldSayNothingButAWebCallThereIsReserved() {
        assertThat(judge("icmp://example.org").kind()).isEqualTo(Kind.NORMAL);
        assertThat(judge("https://example.org/health").kind()).isEqualTo(Kind.RESERVED);
        assertThat(judge("tcp://example.org:5432").kind()).isEqualTo(Kind.RESERVED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://host.docker.internal:8080/api", "http://172.17.0.1:5432",
            "http://gateway.docker.internal/"})
    void judgeWhenTheHostIsTheContainerHostShouldSaySoByItsKindNotOnlyItsText(String url) {
        Verdict verdict = judge(url);

        assertThat(verdict.kind()).isEqualTo(Kind.LOOPBACK);
        assertThat(verdict.containerHost()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8080", "http://127.0.0.1:5432", "http://0.0.0.0:80",
            "http://app.127.0.0.1.nip.io", "https://api.acme-corp.io"})
    void judgeWhenTheHostIsLoopbackOrOrdinaryShouldNotCallItTheContainerHost(String url) {
        assertThat(judge(url).containerHost()).isFalse();
    }

    @Test
    void verdictWhenAKindOtherThanLoopbackClaimsTheContainerHostShouldBeRefused() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new Verdict(Kind.RESERVED, null, "x", true))
                .withMessageContaining("RESERVED");
    }
}
