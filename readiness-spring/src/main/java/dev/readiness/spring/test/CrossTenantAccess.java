package dev.readiness.spring.test;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Asserts that a resource of one tenant, requested as another tenant, answers {@code 404 Not Found}: not
 * {@code 200} (a leak) and not {@code 403 Forbidden} (which confirms that the resource exists elsewhere). The owner's
 * request is made first and must succeed, so that a 404 for everyone cannot pass for isolation:
 *
 * <pre>{@code
 * CrossTenantAccess.assertHiddenFromOtherTenants(mockMvc, () -> get("/invoices/{id}", invoiceOfA),
 *         CrossTenantAccess.header("X-Tenant", "A"), CrossTenantAccess.header("X-Tenant", "B"));
 * }</pre>
 *
 * The tenants are {@link RequestPostProcessor}s, e.g. a header as above or spring-security-test's
 * {@code jwt().jwt(token -> token.claim("org_id", "B"))}. Failure messages name the method, URI and status, never
 * the response body. Stateless and thread-safe.
 */
public final class CrossTenantAccess {

    private static final int NOT_FOUND = 404;
    private static final int FORBIDDEN = 403;

    private CrossTenantAccess() {
    }

    /**
     * Requests a resource as its owner (must answer 2xx) and as every other tenant (must answer 404).
     *
     * @param mvc the MockMvc of the application under test
     * @param request makes a fresh request each time it is called, e.g. {@code () -> get("/invoices/{id}", id)}
     * @param asOwner makes the request as the tenant that owns the resource
     * @param asOtherTenants make the request as other tenants
     * @throws AssertionError when the owner is refused or another tenant gets anything but 404
     * @throws Exception when MockMvc fails to perform the request
     */
    public static void assertHiddenFromOtherTenants(MockMvc mvc,
            Supplier<? extends MockHttpServletRequestBuilder> request, RequestPostProcessor asOwner,
            RequestPostProcessor... asOtherTenants) throws Exception {
        Objects.requireNonNull(mvc, "mvc");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(asOwner, "asOwner");
        if (asOtherTenants.length == 0) {
            throw new IllegalArgumentException("asOtherTenants must name at least one other tenant");
        }
        MvcResult owner = mvc.perform(request.get().with(asOwner)).andReturn();
        int ownerStatus = owner.getResponse().getStatus();
        if (ownerStatus < 200 || ownerStatus > 299) {
            throw new AssertionError(describe(owner) + " as the owning tenant answered " + ownerStatus
                    + ", not 2xx: the cross-tenant check proves nothing until the owner can read its own resource."
                    + " Check the request and the owner's credentials.");
        }
        for (RequestPostProcessor asOther : asOtherTenants) {
            MvcResult other = mvc.perform(request.get().with(asOther)).andReturn();
            int status = other.getResponse().getStatus();
            if (status == NOT_FOUND) {
                continue;
            }
            String what = describe(other) + " as another tenant answered " + status;
            if (status == FORBIDDEN) {
                throw new AssertionError(what + " Forbidden, which tells that tenant the resource exists:"
                        + " cross-tenant access must answer 404 Not Found, exactly as for a resource that does not"
                        + " exist.");
            }
            if (status >= 200 && status <= 299) {
                throw new AssertionError(what + ": another tenant can reach this resource, a cross-tenant leak."
                        + " Scope the lookup by the tenant key and answer 404 Not Found when it finds nothing.");
            }
            throw new AssertionError(what + ", expected 404 Not Found for a resource of another tenant.");
        }
    }

    /**
     * A tenant given by a request header.
     *
     * @param name the header name, e.g. {@code X-Tenant}
     * @param value the tenant's value
     * @return a post-processor that sets the header
     */
    public static RequestPostProcessor header(String name, String value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        return request -> {
            request.addHeader(name, value);
            return request;
        };
    }

    private static String describe(MvcResult result) {
        return result.getRequest().getMethod().toUpperCase(Locale.ROOT) + " " + result.getRequest().getRequestURI();
    }
}
