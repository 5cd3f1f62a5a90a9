package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.gates.internal.AsciiCase;
import dev.readiness.gates.internal.Hosts;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A web framework's Host-header allow-list that admits the local machine only, in production: Django's
 * {@code ALLOWED_HOSTS=localhost,127.0.0.1}, ASP.NET Core's {@code AllowedHosts=localhost}. Every request addressed
 * to the site's real name is refused (Django answers 400), so the list is a development setup's. Loopback entries
 * beside the site's own names ({@code ALLOWED_HOSTS=shop.example.org,127.0.0.1}, for health checks inside the
 * container) and a service name of the deployment ({@code app}, {@code nginx}) are the team's choice; a product's
 * own list ({@code MCP_ALLOWED_HOSTS}, a local tool's) is not read. Stateless.
 */
final class HostAllowLists {

    private static final int MAX_LENGTH = 200;
    /** The ending of every key {@link #judge} reads; a caller may test it first and leave this class unloaded. */
    static final String KEY_ENDING = "hosts";

    private HostAllowLists() {
    }

    /**
     * The finding on a site's Host allow-list that names loopback only.
     *
     * @param settings all settings, read for a list's second item
     * @param setting the setting, judged for production
     * @return a NO-GO {@code sandbox.local-public-url}, or {@code null}
     */
    static @Nullable Finding judge(Settings settings, Setting setting) {
        String key = setting.key();
        if (AsciiCase.endsWith(key, FIRST_ITEM_ENDING)) {
            return onlyItemLoopback(settings, setting);
        }
        if (AsciiCase.endsWith(key, ALLOWED_ENDING) || !AsciiCase.endsWith(key, KEY_ENDING)
                || !namesSiteAllowList(KeyWords.of(key))) {
            return templateEntry(setting);
        }
        String value = setting.value().strip();
        if (value.isEmpty() || value.length() > MAX_LENGTH || !onlyLoopback(value)) {
            return templateEntry(setting);
        }
        return Finding.noGo("sandbox.local-public-url", setting)
                .message(SandboxFindings.format("%s admits only requests addressed to the local machine in "
                        + "production: every request for the site's real host name is refused.", key))
                .remediation("List the production site's host names in " + key + " (loopback entries may stay "
                        + "beside them for health checks).")
                .build();
    }

    /**
     * Matomo's {@code [General] trusted_hosts[] = "localhost:9090"} as its only entry ({@code trusted_hosts[0]} with no
     * {@code trusted_hosts[1]}): Matomo refuses, or warns on, every request addressed to any other host, so the list
     * is a developer's install (thirty-eighth pass). A loopback first entry beside the real host names is the team's.
     */
    private static @Nullable Finding onlyItemLoopback(Settings settings, Setting setting) {
        String key = setting.key();
        String list = key.substring(0, key.length() - FIRST_ITEM_ENDING.length());
        if (!AsciiCase.endsWith(list, KEY_ENDING)) {
            return null;
        }
        List<String> words = KeyWords.of(list);
        int size = words.size();
        if (size < 2 || size > 3 || !words.get(size - 1).equals("hosts") || !words.get(size - 2).equals("trusted")
                || settings.get(list + "[1]").isPresent()) {
            return null;
        }
        String value = setting.value().strip();
        if (value.isEmpty() || value.length() > MAX_LENGTH || !onlyLoopback(value)) {
            return null;
        }
        return Finding.noGo("sandbox.local-public-url", setting)
                .message(SandboxFindings.format("%s is the only trusted host, and it is the local machine, in "
                        + "production: requests addressed to the site's real host name are refused.", key))
                .remediation("List the production site's host name in " + list + " (a loopback entry may stay beside "
                        + "it).")
                .build();
    }

    /** The ending of a list's first item, {@code trusted_hosts[0]}. */
    static final String FIRST_ITEM_ENDING = "[0]";

    /**
     * The finding on an allow-list of hosts or addresses that holds an entry never filled in: Liferay's
     * {@code tunnel.servlet.hosts.allowed=127.0.0.1,SERVER_IP} and {@code redirect.url.ips.allowed=…,SERVER_IP},
     * Django's {@code ALLOWED_HOSTS=localhost,your-domain} ({@link Hosts#isTemplateName}): the host that should be
     * admitted is not, and the list reads as if it were (thirty-sixth pass). Real names, addresses and wildcards are
     * not read.
     */
    private static @Nullable Finding templateEntry(Setting setting) {
        List<String> words = KeyWords.of(setting.key());
        int size = words.size();
        if (size < 2 || !ALLOW_WORDS.contains(words.get(size - 1)) && !ALLOW_WORDS.contains(words.get(size - 2))
                || !LISTED_WORDS.contains(words.get(size - 1)) && !LISTED_WORDS.contains(words.get(size - 2))) {
            return null;
        }
        String value = setting.value().strip();
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            return null;
        }
        for (String item : entries(value)) {
            if (item.indexOf('.') < 0 && Hosts.isTemplateName(withoutPort(item).toLowerCase(java.util.Locale.ROOT))) {
                return Finding.noGo("sandbox.reserved-host", setting)
                        .message(SandboxFindings.format("%s lists template text where a host or address belongs: the"
                                + " machine it should admit is never named.", setting.key()))
                        .remediation("Replace the template entry in " + setting.key() + " with the real host names or"
                                + " addresses, or remove it.")
                        .build();
            }
        }
        return null;
    }

    static final String ALLOWED_ENDING = "allowed";
    private static final java.util.Set<String> ALLOW_WORDS = java.util.Set.of("allowed", "allow", "whitelist",
            "trusted");
    private static final java.util.Set<String> LISTED_WORDS = java.util.Set.of("hosts", "ips", "addresses",
            "origins");

    private static boolean namesSiteAllowList(List<String> words) {
        int size = words.size();
        if (size == 1) {
            return words.get(0).equals("allowedhosts");
        }
        if (!words.get(size - 1).equals("hosts") || !words.get(size - 2).equals("allowed")) {
            return false;
        }
        return size == 2 || size == 3 && words.get(0).equals("django");
    }

    private static boolean onlyLoopback(String value) {
        List<String> entries = entries(value);
        for (String item : entries) {
            if (!Hosts.isLoopback(withoutPort(item))) {
                return false;
            }
        }
        return !entries.isEmpty();
    }

    /** The list's entries, split at commas, semicolons and blanks, without empty ones and list brackets. */
    private static List<String> entries(String value) {
        List<String> entries = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 0; i <= value.length(); i++) {
            char c = i < value.length() ? value.charAt(i) : ',';
            if (c == ',' || c == ';' || c == ' ' || c == '\t') {
                String item = trimmed(value, start, i);
                start = i + 1;
                if (!item.isEmpty()) {
                    entries.add(item);
                }
            }
        }
        return entries;
    }

    /** The text between two indexes without the brackets and quotes a list writes around an item. */
    static String trimmed(String value, int from, int to) {
        int start = from;
        int end = to;
        while (start < end && "[]'\"".indexOf(value.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && "[]'\"".indexOf(value.charAt(end - 1)) >= 0) {
            end--;
        }
        return value.substring(start, end);
    }

    private static String withoutPort(String item) {
        int colon = item.lastIndexOf(':');
        if (colon > 0 && item.indexOf(':') == colon) {
            return item.substring(0, colon);
        }
        return item;
    }
}
