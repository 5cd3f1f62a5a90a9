package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.gates.internal.AsciiCase;
import dev.readiness.gates.internal.Hosts;
import dev.readiness.settings.Setting;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A SIP address whose host was never filled in. Telephony configuration names its trunks, registrars and proxies by
 * SIP URIs, which have no {@code //} ({@code sip:user@host:port;transport=tcp}, RFC 3261): Asterisk's pjsip
 * {@code server_uri}, {@code client_uri}, {@code contact} and {@code outbound_proxy}, FreeSWITCH gateways' proxies,
 * Kamailio's and SIP clients' registrars. A host that is a template's slot ({@code sip:<sip-server-ip>:5060},
 * {@code sip:<sip-domain>}), fill-in text ({@code sip:SIP_REGISTRAR_HERE}, {@code sip:your-provider-host}) or a
 * reserved documentation domain ({@code sip:pbx.example.com}) reaches no production provider: every call through
 * that trunk fails. Loopback and private hosts are left alone: a PBX reaching a local proxy or a LAN gateway is
 * ordinary. Stateless.
 */
final class SipUris {

    private static final int MAX_LENGTH = 512;

    private SipUris() {
    }

    /**
     * Whether a value starts with a SIP scheme ({@code sip:} or {@code sips:}, any case).
     *
     * @param value the stripped value
     * @return {@code true} for a SIP URI
     */
    static boolean isSipUri(String value) {
        return value.length() > 4 && (value.charAt(0) == 's' || value.charAt(0) == 'S')
                && (AsciiCase.regionIs(value, 0, "sip:") || AsciiCase.regionIs(value, 0, "sips:"));
    }

    /**
     * The finding on a SIP URI whose host is a template's slot, fill-in text or a reserved domain.
     *
     * @param setting the setting, judged for production
     * @param value its stripped, unquoted value, a SIP URI
     * @param judge the endpoint judge
     * @return a NO-GO {@code sandbox.reserved-host}, or {@code null}
     */
    static @Nullable Finding judge(Setting setting, String value, EndpointJudge judge) {
        if (value.length() > MAX_LENGTH || !isSipUri(value)) {
            return null;
        }
        int colon = value.indexOf(':');
        String scheme = value.substring(0, colon).toLowerCase(Locale.ROOT);
        String host = host(value, colon + 1);
        if (host.isEmpty()) {
            return null;
        }
        if (host.charAt(0) == '<') {
            return slot(host) ? unfilled(setting, host.length() > 40 ? "a name in angle brackets" : host) : null;
        }
        if (host.charAt(0) == '[' || host.indexOf('$') >= 0 || host.indexOf('{') >= 0) {
            return null;
        }
        if (Hosts.isTemplate(host)) {
            return unfilled(setting, host.length() > 64 ? "fill-in text" : host);
        }
        Endpoint endpoint = new Endpoint(scheme, host.toLowerCase(Locale.ROOT), -1, "");
        EndpointJudge.Verdict verdict = judge.judge(endpoint);
        return verdict.kind() == EndpointJudge.Kind.RESERVED
                ? SandboxFindings.endpoint(setting, SandboxFindings.LoopbackUse.OTHER, endpoint, verdict)
                : null;
    }

    /** The host part: after any user information, up to a port, parameters, headers or the end. */
    private static String host(String value, int from) {
        int end = from;
        while (end < value.length() && ";?, \t".indexOf(value.charAt(end)) < 0) {
            end++;
        }
        if (value.startsWith("//", from)) {
            return "";
        }
        int at = value.lastIndexOf('@', end - 1);
        int start = at >= from ? at + 1 : from;
        if (start < end && value.charAt(start) == '<') {
            int close = value.indexOf('>', start);
            return close < 0 || close >= end ? "" : value.substring(start, close + 1);
        }
        int stop = start;
        while (stop < end && value.charAt(stop) != ':' && value.charAt(stop) != '>') {
            stop++;
        }
        return value.substring(start, stop);
    }

    /** A bracketed name: letters inside, with digits, {@code _ - . space}. */
    private static boolean slot(String host) {
        boolean letter = false;
        for (int i = 1; i < host.length() - 1; i++) {
            char c = host.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                letter = true;
            } else if (!(c >= '0' && c <= '9') && c != '_' && c != '-' && c != '.' && c != ' ') {
                return false;
            }
        }
        return letter;
    }

    private static Finding unfilled(Setting setting, String what) {
        return Finding.noGo("sandbox.reserved-host", setting)
                .message(SandboxFindings.format("%s is a SIP address whose host is %s, a template's text never "
                        + "filled in: no production provider or registrar is reached, so calls through it fail.",
                        setting.key(), what))
                .remediation("Set the SIP provider's or registrar's production host in " + setting.key() + ".")
                .build();
    }
}
