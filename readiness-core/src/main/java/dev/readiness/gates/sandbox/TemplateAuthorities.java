package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.settings.Setting;
import org.jspecify.annotations.Nullable;

/**
 * Addresses whose host or port is a placeholder written where the value goes: a word as the port
 * ({@code smtp://client:secrete@smtp-server:port}, {@code http://host:PORT/api}) or an angle-bracketed name as the
 * host before a port ({@code <your_zookeeper_host_1>:2181,<your_zookeeper_host_2>:2181}). No client connects to
 * either: a port is a number, and no host name has angle brackets. (A bracketed host without a port is the host
 * grammar's, {@code sandbox.reserved-host}.) A reference ({@code ${PORT}}, {@code {port}}) is filled in at run
 * time and is left alone, as is an IPv6 literal in square brackets; a host in braces before a port is template text
 * when the host grammar reads it so, a name in capitals or one that says {@code your}, and its port is no number
 * either ({@code http://{LINKIS_IP}:{LINKIS_PORT}/}, which install scripts replace), while a lower-case {@code {host}}
 * stays a URI template. An Amazon Resource Name after a scheme ({@code sm://arn:aws:secretsmanager:eu-central-1:…},
 * a secret store's entry that a loader resolves at start) has words between its colons and is no address either.
 * Without a scheme only the word {@code port} itself is read as a port placeholder ({@code KAFKA_ADDRESS=kafkahost1:port,
 * kafkahost2:port}, {@code KAFKA_BOOTSTRAP_SERVERS=host1:port1,host2:port2}, {@code SMTP_ADDRESS=host:port}: the
 * format line of a broker list or address copied from a README): other words after a colon are an image's tag
 * ({@code redis:alpine}), a pair ({@code user:admin}) or a drive.
 */
final class TemplateAuthorities {

    private static final int MAX_LENGTH = 2048;

    private TemplateAuthorities() {
    }

    /**
     * The finding on a value with a placeholder host or port, for any key.
     *
     * @param setting the setting, judged for production
     * @param value its stripped value
     * @param readings the snapshot's readings of its values
     * @return the finding, or {@code null} when every address in the value could be real
     */
    static @Nullable Finding judge(Setting setting, String value, EndpointReadings readings) {
        if (value.length() > MAX_LENGTH || value.indexOf('$') >= 0
                || value.indexOf("://") < 0 && value.indexOf('<') < 0 && !endsWithPortWord(value)
                || !readings.placeholderAuthority(value)) {
            return null;
        }
        return Finding.noGo("sandbox.template-url", setting)
                .message(SandboxFindings.format("%s holds an address whose host or port is a placeholder "
                        + "(a word where the port number goes, or a name in angle brackets where the host "
                        + "goes): template text that was never filled in, so no production service is "
                        + "reached.", setting.key()))
                .remediation("Set the production host and port in " + setting.key() + ".")
                .build();
    }

    /** The word written where a port number goes, read without a scheme. */
    private static final String PORT_WORD = ":port";

    /**
     * The cheap look a value without a scheme takes: it ends in {@code :port}, with at most two digits after it
     * ({@code host2:port2}), after at least one character of a host.
     */
    static boolean endsWithPortWord(String value) {
        int end = value.length();
        while (end > 0 && value.length() - end < 2 && value.charAt(end - 1) >= '0' && value.charAt(end - 1) <= '9') {
            end--;
        }
        return end > PORT_WORD.length() && value.regionMatches(true, end - PORT_WORD.length(), PORT_WORD, 0,
                PORT_WORD.length());
    }

    /**
     * Whether an item of a value (items are separated by commas) has a placeholder host or port: what
     * {@link #judge} reads of a value, once per value of a snapshot ({@link EndpointReadings#placeholderAuthority}).
     */
    static boolean holdsPlaceholderAuthority(String value) {
        for (int from = 0; from <= value.length(); ) {
            int comma = value.indexOf(',', from);
            int to = comma < 0 ? value.length() : comma;
            String item = from == 0 && to == value.length() ? value : value.substring(from, to);
            from = to + 1;
            if (placeholderAuthority(item.strip())) {
                return true;
            }
        }
        return false;
    }

    private static boolean placeholderAuthority(String item) {
        int scheme = item.indexOf("://");
        int start = scheme < 0 ? 0 : scheme + 3;
        int end = item.length();
        for (int i = start; i < item.length(); i++) {
            char c = item.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                end = i;
                break;
            }
        }
        int host = item.lastIndexOf('@', end - 1);
        host = host < start ? start : host + 1;
        if (item.regionMatches(true, host, "arn:", 0, 4)) {
            return false; // an Amazon Resource Name (sm://arn:aws:secretsmanager:…): a secret store's entry, no address
        }
        if (host < end && item.charAt(host) == '{') {
            int close = item.indexOf('}', host);
            // A numeric port leaves the address to the host grammar, which reads the braces (sandbox.reserved-host).
            return close > host + 1 && close + 2 < end && item.charAt(close + 1) == ':'
                    && !(item.charAt(close + 2) >= '0' && item.charAt(close + 2) <= '9')
                    && HostNames.fillInTemplate(item.substring(host, close + 1));
        }
        if (host >= end || item.indexOf('{', host) >= 0 && item.indexOf('{', host) < end) {
            return false;
        }
        if (item.charAt(host) == '<') {
            int close = item.indexOf('>', host);
            return close > host + 1 && close + 1 < end && item.charAt(close + 1) == ':';
        }
        if (scheme < 0) {
            return portWordAfterHost(item, host, end);
        }
        if (item.charAt(host) == '[') {
            return false;
        }
        int colon = item.lastIndexOf(':', end - 1);
        if (colon <= host || colon == end - 1) {
            return false;
        }
        for (int i = colon + 1; i < end; i++) {
            char c = item.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    /**
     * A {@code host:port} item without a scheme whose port is the word {@code port} (with up to two digits) after a
     * host name's characters: {@code kafkahost1:port}, {@code HOST:PORT}.
     */
    private static boolean portWordAfterHost(String item, int host, int end) {
        int colon = item.lastIndexOf(':', end - 1);
        if (colon <= host || !endsWithPortWord(item.substring(host, end))) {
            return false;
        }
        for (int i = host; i < colon; i++) {
            char c = item.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-'
                    || c == '_')) {
                return false;
            }
        }
        return true;
    }
}
