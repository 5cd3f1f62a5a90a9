package dev.readiness.gates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The forty-seventh pass's precision rules, each beside the catch that stays; every built-in gate runs on one file.
 * Values are shaped like the open sets' but written here.
 *
 * <ul>
 *   <li>A {@code .local} or LAN name as the host of an ingress (or any section) whose own switch says off as written
 *       ({@code ingress.enabled=false} beside {@code ingress.hosts[0].host=inventory.local}) routes nothing: the
 *       {@code sandbox.local-host} WARN goes, as the section's template hosts already did. The same host on an
 *       ingress that is on, a switch that is off only through a variable's default, an example file, and a NO-GO
 *       loopback address of a switched-off section stay reported.</li>
 *   <li>An item of a list under {@code secrets} holds a secret's name, as the list itself does
 *       ({@code functions.billing.secrets[0]=stripe-credentials}, OpenFaaS's {@code secrets:}); a value that is no
 *       lower-case resource name there, and a phrase under a singular {@code secret} item, stay judged.</li>
 * </ul>
 */
class FortySeventhPassPrecisionTests extends EveryGateOnOneFile {

    @Test
    void aLocalNameOnASwitchedOffIngressShouldNotBeReported() throws Exception {
        String text = """
                ingress.enabled=false
                ingress.className=nginx
                ingress.hosts[0].host=inventory.local
                ingress.hosts[0].paths[0].path=/
                metrics.ingress.enabled=false
                metrics.ingress.hosts[0]=metrics.shop.local
                """;
        assertThat(about(findings("values.properties", text), "ingress.hosts[0].host")).isEmpty();
        assertThat(about(findings("values.properties", text), "metrics.ingress.hosts[0]")).isEmpty();
    }

    @Test
    void aLocalNameOnAnIngressThatIsOnOrOnlyOffByDefaultShouldStayReported() throws Exception {
        String on = """
                ingress.enabled=true
                ingress.hosts[0].host=dash.corp.local
                """;
        assertThat(about(findings("values.properties", on), "ingress.hosts[0].host"))
                .containsExactly("WARN sandbox.local-host ingress.hosts[0].host");
        String byDefault = """
                ingress.enabled=${INGRESS_ENABLED:false}
                ingress.hosts[0].host=dash.corp.local
                """;
        assertThat(about(findings("values.properties", byDefault), "ingress.hosts[0].host"))
                .containsExactly("WARN sandbox.local-host ingress.hosts[0].host");
        String example = """
                ingress.enabled=false
                ingress.hosts[0].host=dash.corp.local
                """;
        assertThat(about(findings("values.example.properties", example), "ingress.hosts[0].host"))
                .containsExactly("WARN sandbox.local-host ingress.hosts[0].host");
    }

    @Test
    void aPublicLoopbackAddressOfASwitchedOffSectionShouldStayANoGo() throws Exception {
        String text = """
                oauth.enabled=false
                oauth.redirect-uri=http://localhost:8080/login/callback
                """;
        assertThat(noGo(findings("application.properties", text), "oauth.redirect-uri")).isNotEmpty();
    }

    @Test
    void theNamesInAListOfSecretsShouldNotBeJudgedAsSecrets() throws Exception {
        String text = """
                provider.name=openfaas
                functions.billing.image=ghcr.io/acme/billing:1.4
                functions.billing.secrets[0]=stripe-credentials
                functions.billing.secrets[1]=signing-key
                functions.mailer.secrets[0]=smtp-relay-creds
                """;
        for (String key : new String[] {"functions.billing.secrets[0]", "functions.billing.secrets[1]",
                "functions.mailer.secrets[0]"}) {
            assertThat(about(findings("stack.properties", text), key)).as(key).isEmpty();
        }
    }

    @Test
    void aValueThatIsNoResourceNameOrAPhraseUnderASingularSecretItemShouldStayJudged() throws Exception {
        String text = """
                functions.billing.secrets[0]=changeme
                session.secret[0]=keyboard-cat
                """;
        assertThat(noGo(findings("stack.properties", text), "functions.billing.secrets[0]")).isNotEmpty();
        assertThat(noGo(findings("stack.properties", text), "session.secret[0]")).isNotEmpty();
    }
}
