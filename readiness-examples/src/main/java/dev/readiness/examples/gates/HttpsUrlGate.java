package dev.readiness.examples.gates;

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
import java.util.Objects;
import java.util.Optional;

/**
 * URLs that must use HTTPS in production: the public API address a front end calls, the base URL providers send
 * webhooks to, an alerting webhook. Immutable and thread-safe.
 *
 * <p>Findings in production (other stages are not judged):
 * <ul>
 *   <li>{@code <id>.not-https}: the URL's scheme is not {@code https}: NO-GO.</li>
 *   <li>{@code <id>.malformed}: the value is not an absolute URL with a host: NO-GO.</li>
 * </ul>
 * Such URLs may carry credentials (a Slack webhook path, a DSN's key), so findings name the key, never the URL.
 * Absent or blank keys say nothing.
 */
public final class HttpsUrlGate implements Gate {

    private final String id;
    private final List<String> keys;

    /**
     * A gate over the given keys.
     *
     * @param id the gate id, e.g. {@code shopee.https}
     * @param keys the keys holding URLs, in any spelling
     */
    public HttpsUrlGate(String id, String... keys) {
        this.id = Objects.requireNonNull(id, "id");
        if (keys.length == 0) {
            throw new IllegalArgumentException("at least one key is required, but none was given");
        }
        this.keys = List.of(keys);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String description() {
        return "public URLs use HTTPS in production (" + String.join(", ", keys) + ")";
    }

    @Override
    public Outcome check(GateContext context) {
        if (context.stage() != Stage.PRODUCTION) {
            return Outcome.go();
        }
        List<Finding> findings = new ArrayList<>();
        for (String key : keys) {
            Optional<Setting> found = context.settings().get(key)
                    .filter(setting -> !setting.value().isBlank() && !setting.isDeferred());
            if (found.isEmpty()) {
                continue;
            }
            Setting setting = found.get();
            Optional<URI> uri = parse(setting.value().trim());
            if (uri.isEmpty()) {
                findings.add(Finding.noGo(id + ".malformed", setting)
                        .message("is not an absolute URL with a host")
                        .remediation("set it to the full https:// URL")
                        .build());
            } else if (!"https".equalsIgnoreCase(uri.get().getScheme())) {
                findings.add(Finding.noGo(id + ".not-https", setting)
                        .message("uses the scheme '" + uri.get().getScheme() + "' in production, not https: "
                                + "requests and the credentials they carry travel in clear text")
                        .remediation("use the https:// URL (and redirect HTTP to HTTPS at the proxy)")
                        .build());
            }
        }
        return Outcome.of(findings);
    }

    private static Optional<URI> parse(String value) {
        try {
            URI uri = new URI(value);
            if (uri.getScheme() == null || uri.getHost() == null || uri.getHost().isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
