package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.gates.internal.Hosts;
import dev.readiness.settings.Setting;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A site's own web address on a private network, where {@link LanAddresses} reads only the addresses a provider sends
 * the browser back to. Two shapes say the address is the one people open, not one a back end calls:
 * <ul>
 * <li>A name under a wildcard-DNS service that embeds a private address ({@code https://ntfy.192-168-178-31.sslip.io},
 * {@code castopod.192.168.1.3.nip.io}) under any address key. Such a name exists to give a LAN machine a host name
 * for virtual hosts and certificates, that is for browsers; services inside a network call each other by the address
 * itself. A wildcard name that embeds a public address is a real deployment's and is not read.</li>
 * <li>A private address literal under a key that names the application's own page: {@code APP_URL},
 * {@code app_root_url}, {@code APP_HOMEPAGE_URL} ({@code http://192.168.1.200}). Links in mails, redirects and
 * pages are built from it; only machines on that one LAN reach them. {@code SITE_URL} on a private address stays an
 * intranet's site, as the seventeenth and twenty-third passes pinned it; no labelled row contests it. An API's or a service's base URL
 * ({@code client.hr.baseUrl}, {@code MLFLOW_TRACKING_URI}) is how services inside a network talk and is not read.</li>
 * </ul>
 * WARN {@code sandbox.local-host}, as {@link LanAddresses}: an intranet may mean it. Stateless.
 */
final class LanSiteAddresses {

    /** The word before {@code url}/{@code uri} that makes the key the site's own page address. */
    private static final Set<String> SITE_WORDS = Set.of("app", "root", "home", "homepage");

    private LanSiteAddresses() {
    }

    /**
     * The finding on a site address on a private network, or {@code null}.
     *
     * @param setting the setting
     * @param words the key's words
     * @param classes the key's classes
     * @param endpoint the value's only endpoint, which the judge found unremarkable
     * @return a WARN {@code sandbox.local-host}, or {@code null}
     */
    static @Nullable Finding judge(Setting setting, List<String> words, EnumSet<KeyClass> classes, Endpoint endpoint) {
        String host = endpoint.host();
        int length = host.length();
        if (length < 7 || classes.contains(KeyClass.SIDECAR) || classes.contains(KeyClass.DATABASE)
                || classes.contains(KeyClass.INTERNAL) || classes.contains(KeyClass.CREDENTIAL)
                || classes.contains(KeyClass.ALLOW_LIST) || classes.contains(KeyClass.OWN_ADDRESS)) {
            return null;
        }
        char first = host.charAt(0);
        char last = host.charAt(length - 1);
        String address;
        if (last == 'o' && (classes.contains(KeyClass.ENDPOINT) || classes.contains(KeyClass.PUBLIC))) {
            address = HostNames.addressOfIpDomain(host); // nip.io, sslip.io, xip.io
        } else if (first >= '0' && first <= '9' && namesSitePage(words) && webScheme(endpoint.scheme())) {
            address = host;
        } else {
            return null;
        }
        if (address == null || Hosts.kind(address) != Hosts.Kind.PRIVATE) {
            return null;
        }
        return Finding.warn("sandbox.local-host", setting)
                .message(SandboxFindings.format("%s is the site's address people open, and it resolves to a "
                        + "private-network address in production: only machines on that one network reach it, so "
                        + "links, redirects and mails built from it land nowhere elsewhere.", setting.key()))
                .remediation("Set the public URL of the production deployment (https://its-domain/…).")
                .build();
    }

    /** {@code http}, {@code https}, or none written ({@code APP_URL=192.168.5.2:8000}). */
    private static boolean webScheme(@Nullable String scheme) {
        return scheme == null || scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https");
    }

    /**
     * Whether the key ends in the site's own page address: {@code url} or {@code uri} after {@code app},
     * {@code root}, {@code home} or {@code homepage} ({@code APP_URL}, {@code app_root_url}, {@code APP_HOMEPAGE_URL}).
     */
    static boolean namesSitePage(List<String> words) {
        int size = words.size();
        if (size < 2) {
            return false;
        }
        String last = words.get(size - 1);
        return (last.equals("url") || last.equals("uri")) && SITE_WORDS.contains(words.get(size - 2));
    }
}
