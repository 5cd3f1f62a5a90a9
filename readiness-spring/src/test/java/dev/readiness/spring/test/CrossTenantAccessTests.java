package dev.readiness.spring.test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

class CrossTenantAccessTests {

    private static final Map<Long, String> OWNERS = Map.of(42L, "A");
    private static final String CANARY_BODY = "invoice-body-canary-Zx81";

    /** Answers another tenant as if the invoice did not exist. */
    @RestController
    static class IsolatedInvoices {
        @GetMapping("/invoices/{id}")
        ResponseEntity<String> get(@PathVariable long id, @RequestHeader("X-Tenant") String tenant) {
            return tenant.equals(OWNERS.get(id)) ? ResponseEntity.ok(CANARY_BODY) : ResponseEntity.notFound().build();
        }

        @DeleteMapping("/invoices/{id}")
        ResponseEntity<Void> delete(@PathVariable long id, @RequestHeader("X-Tenant") String tenant) {
            return tenant.equals(OWNERS.get(id)) ? ResponseEntity.noContent().build()
                    : ResponseEntity.notFound().build();
        }
    }

    /** Tells another tenant the invoice exists. */
    @RestController
    static class ForbiddingInvoices {
        @GetMapping("/invoices/{id}")
        ResponseEntity<String> get(@PathVariable long id, @RequestHeader("X-Tenant") String tenant) {
            return tenant.equals(OWNERS.get(id)) ? ResponseEntity.ok(CANARY_BODY)
                    : ResponseEntity.status(HttpStatus.FORBIDDEN).body(CANARY_BODY);
        }
    }

    /** Never looks at the tenant. */
    @RestController
    static class LeakyInvoices {
        @GetMapping("/invoices/{id}")
        ResponseEntity<String> get(@PathVariable long id) {
            return ResponseEntity.ok(CANARY_BODY);
        }
    }

    /** Finds nothing for anybody, so a 404 proves nothing. */
    @RestController
    static class EmptyInvoices {
        @GetMapping("/invoices/{id}")
        ResponseEntity<String> get(@PathVariable long id) {
            return ResponseEntity.notFound().build();
        }
    }

    private static MockMvc mvc(Object controller) {
        return MockMvcBuilders.standaloneSetup(controller).build();
    }

    private static void check(Object controller) throws Exception {
        CrossTenantAccess.assertHiddenFromOtherTenants(mvc(controller), () -> get("/invoices/{id}", 42),
                CrossTenantAccess.header("X-Tenant", "A"), CrossTenantAccess.header("X-Tenant", "B"),
                CrossTenantAccess.header("X-Tenant", "C"));
    }

    @Test
    void assertWhenOtherTenantsGet404ShouldPass() {
        assertThatCode(() -> check(new IsolatedInvoices())).doesNotThrowAnyException();
    }

    @Test
    void assertWhenOtherTenantsGet404OnDeleteShouldPass() {
        assertThatCode(() -> CrossTenantAccess.assertHiddenFromOtherTenants(mvc(new IsolatedInvoices()),
                () -> delete("/invoices/42"), CrossTenantAccess.header("X-Tenant", "A"),
                CrossTenantAccess.header("X-Tenant", "B"))).doesNotThrowAnyException();
    }

    @Test
    void assertWhenAnotherTenantGets403ShouldFailNamingRequestAndStatus() {
        assertThatThrownBy(() -> check(new ForbiddingInvoices())).isInstanceOf(AssertionError.class)
                .hasMessageContaining("GET /invoices/42 as another tenant answered 403 Forbidden")
                .hasMessageContaining("must answer 404").hasMessageNotContaining("Zx81");
    }

    @Test
    void assertWhenAnotherTenantGets200ShouldFailAsALeak() {
        assertThatThrownBy(() -> check(new LeakyInvoices())).isInstanceOf(AssertionError.class)
                .hasMessageContaining("GET /invoices/42 as another tenant answered 200")
                .hasMessageContaining("cross-tenant leak").hasMessageNotContaining("Zx81");
    }

    @Test
    void assertWhenTheOwnerIsRefusedTooShouldFailBecauseItProvesNothing() {
        assertThatThrownBy(() -> check(new EmptyInvoices())).isInstanceOf(AssertionError.class)
                .hasMessageContaining("GET /invoices/42 as the owning tenant answered 404, not 2xx");
    }

    @Test
    void assertWithoutOtherTenantsShouldRejectTheCall() {
        assertThatThrownBy(() -> CrossTenantAccess.assertHiddenFromOtherTenants(mvc(new IsolatedInvoices()),
                () -> get("/invoices/42"), CrossTenantAccess.header("X-Tenant", "A")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one other tenant");
    }
}
