package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A service's own public site URL left empty: {@code ckan.site_url=}, Mattermost's {@code ServiceSettings.SiteURL=},
 * {@code SITE_URL=}. The service builds every link it sends out of it (password resets, invitations, notification
 * e-mails, OAuth callbacks, API links); CKAN refuses to start without it, Mattermost sends e-mails whose links lead
 * nowhere. Only a key that is the site URL itself is read: its last
 * segment's words {@code site url} ({@code siteurl}) with at most one word (a product) before them, below at most one
 * section ({@code ckan.}, {@code ServiceSettings.}). A longer key names some other site
 * ({@code C3_OFFICIAL_SITE_URL}, an optional link to an organisation's home page), a deeper one a component's
 * ({@code external_image_storage.webdav.site_url}), a section holding an API key or token is a client of another
 * site ({@code OR_SITE_URL} beside {@code OR_API_KEY}: OpenRouter's optional ranking header), and a key with a
 * {@code ${X:}} reference is judged where the variable is filled in.
 *
 * <p>Also the service's own server name left empty (fortieth pass): a key that is {@code server_name} and nothing
 * else, at the top level or below a production section ({@code production.server_name=}), the host a Rails
 * application such as CONSUL builds every e-mail link from. A name with more words is some component's
 * ({@code ZBX_SERVER_NAME}, Zabbix's display name; Dendrite's {@code well_known_server_name}), a name below another
 * section is that section's ({@code tls.server_name}, the certificate name AdGuard checks when TLS is on), and
 * {@code serverName} of a data source is the database's host, judged by the database gate. Stateless.
 */
final class EmptySiteUrls {

    private static final int MAX_WORDS = 3;

    /** The sections a production server name may sit below: the stage block of a multi-stage file. */
    private static final java.util.Set<String> PRODUCTION_SECTIONS = java.util.Set.of("production", "prod");

    private EmptySiteUrls() {
    }

    /**
     * Whether the key's section also holds an API key or token ({@code OR_SITE_URL} beside {@code OR_API_KEY}): then
     * the section is this service's client of another one (OpenRouter, where the site URL is an optional ranking
     * header), not the service's own site.
     */
    private static boolean clientOfAnotherSite(Settings settings, String canonicalKey) {
        String section = canonicalKey.substring(0, canonicalKey.length() - "siteurl".length());
        return !section.isEmpty() && (settings.get(section + "apikey").isPresent()
                || settings.get(section + "apitoken").isPresent() || settings.get(section + "token").isPresent());
    }

    /**
     * The finding on an empty public site URL, or {@code null}.
     *
     * @param settings the snapshot, for the section's own credential
     * @param setting a setting whose value is empty, judged for production
     * @return a NO-GO {@code sandbox.site-url-empty}, or {@code null} when the key is no site URL
     */
    static @Nullable Finding judge(Settings settings, Setting setting) {
        String key = setting.key();
        int length = key.length();
        if (length >= 11 && (key.charAt(length - 1) | 0x20) == 'e') {
            return ownServerName(key) ? serverNameFinding(setting) : null;
        }
        if (length < 7 || (key.charAt(length - 1) | 0x20) != 'l') {
            return null; // the key's own first test: it ends in url
        }
        int dot = key.lastIndexOf('.');
        if (dot >= 0 && key.lastIndexOf('.', dot - 1) >= 0) {
            return null; // a site URL nested deeper belongs to something else (a storage's, a bridge's)
        }
        List<String> words = KeyWords.of(key.substring(dot + 1));
        int size = words.size();
        boolean site = size >= 2 && size <= MAX_WORDS && words.get(size - 1).equals("url")
                && words.get(size - 2).equals("site")
                || size >= 1 && size <= MAX_WORDS - 1 && words.get(size - 1).equals("siteurl");
        if (!site || clientOfAnotherSite(settings, setting.canonicalKey())) {
            return null;
        }
        return Finding.noGo("sandbox.site-url-empty", setting)
                .message(SandboxFindings.format("%s, the service's public site URL, is empty in production: every link"
                        + " it builds for users (e-mails, password resets, invitations, OAuth callbacks) has no site"
                        + " to lead to, and some services refuse to start without it.", key))
                .remediation("Set " + key + " to the address users reach the service at (https and its public host"
                        + " name).")
                .build();
    }

    /**
     * Whether the key is the service's own server name: the words {@code server name} alone, at the top level or
     * below a production section.
     */
    private static boolean ownServerName(String key) {
        int dot = key.lastIndexOf('.');
        if (dot >= 0 && (key.lastIndexOf('.', dot - 1) >= 0
                || !PRODUCTION_SECTIONS.contains(key.substring(0, dot).toLowerCase(java.util.Locale.ROOT)))) {
            return false;
        }
        List<String> words = KeyWords.of(key.substring(dot + 1));
        return words.size() == 2 && words.get(0).equals("server") && words.get(1).equals("name");
    }

    private static Finding serverNameFinding(Setting setting) {
        String key = setting.key();
        return Finding.noGo("sandbox.site-url-empty", setting)
                .message(SandboxFindings.format("%s, the service's own server name, is empty in production: the links"
                        + " it builds from it (e-mails, password resets, notifications) have no host to lead to.",
                        key))
                .remediation("Set " + key + " to the public host name users reach the service at.")
                .build();
    }
}
