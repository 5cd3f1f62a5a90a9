package dev.readiness.gates.sandbox;

import java.util.List;
import java.util.Set;

/**
 * Keys whose address people open, read when a loopback URL there would otherwise be a {@code sandbox.local-host} WARN
 * (a sidecar may listen on loopback; a person's browser never reaches one): a user interface's address
 * ({@code ALEPH_UI_URL}, {@code dspace.ui.url}, Kratos's {@code selfservice.flows.login.ui_url}), the {@code www}
 * site ({@code WWW_URL}), a back office, storefront or panel ({@code JOANIE_BACKOFFICE_BASE_URL},
 * {@code ADMIN_PANEL_LINK}), a console, editor or portal ({@code CONSOLE_WEB_URL} of Dify, n8n's
 * {@code N8N_EDITOR_BASE_URL}, {@code PORTAL_URL}), any link handed to people ({@code …_LINK}), a named application's address
 * ({@code STAFF_APP_URL}, {@code CRATER_APP_URL}), and the server's own URL written alone on a loopback name
 * ({@code SERVER_URL=http://localhost:3000}, the address Evolution API, Shelf and PayMob-style services give their
 * clients and webhooks; DHIS2's {@code server.base.url}, the base of its links and OAuth2 redirects). A server's URL on the loopback address itself ({@code SERVER_URL=http://127.0.0.1:8080/app})
 * is how a service writes a call to itself (Parse's Cloud Code, a desktop application's local back end), and another
 * server's URL ({@code OLLAMA_SERVER_URL}, {@code PROOF_SERVER_URL}) is a local helper's. A user interface's
 * definition store ({@code ccd.ui-definition.host}) or a host or bind key ({@code www.host}) names no address
 * people open; the word must stand right before the address word.
 */
final class OpenedAddresses {

    /** Words that, right before an address word, name what people open in a browser. */
    private static final Set<String> OPENED = Set.of("ui", "webui", "www", "backoffice", "storefront", "panel",
            "frontoffice", "home", "homepage", "webserver", "console", "editor", "portal");

    /** Address words a URL's key ends in. */
    private static final Set<String> URL_WORDS = Set.of("url", "uri", "baseurl");

    private OpenedAddresses() {
    }

    /**
     * Whether the key names an address people open.
     *
     * @param words the key's lower-case words
     * @param host the loopback host the value names
     * @return {@code true} for such a key
     */
    static boolean named(List<String> words, String host) {
        int size = words.size();
        if (size == 0) {
            return false;
        }
        String last = words.get(size - 1);
        if (last.equals("link") || last.equals("links") || last.equals("home")) {
            return size >= 2;
        }
        if (!URL_WORDS.contains(last) || size < 2) {
            return false;
        }
        int before = size - 2;
        if (words.get(before).equals("base") && before > 0) {
            before--;
        }
        if (words.get(before).equals("web") && before > 0 && OPENED.contains(words.get(before - 1))) {
            before--; // Dify's CONSOLE_WEB_URL: the console's web address
        }
        String word = words.get(before);
        return OPENED.contains(word)
                || word.equals("app") && before >= 1 && before == size - 2 && last.equals("url")
                || (size == 2 && !last.equals("baseurl") || size == 3 && before == 0 && last.equals("url"))
                        && word.equals("server") && !host.isEmpty()
                        && !(host.charAt(0) >= '0' && host.charAt(0) <= '9') && host.charAt(0) != '[';
    }
}
