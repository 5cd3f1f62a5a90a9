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
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Judges the origins a service lets browsers call it from (CORS): a comma- or space-separated list such as
 * {@code ALLOWED_ORIGINS=https://app.example.org,https://admin.example.org}. Immutable and thread-safe.
 *
 * <p>Findings, with {@code <id>} the gate id:
 * <ul>
 *   <li>{@code <id>.wildcard}: {@code *} (or an origin containing {@code *}) lets every site call the API with the
 *       user's credentials: NO-GO in staging and production.</li>
 *   <li>{@code <id>.localhost}: a loopback origin ({@code localhost}, {@code 127.0.0.1}, {@code [::1]},
 *       {@code 0.0.0.0}) in production: any page a developer serves locally may call production: NO-GO.</li>
 *   <li>{@code <id>.not-https}: a plain {@code http://} origin in production: NO-GO.</li>
 *   <li>{@code <id>.malformed}: an entry that is not {@code scheme://host[:port]}: NO-GO in staging and
 *       production.</li>
 * </ul>
 * In development and test every origin is accepted. An absent key says nothing: declare it required with the
 * {@code settings} gate when the service needs it.
 *
 * <p>Origins are public information (a browser sends them in every request), so findings name the offending
 * origin.
 */
public final class AllowedOriginsGate implements Gate {

    private final String id;
    private final List<String> keys;

    /**
     * A gate over the given keys.
     *
     * @param id the gate id, e.g. {@code rappit.cors}
     * @param keys the keys that hold origin lists, in any spelling (e.g. {@code ALLOWED_ORIGINS})
     */
    public AllowedOriginsGate(String id, String... keys) {
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
        return "CORS origins are explicit HTTPS production origins (" + String.join(", ", keys) + ")";
    }

    @Override
    public Outcome check(GateContext context) {
        Stage stage = context.stage();
        if (stage != Stage.STAGING && stage != Stage.PRODUCTION) {
            return Outcome.go();
        }
        boolean production = stage == Stage.PRODUCTION;
        List<Finding> findings = new ArrayList<>();
        for (String key : keys) {
            Optional<Setting> found = context.settings().get(key);
            if (found.isEmpty() || found.get().isDeferred()) {
                continue;   // a deferred value (`${CORS_ORIGINS}` nothing given defines) is supplied at run time
            }
            Setting setting = found.get();
            for (String origin : setting.value().trim().split("[,\\s]+")) {
                if (origin.isEmpty()) {
                    continue;
                }
                if (origin.contains("*")) {
                    findings.add(Finding.noGo(id + ".wildcard", setting)
                            .message("allows every origin ('" + origin + "'): any web site can call the API with "
                                    + "a signed-in user's credentials")
                            .remediation("list the exact origins of your front ends, e.g. https://app.example.org")
                            .build());
                    continue;
                }
                Optional<URI> uri = parse(origin);
                if (uri.isEmpty()) {
                    findings.add(Finding.noGo(id + ".malformed", setting)
                            .message("has an entry that is not an origin (scheme://host[:port]): '" + origin + "'")
                            .remediation("write each origin as scheme://host[:port], separated by commas")
                            .build());
                    continue;
                }
                if (!production) {
                    continue;
                }
                if (isLoopback(uri.get().getHost())) {
                    findings.add(Finding.noGo(id + ".localhost", setting)
                            .message("allows the loopback origin '" + origin + "' in production")
                            .remediation("remove development origins from the production list")
                            .build());
                } else if (!"https".equals(uri.get().getScheme().toLowerCase(Locale.ROOT))) {
                    findings.add(Finding.noGo(id + ".not-https", setting)
                            .message("allows the plain-HTTP origin '" + origin + "' in production")
                            .remediation("serve the front end over HTTPS and list its https:// origin")
                            .build());
                }
            }
        }
        return Outcome.of(findings);
    }

    private static Optional<URI> parse(String origin) {
        try {
            URI uri = new URI(origin);
            String scheme = uri.getScheme();
            String host = uri.getHost();
            String path = uri.getRawPath();
            boolean bare = (path == null || path.isEmpty() || path.equals("/")) && uri.getRawQuery() == null
                    && uri.getRawFragment() == null && uri.getRawUserInfo() == null;
            if (scheme == null || host == null || host.isEmpty() || !bare
                    || !(scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))) {
                return Optional.empty();
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.equals("localhost") || h.endsWith(".localhost") || h.startsWith("127.") || h.equals("::1")
                || h.equals("0.0.0.0") || h.equals("0:0:0:0:0:0:0:1");
    }
}
