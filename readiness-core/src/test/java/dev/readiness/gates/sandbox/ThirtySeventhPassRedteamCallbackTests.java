package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hostile testing, thirty-seventh pass: the thirty-sixth session's rule on an OAuth redirect URI in plain http knew
 * only the word {@code redirect}, so the same URI spelled as Passport, pac4j and most sign-in libraries spell it
 * ({@code GITHUB_CALLBACK_URL}, {@code pac4j.callbackUrl}) passed in production with the authorization code in clear.
 */
class ThirtySeventhPassRedteamCallbackTests {

    @Test
    void aSignInCallbackUrlInPlainHttpOnAPublicNameShouldBeANoGo() {
        List<Finding> findings = SandboxRuleChecks.production(
                "GITHUB_CALLBACK_URL=http://app.acme-corp.io/auth/github/callback\n"
                + "OAUTH_CALLBACK_URL=http://app.acme-corp.io/auth/google/callback\n"
                + "pac4j.callbackUrl=http://sso.acme-corp.io/callback\n"
                + "tkey.sso.oauth.client.client-code-callback-uri=http://sculptor.acme-corp.io/codeCallback\n");
        for (String key : List.of("GITHUB_CALLBACK_URL", "OAUTH_CALLBACK_URL", "pac4j.callbackUrl",
                "tkey.sso.oauth.client.client-code-callback-uri")) {
            assertThat(SandboxRuleChecks.on(findings, key)).as(key)
                    .anyMatch(f -> f.code().equals("sandbox.tls-off") && f.severity() == Severity.NO_GO);
        }
    }

    @Test
    void paymentWebhookAndInternalCallbacksShouldNotBeATlsFinding() {
        List<Finding> findings = SandboxRuleChecks.production(
                "paascloud.alipay.callback.url=http://api.acme-corp.io/omc/pay/alipayCallback\n"
                + "TWILIO_STATUS_CALLBACK_URL=http://api.acme-corp.io/sms/status\n"
                + "CKAN__DATAPUSHER__CALLBACK_URL_BASE=http://ckan:5000\n"
                + "GITHUB_CALLBACK_URL=https://app.acme-corp.io/auth/github/callback\n"
                + "OAUTH_CALLBACK_URL=http://auth:3000/callback\n");
        assertThat(findings).extracting(Finding::code).doesNotContain("sandbox.tls-off");
    }
}
