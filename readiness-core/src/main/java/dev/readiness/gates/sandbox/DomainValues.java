package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.settings.Setting;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Values of domain keys ({@code APP_DOMAIN}, {@code paypal.domain}, {@code SERVER_HOSTNAME}) that are not host names:
 * the key's own last word ({@code domain}) or template text ({@code your-domain}), or prose describing what to put there (spaces, commas, full-width punctuation,
 * or non-Latin text without a dot), which a template leaves behind. And how a loopback host there is used: a domain
 * key holds the service's public name, so {@code localhost:3000} there is the address users are sent to.
 */
final class DomainValues {

    private static final Set<String> PUBLIC_NAME_WORDS = Set.of("domain", "fqdn", "servername", "domainname");
    private static final Set<String> PUBLIC_HOST_QUALIFIERS = Set.of("public", "external", "app", "site", "web", "base",
            "default", "canonical", "server", "frontend", "root", "main", "primary");

    private DomainValues() {
    }

    /** The finding on template text under a domain key, or {@code null} when the value may be a host. */
    static @Nullable Finding template(Setting setting, List<String> words, String value) {
        if (value.isEmpty() || value.length() > 253 || !isTemplate(words, value)) {
            return null;
        }
        return Finding.noGo("sandbox.reserved-host", setting)
                .message(setting.key() + " holds template text, not a host name: the key's own word or a"
                        + " description of the value to put there, so no production service is reached.")
                .remediation("Replace the template text with the production domain name.")
                .build();
    }

    static boolean isTemplate(List<String> words, String value) {
        if (value.indexOf(',') > 0 && isHostList(value)) {
            return false;
        }
        boolean dot = false;
        boolean nonAscii = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ' ' || c == '\t' || c == ',') {
                return describesValue(value) && !isTitle(value);
            }
            if (c >= '\u3000' && c <= '\u303f' || c >= '\uff00' && c <= '\uff20') {
                return true;
            }
            dot |= c == '.';
            nonAscii |= c > 127;
        }
        if (nonAscii) {
            return !dot;
        }
        if (bracketedWhole(value)) {
            return true;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        return lower.equals(words.get(words.size() - 1)) || HostNames.templateLabel(lower);
    }

    /** Words of prose that says what belongs in a host or domain setting, or asks the reader to put it there. */
    private static final Set<String> DESCRIBING_WORDS = Set.of("host", "hostname", "hosts", "domain", "domains", "name",
            "url", "address", "ip", "server", "site", "fqdn", "dns", "your", "enter", "insert", "replace", "put", "here",
            "fill", "example", "todo", "change", "set", "e", "g", "eg", "public", "production");

    /** The words of {@link #DESCRIBING_WORDS} that ask the reader to do something, or show an example. */
    private static final Set<String> ASKING_WORDS = Set.of("your", "enter", "insert", "replace", "put", "here", "fill",
            "example", "todo", "change", "set", "e", "g", "eg");

    /**
     * Whether a value with spaces is a title people read, not prose about what to put there: two to four words, each
     * a capital and then small letters or digits, none asking the reader to do anything, and one that is no
     * describing word (Zabbix's {@code ZBX_SERVER_NAME=Zabbix Server}, the name its web front end shows; thirty-seventh
     * pass). {@code Your Domain Here}, {@code Server Name} and {@code DNS SERVER} stay template text.
     */
    private static boolean isTitle(String value) {
        String[] parts = value.strip().split(" ", -1);
        if (parts.length < 2 || parts.length > 4) {
            return false;
        }
        boolean named = false;
        for (String part : parts) {
            if (part.length() < 2 || !(part.charAt(0) >= 'A' && part.charAt(0) <= 'Z')) {
                return false;
            }
            for (int i = 1; i < part.length(); i++) {
                char c = part.charAt(i);
                if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                    return false;
                }
            }
            String word = part.toLowerCase(Locale.ROOT);
            if (ASKING_WORDS.contains(word)) {
                return false;
            }
            named |= !DESCRIBING_WORDS.contains(word);
        }
        return named;
    }

    /**
     * Whether prose with spaces or commas says what to put in the setting ({@code your domain here}, {@code the public
     * host name, e.g. shop.example.org}) rather than being a name people read: a game server's {@code hostname} is
     * the title its players see in the server list ({@code The Council}, {@code My new FXServer!}), not a host
     * (thirty-sixth pass).
     */
    private static boolean describesValue(String value) {
        int start = -1;
        for (int i = 0; i <= value.length(); i++) {
            char c = i < value.length() ? Character.toLowerCase(value.charAt(i)) : ' ';
            boolean letter = c >= 'a' && c <= 'z';
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                if (DESCRIBING_WORDS.contains(value.substring(start, i).toLowerCase(Locale.ROOT))) {
                    return true;
                }
                start = -1;
            }
            if (c > 127) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a value is a list of host names, as a certificate's or a server's names are written
     * ({@code www.acme.io,acme.io}, {@code acme.io, www.acme.io, acme}): every item one name of letters, digits,
     * dots, hyphens or a leading wildcard, and one of them with a dot. Prose has spaces inside its items.
     */
    private static boolean isHostList(String value) {
        boolean dotted = false;
        for (String item : value.split(",", -1)) {
            String name = item.strip();
            if (name.isEmpty()) {
                return false;
            }
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-'
                        || c == '*' && i == 0)) {
                    return false;
                }
            }
            dotted |= name.indexOf('.') > 0;
        }
        return dotted;
    }

    /**
     * Whether the whole value is a name in brackets left to fill in: {@code [domain]}, {@code <your-domain>}, or
     * braces around capitals or a {@code your} phrase ({@code {YOUR_AUTH0_DOMAIN}}). An IPv6 literal in square
     * brackets ({@code [::1]}) and a reference ({@code ${DOMAIN}}) are not.
     */
    private static boolean bracketedWhole(String value) {
        int length = value.length();
        if (length < 3) {
            return false;
        }
        char first = value.charAt(0);
        char last = value.charAt(length - 1);
        if (first == '[' && last == ']') {
            for (int i = 1; i < length - 1; i++) {
                char c = value.charAt(i);
                if (c == ':' || c == '[' || c == ']') {
                    return false;
                }
            }
            return true;
        }
        return first == '<' && HostNames.bracketedTemplate(value)
                || first == '{' && last == '}' && HostNames.fillInTemplate(value);
    }

    /** A domain or FQDN key names the public address; a host name key only when a word says whose. */
    static SandboxFindings.LoopbackUse loopbackUse(List<String> words) {
        String last = words.get(words.size() - 1);
        if (PUBLIC_NAME_WORDS.contains(last)) {
            return SandboxFindings.LoopbackUse.PUBLIC;
        }
        for (String word : words) {
            if (PUBLIC_HOST_QUALIFIERS.contains(word)) {
                return SandboxFindings.LoopbackUse.PUBLIC;
            }
        }
        return SandboxFindings.LoopbackUse.OTHER;
    }
}
