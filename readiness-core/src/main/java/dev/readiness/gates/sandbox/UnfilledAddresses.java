package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.gates.internal.AsciiCase;
import dev.readiness.gates.internal.MavenResourceTokens;
import dev.readiness.settings.Setting;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Host and address keys of any role, a destination's or the server's own bind address, whose whole value is template
 * text no host, IP address or interface name can be: a replace token between double underscores
 * ({@code HOSTNAME=__HOSTNAME__}), a name in angle or square brackets ({@code NODE_IP=<server-ip>},
 * {@code DJANGO_ALLOWED_HOSTS=<host>}, {@code bootstrap.servers=<BOOTSTRAP_SERVER>},
 * {@code server.address=[TO SET]}), a build token whose name is a note ({@code kafka.brokers=@SET_ME@}, forty-sixth
 * pass: no build property is named so), or one word the host grammar reads as template text
 * ({@code SERVER_IP=REPLACE_WITH_PROD_SERVER_IP}, {@code SERVER_HOST=your-server-host}, {@code API_HOST=YOUR_API_HOST}).
 * Host names hold no underscore at their start, no brackets and no such instruction, so nothing is reached or bound.
 * Run-time templates are left alone: an ERB or Go template ({@code <%= ENV["DB_HOST"] %>}, {@code {{ .Host }}}), a
 * reference ({@code ${HOST}}), an IPv6 literal ({@code [::1]}) and any value with a dot, colon or slash, which the
 * endpoint rules read. Keys of a database are the database gate's.
 */
final class UnfilledAddresses {

    private static final int MAX_LENGTH = 120;

    private UnfilledAddresses() {
    }

    /**
     * The finding on a host or address key whose value is template text.
     *
     * @param setting the setting, judged for production, its key passing {@link SandboxKey#namesUnfilledAddress(List)}
     * @param value its stripped, unquoted value
     * @return the finding, or {@code null} when the value may be a host, an address or a run-time template
     */
    static @Nullable Finding judge(Setting setting, String value) {
        int length = value.length();
        if (length < 3 || length > MAX_LENGTH || !unfilled(value)) {
            return null;
        }
        return Finding.noGo("sandbox.reserved-host", setting)
                .message(SandboxFindings.format("%s holds template text where a host, an address or a bucket name goes (a replace "
                        + "token, a name in brackets or an instruction to fill it in): it was never filled in, so no "
                        + "production service is reached or bound.", setting.key()))
                .remediation("Set the production host, address or bucket in " + setting.key() + ".")
                .build();
    }

    static boolean unfilled(String value) {
        int length = value.length();
        char first = value.charAt(0);
        char last = value.charAt(length - 1);
        if (first == '_') {
            return replaceToken(value);
        }
        if (first == '<') {
            return value.charAt(1) != '%' && HostNames.bracketedTemplate(value);
        }
        if (first == '[') {
            return last == ']' && bracketedName(value);
        }
        if (first == '@') {
            return last == '@' && MavenResourceTokens.isFillInNote(value);
        }
        if ((first == 'x' || first == 'X') && maskedAddress(value)) {
            return true;
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c == '.' || c == ':' || c == '/' || c == ' ' || c == ',' || c == '$' || c == '{' || c == '%') {
                return false;
            }
        }
        if (!mayBeTemplateWord(value)) {
            return false;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        return HostNames.templateLabel(lower) || lower.startsWith("your_") || lower.startsWith("your-")
                || namesAddressToFill(lower);
    }

