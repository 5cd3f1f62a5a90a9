package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Severity;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Kinds the corpus barely holds: public test servers of health, public-sector and open-banking platforms, consoles
 * and editors of AI and workflow stacks on loopback, and Helm's scaffold host left in a chart's values.
 */
class ThirtyFourthPassEndpointsNewKindsTests {

    private static List<Tuple> onKey(List<Finding> findings, String key) {
        return findings.stream().filter(f -> f.subject().equals(key))
                .map(f -> Tuple.tuple(f.code(), f.severity())).toList();
    }

    @Test
    void publicFhirDhis2AndModelBankTestServersAreSandboxHosts() {
        List<Finding> findings = SandboxRuleChecks.production("fhir.server.base=http://hapi.fhir.org/baseR4\n"
                + "FHIR_BASE_URL=https://server.fire.ly/r4\n"
                + "SMART_FHIR_URL=https://launch.smarthealthit.org/v/r4/fhir\n"
                + "dhis2.url=https://play.im.dhis2.org/stable-2-40-1\n"
                + "ob.aspsp.url=https://ob19-rs1.o3bank.co.uk:4501\n");
        for (String key : List.of("fhir.server.base", "FHIR_BASE_URL", "SMART_FHIR_URL", "dhis2.url", "ob.aspsp.url")) {
            assertThat(onKey(findings, key)).as(key)
                    .containsExactly(Tuple.tuple("sandbox.provider-host", Severity.NO_GO));
        }
    }

    @Test
    void ownFhirAndDhis2ServersAndTheFhirPackageRegistryStayClean() {
        List<Finding> findings = SandboxRuleChecks.production("fhir.server.base=https://fhir.hospital-north.org/fhir\n"
                + "hapi.fhir.implementationguides.us.packageUrl=https://packages.fhir.org/hl7.fhir.us.core\n"
                + "dhis2.url=https://hmis.health.go.ke\n"
                + "ob.aspsp.url=https://ob.bank-north.co.uk/open-banking/v3.1\n");
        assertThat(findings).isEmpty();
    }

    @Test
    void aConsoleEditorOrPortalOnLoopbackIsAPublicUrlAndTheirApisAreNot() {
        List<Finding> findings = SandboxRuleChecks.production("CONSOLE_WEB_URL=http://localhost:3000\n"
                + "N8N_EDITOR_BASE_URL=http://localhost:5678\n"
                + "PORTAL_URL=http://127.0.0.1:8080/portal\n"
                + "CONSOLE_API_URL=http://localhost:5001\n");
        for (String key : List.of("CONSOLE_WEB_URL", "N8N_EDITOR_BASE_URL", "PORTAL_URL")) {
            assertThat(onKey(findings, key)).as(key)
                    .containsExactly(Tuple.tuple("sandbox.local-public-url", Severity.NO_GO));
        }
        assertThat(onKey(findings, "CONSOLE_API_URL"))
                .containsExactly(Tuple.tuple("sandbox.local-host", Severity.WARN));
    }

    @Test
    void helmsScaffoldHostIsATemplateUnlessItsIngressIsSwitchedOff() {
        List<Finding> findings = SandboxRuleChecks.production("ingress.enabled=true\n"
                + "ingress.hosts[0].host=chart-example.local\n"
                + "PRINTER_HOST=printer.local\n");
        assertThat(onKey(findings, "ingress.hosts[0].host"))
                .containsExactly(Tuple.tuple("sandbox.reserved-host", Severity.NO_GO));
        assertThat(onKey(findings, "PRINTER_HOST")).containsExactly(Tuple.tuple("sandbox.local-host", Severity.WARN));
        List<Finding> off = SandboxRuleChecks.production("ingress.enabled=false\n"
                + "ingress.hosts[0].host=chart-example.local\n"
                + "backend.env.DATABASE_HOST=postgres-postgresql.db.svc.cluster.local\n");
        assertThat(off).isEmpty();
    }
}
