package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import org.junit.jupiter.api.Test;

class TemplateTopLevelDomainTests {

    @Test
    void aHostWhoseTopLevelDomainIsTheWordForOneIsTemplateText() {
        assertThat(SandboxRuleChecks.production("INGRESS_HOST=your.domain\nPUBLIC_URL=https://app.example.tld/\n"))
                .extracting(Finding::code).containsOnly("sandbox.reserved-host");
        assertThat(SandboxRuleChecks.production("INGRESS_HOST=your.domain\nPUBLIC_URL=https://app.example.tld/\n"))
                .hasSize(2);
    }

    @Test
    void realTopLevelDomainsThatLookLikeWordsStayClean() {
        assertThat(SandboxRuleChecks.production("INGRESS_HOST=acme.domains\nPUBLIC_URL=https://shop.acme.host/\n"
                + "API_HOST=api.acme.site\n"))
                .isEmpty();
    }
}