    /**
     * {@code XXX.XXX.XXX.XXX}, {@code x.x.x.x}: an IPv4 address with every octet masked by one to three x, as a
     * template writes the address the reader is to put in (forty-fifth pass). No address or host is four labels of
     * only x; {@code 10.0.x.x} and a name with one such label are left to the host grammar.
     */
    static boolean maskedAddress(String value) {
        int octets = 0;
        int run = 0;
        for (int i = 0; i <= value.length(); i++) {
            char c = i < value.length() ? value.charAt(i) : '.';
            if (c == 'x' || c == 'X') {
                if (++run > MOST_MASK_LETTERS) {
                    return false;
                }
            } else if (c == '.' && run > 0) {
                octets++;
                run = 0;
            } else {
                return false;
            }
        }
        return octets == IPV4_OCTETS;
    }

    private static final int MOST_MASK_LETTERS = 3;
    private static final int IPV4_OCTETS = 4;

    /**
     * One word ending in {@code _ip} whose earlier words name a machine ({@code this_node_ip}, {@code node1_ip},
     * {@code vps_ip}): the name of the address to put there, which no host name can be (DNS names hold no underscore),
     * written under a host or address key (forty-fifth pass). Header and variable names such as
     * {@code HTTP_CF_CONNECTING_IP} stand under other keys; {@code geo_ip} names no machine and is left.
     */
    private static boolean namesAddressToFill(String lower) {
        if (lower.length() < MACHINE_IP_SHORTEST || !lower.endsWith("_ip")) {
            return false;
        }
        int start = 0;
        int end = lower.length() - 3;
        while (start < end) {
            int next = lower.indexOf('_', start);
            if (next < 0 || next > end) {
                next = end;
            }
            int wordEnd = next;
            while (wordEnd > start && Character.isDigit(lower.charAt(wordEnd - 1))) {
                wordEnd--;
            }
            if (MACHINE_WORDS.contains(lower.substring(start, wordEnd))) {
                return true;
            }
            start = next + 1;
        }
        return false;
    }

    private static final int MACHINE_IP_SHORTEST = "vm_ip".length();
    /** The machines a template names the address of: {@code node}, {@code server}, {@code droplet}, {@code vps}. */
    private static final java.util.Set<String> MACHINE_WORDS = java.util.Set.of("node", "server", "host", "machine",
            "vm", "vps", "droplet", "instance", "master", "worker", "slave", "replica", "primary", "secondary",
            "manager", "peer", "member", "box");

    /**
     * A test that reads the value in place, so that an ordinary host name ({@code localhost}, {@code redis-master})
     * is neither copied to lower case nor split: every template word the host grammar reads holds an underscore or
     * one of these fragments.
     */
    private static boolean mayBeTemplateWord(String value) {
        if (value.indexOf('_') >= 0) {
            return true;
        }
        for (String fragment : TEMPLATE_FRAGMENTS) {
            if (AsciiCase.contains(value, fragment)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] TEMPLATE_FRAGMENTS = {"your", "replace", "change", "fill", "xxx", "placeholder",
        "tobe"};

    /** {@code __NAME__}: letters, digits and underscores between double underscores, with a letter. */
    private static boolean replaceToken(String value) {
        int length = value.length();
        if (length < 5 || value.charAt(1) != '_' || value.charAt(length - 1) != '_' || value.charAt(length - 2) != '_') {
            return false;
        }
        boolean letter = false;
        for (int i = 2; i < length - 2; i++) {
            char c = value.charAt(i);
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
                letter = true;
            } else if (!(c >= '0' && c <= '9') && c != '_') {
                return false;
            }
        }
        return letter;
    }

    /** {@code [TO SET]}, {@code [domain]}: words in square brackets, which no IPv6 literal ({@code [::1]}) is. */
    private static boolean bracketedName(String value) {
        boolean word = false;
        for (int i = 1; i < value.length() - 1; i++) {
            char c = value.charAt(i);
            if (c == ':' || c == '[' || c == ']' || c == '%' || c == ',' || c == '\'' || c == '"') {
                return false; // an address, or a list literal (['localhost','127.0.0.1'])
            }
            word |= c >= 'g' && c <= 'z' || c >= 'G' && c <= 'Z' || c == ' ' || c == '_';
        }
        return word;
    }
}
