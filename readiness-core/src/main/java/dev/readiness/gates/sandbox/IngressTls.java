package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.gates.internal.AsciiCase;
import dev.readiness.gates.internal.Hosts;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A Helm chart's ingress switched on for a public host with its TLS list left empty ({@code ingress.enabled=true},
 * {@code ingress.hosts[0].host=projects.acme.dev}, {@code ingress.tls=}): the ingress controller then serves that host
 * on plain HTTP only, with no certificate, so every login and session crosses the internet readable. Since the
 * forty-first pass the same holds for an enabled ingress whose rule names no host ({@code ingress.hosts[0].host=},
 * {@code ingress.hosts[0]=}, or only {@code ingress.hosts[0].paths}): a rule without a host matches every name the
 * load balancer receives, the public entry itself; and for one whose host is the chart's example
 * ({@code chart-example.local}, {@code *.example.com}): the deploy fills in the real name, and the TLS list stays as
 * empty as written. An ingress that is off (the chart's default values), no rule at all, a host under an internal
 * suffix ({@code mattermost.cisel.lan}) or a cluster name, and an ingress whose annotations hand TLS to the load
 * balancer or a certificate manager (AWS's {@code alb.ingress.kubernetes.io/certificate-arn}, GKE's managed
 * certificates, Traefik's {@code router.tls}) are not read. Stateless.
 */
final class IngressTls {

    private static final String TLS_ENDING = "ingress.tls";
    private static final int MAX_HOSTS = 8;
    private static final String[] HOST_MEMBERS = {".host", "", ".name"};
    private static final String[] ANNOTATION_WORDS = {"cert", "tls", "ssl"};

    private IngressTls() {
    }

    /**
     * The finding on an enabled ingress's empty TLS list, or {@code null}.
     *
     * @param settings the snapshot, for the ingress's switch, hosts and annotations
     * @param setting a setting whose value is empty, judged for production
     * @return a WARN {@code sandbox.tls-off}, or {@code null}
     */
    static @Nullable Finding emptyList(Settings settings, Setting setting) {
        String key = setting.key();
        if (!AsciiCase.endsWith(key, TLS_ENDING)
                || key.length() > TLS_ENDING.length() && key.charAt(key.length() - TLS_ENDING.length() - 1) != '.') {
            return null;
        }
        String section = key.substring(0, key.length() - "tls".length());
        if (!settings.value(section + "enabled").map(value -> value.strip().equalsIgnoreCase("true")).orElse(false)
                || !servesPublicNames(settings, section) || tlsAnnotated(settings, section)) {
            return null;
        }
        return Finding.warn("sandbox.tls-off", setting)
                .message(key + " is empty while the ingress is enabled for a public host, or for every host, in "
                        + "production: the ingress serves it on plain HTTP with no certificate, so every login, token "
                        + "and page crosses the internet readable.")
                .remediation("List the ingress's hosts under " + key + " with the Secret that holds their certificate "
                        + "(secretName, issued by cert-manager or your CA), or terminate TLS in front and say so with a "
                        + "waiver.")
                .build();
    }

    /**
     * Whether the ingress's rules answer public names: one host is a public DNS name or the chart's example left for
     * the deploy to fill in, or a rule names no host (a catch-all); internal and cluster hosts alone keep it clean.
     */
    private static boolean servesPublicNames(Settings settings, String section) {
        boolean unnamed = false;
        for (int i = 0; i < MAX_HOSTS; i++) {
            boolean any = false;
            for (String member : HOST_MEMBERS) {
                Optional<Setting> host = settings.get(section + "hosts[" + i + "]" + member);
                if (host.isEmpty()) {
                    continue;
                }
                any = true;
                String name = host.get().value().strip();
                if (name.isEmpty()) {
                    unnamed = true;
                } else if (name.indexOf('$') < 0 && name.indexOf('{') < 0
                        && (PlainHttpAddresses.publicName(name) || Hosts.isTemplate(name)
                        || exampleLocal(name))) {
                    return true;
                }
            }
            if (!any) {
                return unnamed || i == 0 && ruleWithoutHost(settings, section + "hosts[0].");
            }
        }
        return unnamed;
    }

    /** Helm's scaffold host, {@code chart-example.local}, and other {@code .local} names labelled {@code example}. */
    private static boolean exampleLocal(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".local") && ExampleLocalNames.named(lower);
    }

    /** Whether the first rule is written with members but no host ({@code hosts[0].paths[0].path=/api}). */
    private static boolean ruleWithoutHost(Settings settings, String rule) {
        for (Setting other : settings) {
            String key = other.key();
            if (key.length() > rule.length() && key.regionMatches(true, 0, rule, 0, rule.length())) {
                return true;
            }
        }
        return false;
    }

    /** Whether an annotation of the ingress names a certificate or TLS: a load balancer or manager terminates it. */
    private static boolean tlsAnnotated(Settings settings, String section) {
        String annotations = section + "annotations";
        for (Setting other : settings) {
            String key = other.key();
            if (key.length() > annotations.length() && key.regionMatches(true, 0, annotations, 0, annotations.length())) {
                String rest = key.substring(annotations.length()).toLowerCase(Locale.ROOT);
                for (String word : ANNOTATION_WORDS) {
                    if (rest.contains(word)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
