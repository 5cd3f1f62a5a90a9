package dev.readiness.examples.rappit;

import dev.readiness.Finding;
import dev.readiness.Gate;
import dev.readiness.GateContext;
import dev.readiness.Outcome;
import dev.readiness.Stage;
import dev.readiness.settings.Setting;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * GATE-002 of rappit's checklist, sharpened with what rappit knows about its two carriers: the documented
 * production and sandbox addresses of DHL Express (MyDHL API) and FedEx. "API URLs do NOT contain sandbox or test"
 * needs no custom code: the built-in {@code sandbox} gate already reports DHL's {@code /mydhlapi/test} path
 * ({@code sandbox.test-path}) and FedEx's {@code apis-sandbox.fedex.com} ({@code sandbox.provider-host}) in
 * production, so this gate says nothing about a known sandbox address and adds what only rappit knows: which hosts
 * its carriers are reached at. Immutable and thread-safe.
 *
 * <p>Findings (gate {@code rappit.carrier-urls}):
 * <ul>
 *   <li>{@code rappit.carrier-urls.not-https}: a plain-HTTP carrier URL in production: NO-GO.</li>
 *   <li>{@code rappit.carrier-urls.unknown-host}: neither the carrier's production nor its sandbox host, e.g. a mock
 *       server left in: WARN in production (an egress proxy is legitimate; waive it with a reason).</li>
 *   <li>{@code rappit.carrier-urls.malformed}: not an absolute URL: NO-GO in staging and production.</li>
 * </ul>
 * Development and test are not judged; in staging, sandboxes are expected (GATE-004). Absent keys are the
 * {@code settings} gate's business.
 */
public final class CarrierUrlsGate implements Gate {

    /**
     * One carrier's documented endpoints.
     *
     * @param name the carrier's name for messages
     * @param key the setting holding its base URL
     * @param productionHost the production host
     * @param sandboxHost the sandbox host (may equal the production host when only the path differs)
     * @param sandboxPath a path prefix that selects the sandbox, or empty
     */
    record Carrier(String name, String key, String productionHost, String sandboxHost, String sandboxPath) {
    }

    static final List<Carrier> CARRIERS = List.of(
            // https://developer.dhl.com/api-reference/dhl-express-mydhl-api (servers: production and test)
            new Carrier("DHL Express", "DHL_API_URL", "express.api.dhl.com", "express.api.dhl.com", "/mydhlapi/test"),
            // https://developer.fedex.com/api/en-us/guides/api-reference.html (sandbox and production URLs)
            new Carrier("FedEx", "FEDEX_API_URL", "apis.fedex.com", "apis-sandbox.fedex.com", ""));

    @Override
    public String id() {
        return "rappit.carrier-urls";
    }

    @Override
    public String description() {
        return "carrier APIs (DHL, FedEx) point at production in production";
    }

    @Override
    public Outcome check(GateContext context) {
        Stage stage = context.stage();
        if (stage != Stage.STAGING && stage != Stage.PRODUCTION) {
            return Outcome.go();
        }
        List<Finding> findings = new ArrayList<>();
        for (Carrier carrier : CARRIERS) {
            Optional<Setting> found = context.settings().get(carrier.key())
                    .filter(s -> !s.value().isBlank() && !s.isDeferred());
            if (found.isEmpty()) {
                continue;
            }
            Setting setting = found.get();
            URI uri;
            try {
                uri = new URI(setting.value().trim());
            } catch (URISyntaxException e) {
                uri = null;
            }
            if (uri == null || uri.getScheme() == null || uri.getHost() == null) {
                findings.add(Finding.noGo(id() + ".malformed", setting)
                        .message("is not an absolute URL; " + carrier.name() + " calls would fail")
                        .remediation("set it to https://" + carrier.productionHost())
                        .build());
                continue;
            }
            if (stage != Stage.PRODUCTION) {
                continue;
            }
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            String path = uri.getPath() == null ? "" : uri.getPath().toLowerCase(Locale.ROOT);
            boolean sandbox = (!carrier.sandboxHost().equals(carrier.productionHost())
                    && host.equals(carrier.sandboxHost()))
                    || (!carrier.sandboxPath().isEmpty() && host.equals(carrier.sandboxHost())
                    && (path.equals(carrier.sandboxPath()) || path.startsWith(carrier.sandboxPath() + "/")));
            if (sandbox) {
                continue; // the built-in sandbox gate reports it (sandbox.test-path, sandbox.provider-host)
            }
            if (!"https".equalsIgnoreCase(uri.getScheme())) {
                findings.add(Finding.noGo(id() + ".not-https", setting)
                        .message("calls " + carrier.name() + " over " + uri.getScheme() + ", not https")
                        .remediation("use https://" + carrier.productionHost())
                        .build());
            } else if (!host.equals(carrier.productionHost())) {
                findings.add(Finding.warn(id() + ".unknown-host", setting)
                        .message("points at '" + host + "', not " + carrier.name() + "'s production host "
                                + carrier.productionHost())
                        .remediation("use https://" + carrier.productionHost() + "; if calls go through an egress "
                                + "proxy on purpose, waive rappit.carrier-urls.unknown-host for this key with a reason")
                        .build());
            }
        }
        return Outcome.of(findings);
    }
}
