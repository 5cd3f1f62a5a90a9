package dev.readiness.gates.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Classifies database hosts: loopback, Unix socket, private network, public; and recognizes template hosts that
 * were never filled in. Stateless and thread-safe.
 *
 * <p>Private means an RFC 1918, carrier-grade NAT, IPv6 unique-local or link-local address, a single-label name
 * (a Docker Compose or Kubernetes service such as {@code postgres}, {@code db}, {@code redis-master}), or a name
 * under a suffix used only inside a cluster or network ({@code .svc}, {@code .cluster.local}, {@code .internal},
 * {@code .local}, {@code .lan}, {@code .consul}, {@code .home.arpa}, {@code .corp}, {@code .intranet}).
 */
public final class Hosts {

    /** What kind of address a host is. */
    public enum Kind {
        /**
         * {@code localhost}, {@code 127.0.0.0/8}, {@code ::1}, {@code 0.0.0.0}, a developer's Windows workstation
         * by its default computer name ({@code DESKTOP-0C4U3JH}), and the names a container runtime gives the
         * developer's machine ({@code host.docker.internal}).
         */
        LOOPBACK,
        /** A Unix domain socket path. */
        UNIX_SOCKET,
        /** A private network address or a cluster-internal name. */
        PRIVATE,
        /** Anything else. */
        PUBLIC
    }

    private static final Set<String> PRIVATE_SUFFIXES = Set.of(
            "svc", "local", "internal", "lan", "consul", "arpa", "corp", "intranet", "private", "localdomain",
            "home", "intra");

    /**
     * The names Docker Desktop, Podman, Lima and Colima give the machine a container runs on: the developer's own
     * machine, seen from a container.
     */
    public static final Set<String> CONTAINER_HOST_NAMES = Set.of("host.docker.internal", "gateway.docker.internal",
            "docker.for.mac.localhost", "docker.for.win.localhost", "docker.for.mac.host.internal",
            "host.containers.internal", "host.lima.internal");

    private static final Set<String> TEMPLATE_NAMES = Set.of(
            "host", "server", "hostname", "host-name", "host_name", "myserveraddress", "servername", "server-name",
            "server_name", "ip", "ip-address", "ipaddress", "ip_address", "server-ip", "server_ip", "serverip",
            "changeme", "placeholder", "undefined", "domain", "domainname", "domain-name", "domain_name",
            "null", "todo", "tbd", "example", "hostname.com", "domain.com", "yourdomain.com", "mydomain.com",
            "cluster.mongodb.net", "cluster0.mongodb.net", "something", "anything", "whatever");

    private Hosts() {
    }

    /**
     * Classifies a host.
     *
     * @param host a host name, IP address (IPv6 with or without brackets) or socket path
     * @return its kind
     */
    public static Kind kind(String host) {
        String h = strip(host);
        if (h.startsWith("/") || h.startsWith("@")) {
            return Kind.UNIX_SOCKET;
        }
        if (isLoopback(h) || isWorkstation(h) || isContainerHost(h)) {
            return Kind.LOOPBACK;
        }
        if (h.indexOf(':') >= 0) {
            return isPrivateIpv6(h) ? Kind.PRIVATE : Kind.PUBLIC;
        }
        int[] ipv4 = ipv4(h);
        if (ipv4 != null) {
            return isPrivateIpv4(ipv4) ? Kind.PRIVATE : Kind.PUBLIC;
        }
        String name = h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return Kind.PRIVATE;
        }
        return PRIVATE_SUFFIXES.contains(name.substring(dot + 1)) ? Kind.PRIVATE : Kind.PUBLIC;
    }

    /**
     * Whether a host is the local machine.
     *
     * @param host the host
     * @return {@code true} for {@code localhost}, {@code *.localhost}, {@code 127.0.0.0/8}, {@code ::1},
     *         {@code 0.0.0.0}, SQL Server's {@code (local)} and {@code .}
     */
    public static boolean isLoopback(String host) {
        String h = strip(host);
        if (h.equals("localhost") || h.endsWith(".localhost") || h.equals("localhost.localdomain")
                || h.equals("ip6-localhost") || h.equals("ip6-loopback") || h.equals("(local)") || h.equals(".")
                || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1") || h.equals("0.0.0.0") || h.equals("::")) {
            return true;
        }
        int[] ipv4 = ipv4(h);
        return ipv4 != null && ipv4[0] == 127;
    }

    /**
     * Whether a host is a developer's Windows workstation by the computer name Windows gives client editions at
     * set-up: {@code DESKTOP-} or {@code LAPTOP-} and seven or eight letters and digits ({@code DESKTOP-0C4U3JH}).
     * Windows Server names its machines {@code WIN-…}, and nobody names a database server after a desktop. Names
     * that only start with the word ({@code desktop-sync}, {@code laptop-fleet.example.com}) are not.
     *
     * @param host the host
     * @return {@code true} for a default workstation name
     */
    public static boolean isWorkstation(String host) {
        String h = strip(host);
        int dash = h.startsWith("desktop-") ? 8 : h.startsWith("laptop-") ? 7 : -1;
        int length = h.length() - dash;
        if (dash < 0 || length < 7 || length > 8) {
            return false;
        }
        boolean digit = false;
        for (int i = dash; i < h.length(); i++) {
            char c = h.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return false;
            }
            digit |= c >= '0' && c <= '9';
        }
        return digit;
    }

    /**
     * Whether a host is the name a container runtime gives the machine the container runs on
     * ({@code host.docker.internal}, {@code host.containers.internal}, {@code host.lima.internal}): Docker Desktop and
     * its kind run on developers' machines, and production containers reach their databases by a real host name.
     *
     * @param host the host
     * @return {@code true} for one of {@link #CONTAINER_HOST_NAMES}
     */
    public static boolean isContainerHost(String host) {
        String h = strip(host);
        return CONTAINER_HOST_NAMES.contains(h.endsWith(".") ? h.substring(0, h.length() - 1) : h);
    }

    /**
     * The host of a URL as written, lower-cased: what stands between the scheme's {@code ://} (or the start, when
     * there is no scheme) and the first {@code /}, {@code ?}, {@code #} or backslash (where a browser ends it too),
     * without user information ({@code user:pass@}), port and a fully qualified name's final dot
     * ({@code api.openai.com.} is {@code api.openai.com}); an IPv6 literal keeps its brackets
     * ({@code http://[fd00::1]:8080/} → {@code [fd00::1]}).
     *
     * @param url a URL or {@code host[:port][/path]} address as written
     * @return the host, empty when the URL names none
     */
    public static String ofUrl(String url) {
        int scheme = url.indexOf("://");
        int start = scheme < 0 ? 0 : scheme + 3;
        int end = start;
        while (end < url.length() && "/?#\\".indexOf(url.charAt(end)) < 0) { // a browser ends the host at a backslash
            end++;
        }
        int at = end == start ? -1 : url.lastIndexOf('@', end - 1);
        if (at >= start) {
            start = at + 1;
        }
        int stop = start;
        if (start < end && url.charAt(start) == '[') {
            int close = url.indexOf(']', start);
            stop = close < 0 || close >= end ? end : close + 1;
        } else {
            while (stop < end && url.charAt(stop) != ':') {
                stop++;
            }
        }
        String host = url.substring(start, stop).toLowerCase(Locale.ROOT);
        return host.length() > 1 && host.charAt(host.length() - 1) == '.' ? host.substring(0, host.length() - 1) : host;
    }

    /**
     * A {@code host:port} address without its port ({@code localhost:3000}, {@code redis:6379}); any other value, and
     * a value with more than one colon (an IPv6 address), as it stands.
     *
     * @param value an address as written
     * @return the host part, or the value
     */
    public static String withoutPort(String value) {
        int colon = value.indexOf(':');
        if (colon <= 0 || colon != value.lastIndexOf(':') || colon == value.length() - 1) {
            return value;
        }
        for (int i = colon + 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return value;
            }
        }
        return value.substring(0, colon);
    }

    /**
     * Whether a host is the name of a service the same deployment runs: one DNS label as Docker Compose and
     * Kubernetes name services ({@code redis}, {@code db}, {@code postgres-primary}, {@code cache_1}), that is 1 to
     * 63 letters, digits, {@code -} or {@code _} starting with a letter or digit and holding a letter (Compose
     * accepts {@code 1cache}; {@code 6379} is a port), and neither a loopback name ({@code localhost}) nor a template
     * never filled in ({@code host}, {@code <host>}, {@code ${REDIS_HOST}}). Such a host is reachable only inside
     * that deployment's network.
     *
     * @param host the host, surrounding white space ignored
     * @return {@code true} for a service name
     */
    public static boolean isServiceName(String host) {
        String h = host.strip();
        if (h.isEmpty() || h.length() > 63 || h.indexOf('.') >= 0 || h.indexOf(':') >= 0 || isLoopback(h)
                || isTemplate(h) || !Character.isLetterOrDigit(h.charAt(0))) {
            return false;
        }
        boolean letter = false;
        for (int i = 0; i < h.length(); i++) {
            char c = h.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '-' || c == '_')) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    /**
     * Whether a one-label name says what belongs there rather than naming a host ({@code hostname},
     * {@code ip_address}, {@code server_name}) or is a fill-in note in the author's language
     * ({@code 请配置成你自己的}, "configure your own"). Short words that other settings hold as values are not read:
     * {@code null} (PHP's dotenv reads it as unset: {@code MAIL_HOST=null}), {@code undefined}, {@code ip} and
     * {@code host} ({@code service-host-type=IP}).
     *
     * @param name a lower-case name without dots
     * @return {@code true} for such text
     */
    public static boolean isTemplateName(String name) {
        return TEMPLATE_NAMES.contains(name) && !AMBIGUOUS_TEMPLATE_NAMES.contains(name) || fillInNote(name)
                || namesAnAddress(name) || namesItsSlot(name);
    }

    /** Words before {@code ip} in a name that says which machine's address belongs there. */
    private static final Set<String> ADDRESS_OWNERS = Set.of("server", "local", "public", "private", "external",
            "internal", "host", "machine", "node", "your", "my", "lan", "wan", "vps");

    /**
     * Whether a one-label name says whose IP address belongs there ({@code SERVER_IP}, {@code LOCAL_IP},
     * {@code your-ip}, Liferay's sample tokens in {@code tunnel.servlet.hosts.allowed=127.0.0.1,SERVER_IP}): no machine
     * is called so (thirty-sixth pass).
     */
    private static boolean namesAnAddress(String name) {
        int length = name.length();
        if (length < 4 || length > 16 || !name.endsWith("ip")) {
            return false;
        }
        int end = length - 2;
        if (name.charAt(end - 1) == '_' || name.charAt(end - 1) == '-') {
            end--;
        }
        return ADDRESS_OWNERS.contains(name.substring(0, end));
    }

    /**
     * Template words that are also names Compose and Kubernetes give services: {@code http://server:3000} is a
     * back end called {@code server}, so only a database's host reads them as templates ({@link #isTemplate}:
     * {@code jdbc:mysql://server/sorat}, the stand-in of a database URL's docs), where no one names the database's
     * container after the word for any machine.
     */
    private static final Set<String> AMBIGUOUS_TEMPLATE_NAMES = Set.of("null", "undefined", "ip", "host", "server");

    /**
     * A single label with letters outside ASCII ({@code 填写mongodb地址}, "fill in the MongoDB address"): a note to
     * whoever fills the template in, in their language. No service or machine is named so, and a real
     * internationalised domain name has a dot.
     */
    private static boolean fillInNote(String name) {
        if (name.indexOf('.') >= 0) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c > 0x7F && Character.isLetter(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a host is a template that was never filled in: {@code host}, {@code hostname}, {@code <host>},
     * {@code ${DB_HOST}}, {@code {{host}}}, {@code your-db-host}, {@code myServerAddress}, {@code xxxx} labels or
     * dash parts ({@code rm-xxxxx.mysql.rds.aliyuncs.com}, {@code app-xxxxxx.vercel.app}), a
     * whole name {@code xx}, a first word {@code fake} or {@code dummy} ({@code fake-db}),
     * {@code example.com}, names under the reserved {@code .example} and {@code .invalid} domains and a fill-in note
     * in the author's language ({@code 填写mongodb地址}). Single-label
     * service names such as {@code postgres}, {@code db} or {@code production-db} are <em>not</em> templates: they
     * are how Docker Compose and Kubernetes name services.
     *
     * @param host the host
     * @return {@code true} for a template
     */
    public static boolean isTemplate(String host) {
        String h = strip(host);
        if (h.isEmpty()) {
            return false;
        }
        if (h.indexOf('<') >= 0 || h.indexOf('>') >= 0 || h.contains("${") || h.contains("{{")
                || h.indexOf('{') >= 0 || h.indexOf('}') >= 0 || h.indexOf('*') >= 0
                || h.startsWith("%") && h.endsWith("%") && h.length() > 2 || h.startsWith("$")
                || bracketedWord(host.strip())) {
            return true;
        }
        if (h.contains("...") || h.indexOf('\u2026') >= 0) {
            return true; // an ellipsis ("mongodb://....", "db…"): text elided in a sample, no DNS name has empty labels
        }
        String name = h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
        if (TEMPLATE_NAMES.contains(name) || fillInNote(name)) {
            return true;
        }
        if (name.equals("example.com") || name.equals("example.org") || name.equals("example.net")
                || name.endsWith(".example.com") || name.endsWith(".example.org") || name.endsWith(".example.net")
                || name.equals("example") || name.endsWith(".example") || name.endsWith(".invalid")) {
            return true;
        }
        if (allX(name) || standInFirstWord(name) || capitalFillIn(host.strip()) || namesItsSlot(name)
                || foreignPlaceLabel(name)) {
            return true;
        }
        int wordStart = 0;
        int xRun = 0;
        int partX = 0;
        for (int i = 0; i <= name.length(); i++) {
            char c = i < name.length() ? name.charAt(i) : '.';
            if (c == '.' || c == '-' || c == '_') {
                if (name.startsWith("your", wordStart) || partX >= 3 && partX == i - wordStart) {
                    return true;
                }
                wordStart = i + 1;
                partX = 0;
            } else if (c == 'x') {
                partX++;
            }
            if (c == 'x') {
                xRun++;
            } else if (c == '.') {
                xRun = 0;
            } else {
                xRun = Integer.MIN_VALUE / 2; // this label is not all x
            }
            if (xRun >= 3 && (i + 1 == name.length() || name.charAt(i + 1) == '.')) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a label opens with "your instance", "your server", "my domain" in another language
     * ({@link StandInWords#FOREIGN_YOUR_PLACES}: {@code tu-instancia-rds.us-east-1.rds.amazonaws.com},
     * {@code seu-servidor}, {@code mi-dominio.com}), whole or followed by more words after a dash or underscore: the
     * reader's own host to put in, as {@code your-instance-rds} is (forty-sixth pass). A possessive before any other
     * word is a name ({@code tu-berlin.de}); so is the pair inside a label ({@code api-tu-servidor}). Only a dash two to
     * six characters into a label, where such a possessive ends, leads to the comparison, made in place.
     */
    private static boolean foreignPlaceLabel(String name) {
        int start = 0;
        while (start < name.length()) {
            int dot = name.indexOf('.', start);
            int labelEnd = dot < 0 ? name.length() : dot;
            int dash = name.indexOf('-', start);
            if (dash >= start + 2 && dash <= start + 6 && dash < labelEnd) {
                int wordEnd = dash + 1;
                while (wordEnd < labelEnd && name.charAt(wordEnd) != '-' && name.charAt(wordEnd) != '_') {
                    wordEnd++;
                }
                if (wordEnd > dash + 1 && StandInWords.foreignYourPlaceAt(name, start, dash, wordEnd)) {
                    return true;
                }
            }
            start = labelEnd + 1;
        }
        return false;
    }

    /**
     * Whether a single label ends with the name of the slot it fills, after a qualifier: {@code external-hostname},
     * {@code public_fqdn}, {@code db-hostname} (forty-second pass: a Helm chart's
     * {@code https://external-hostname/realms/…}). No machine or service is named for the word "hostname"; a name with
     * a dot, or the word alone (read by {@link #TEMPLATE_NAMES}), is not read here.
     */
    private static boolean namesItsSlot(String name) {
        if (name.indexOf('.') >= 0) {
            return false;
        }
        for (String slot : SLOT_ENDINGS) {
            if (name.length() > slot.length() + 1 && name.regionMatches(true, name.length() - slot.length(), slot, 0,
                    slot.length())) {
                char before = name.charAt(name.length() - slot.length() - 1);
                if (before == '-' || before == '_') {
                    return true;
                }
            }
        }
        return false;
    }

    private static final String[] SLOT_ENDINGS = {"hostname", "fqdn"};

    /**
     * Whether a URL's host, as written, is a variable's name in capitals that names the slot instead of filling it
     * ({@code jdbc:postgresql://DBHOST:5432/jiradb}, {@code http://API_HOST/v1}, {@code https://MATRIX_DOMAIN/}): words
     * in capitals joined by {@code _}, one of which is the slot ({@code HOST}, {@code HOSTNAME}, {@code DOMAIN},
     * {@code FQDN}, {@code ENDPOINT}, {@code ADDRESS}, {@code IP}: {@code http://IP_PUBLICA_CORE:8012}, where Spanish
     * puts the slot first), or a role glued to {@code HOST} ({@code DBHOST},
     * {@code APIHOST}). No URL expands a bare name, and a DNS name has no underscore. A Windows machine's capital
     * name ({@code SQLPROD01}, {@code TITAN}) names no slot, {@code LOCALHOST} is the local machine, and a bare value
     * that names a variable ({@code DB_HOST_NAME=UW_PERSON_DB_HOST}) is not read here: only a URL's host is.
     *
     * @param host a URL's host as written, before any change of case
     * @return {@code true} for such a name
     */
    public static boolean isCapitalSlotName(String host) {
        int length = host.length();
        if (length < 2 || length > 64 || host.charAt(0) < 'A' || host.charAt(0) > 'Z') {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = host.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        if (host.indexOf('_') >= 0) {
            return host.charAt(0) != '_' && host.charAt(length - 1) != '_' && anySlotWord(host);
        }
        for (String slot : GLUED_SLOTS) {
            if (host.endsWith(slot) && host.length() > slot.length()) {
                String role = host.substring(0, host.length() - slot.length()).toLowerCase(Locale.ROOT);
                return GLUED_ROLES.contains(role) || DatabaseWords.STORES.contains(role);
            }
        }
        return false;
    }

    /**
     * Whether a word of a capital name joined by {@code _} is a slot ({@code IP_PUBLICA_CORE}, {@code API_HOST}) and
     * no word is numbered, as machines are ({@code HOST_NAME_01}).
     */
    private static boolean anySlotWord(String host) {
        int start = 0;
        boolean slot = false;
        for (int i = 0; i <= host.length(); i++) {
            if (i == host.length() || host.charAt(i) == '_') {
                if (i > start && host.charAt(i - 1) >= '0' && host.charAt(i - 1) <= '9') {
                    return false;
                }
                slot |= i > start && SLOT_WORDS.contains(host.substring(start, i));
                start = i + 1;
            }
        }
        return slot;
    }

    private static final Set<String> SLOT_WORDS = Set.of("HOST", "HOSTNAME", "DOMAIN", "FQDN", "ENDPOINT", "ADDRESS",
            "ADDR", "IP");
    private static final List<String> GLUED_SLOTS = List.of("HOSTNAME", "HOST");
    private static final Set<String> GLUED_ROLES = Set.of("api", "app", "web", "smtp", "mail", "server", "backend",
            "auth", "your", "my");

    /** The last word of a host named for its role: {@code db-host}. */
    private static final String HOST_WORD = "host";

    /**
     * Whether a host is one lower-case label that names the role a database's host plays, then the word
     * {@code host}, joined by dashes: {@code db-host}, {@code mysql-host}, {@code qa-db-host}, {@code prod-redis-host}.
     * The text of instructions and samples ({@code postgresql://user:pass@db-host:5432/app},
     * {@code jdbc:mysql://mysql-host:3306/db} in READMEs, deploy notes and copied {@code .env} files), which nobody
     * filled in. A machine named for what it is rather than for a database ({@code docker-host}, {@code jump-host},
     * {@code bastion-host}), a glued name ({@code dbhost}, {@code ghost}) and an environment variable's name
     * ({@code UW_PERSON_DB_HOST}) stay names; so does a secret's key that only spells one ({@code person-db-host} under
     * a {@code secretKey}): the caller reads it only where a host goes.
     *
     * @param host a host as written
     * @return {@code true} for such a name
     */
    public static boolean isNamedForItsRole(String host) {
        int cut = host.length() - HOST_WORD.length() - 1;
        if (cut <= 0 || !host.endsWith(HOST_WORD) || host.charAt(cut) != '-' || host.indexOf('.') >= 0) {
            return false;
        }
        int start = 0;
        for (int i = 0; i <= cut; i++) {
            char c = host.charAt(i);
            if (c >= 'A' && c <= 'Z' || c == '_') {
                return false;
            }
            if (i == cut || c == '-') {
                if (i > start && DatabaseWords.STORES.contains(host.substring(start, i))) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    /**
     * A name whose first label, or that label's first dash-part, is a stand-in word ({@code fake-db},
     * {@code dummy.smtp.com}; {@link StandInWords#STAND_IN_HOST_LABELS}): no one names a real machine so.
     */
    private static boolean standInFirstWord(String name) {
        int end = 0;
        while (end < name.length() && name.charAt(end) != '.' && name.charAt(end) != '-' && name.charAt(end) != '_') {
            end++;
        }
        return end < name.length() && StandInWords.STAND_IN_HOST_LABELS.contains(name.substring(0, end));
    }

    /**
     * A host written in capitals with underscores, one of whose words asks to fill it in ({@code CHANGE_ME_HOST},
     * {@code YOUR_DB_HOST}, {@code SET_HOST_HERE}): an instruction, not a name (a host name has no underscore). A
     * capital Windows name such as {@code SQL_PROD01} asks for nothing and stays a name.
     */
    private static boolean capitalFillIn(String host) {
        return capitalPhraseWith(host, StandInWords.CAPITAL_HOST_FILL_INS);
    }

    /**
     * Whether a user name is written in capitals with underscores, one of whose words asks to fill it in
     * ({@code TROQUE_AQUI}, {@code REPLACE_WITH_DB_USER}, {@code YOUR_DB_USER}): an instruction, not a role. A capital
     * name that asks for nothing ({@code APP_USER}, {@code MY_APP}) stays a name.
     *
     * @param user a user name as written
     * @return {@code true} for such an instruction
     */
    public static boolean isCapitalFillInUser(String user) {
        return capitalPhraseWith(user, StandInWords.CAPITAL_USER_FILL_INS);
    }

    /**
     * Whether a URL's host is written in capitals with underscores, one of whose words asks to fill it in, in English
     * or another language ({@code http://TROCAR_AQUI:8080}, {@code https://REPLACE_WITH_HOST/api}): an instruction, as
     * for {@link #isCapitalFillInUser(String)}; {@code MY} and {@code ME}, which a service name may hold, do not count.
     *
     * @param host a URL's host as written, before any change of case
     * @return {@code true} for such an instruction
     */
    public static boolean isCapitalFillInUrlHost(String host) {
        return host.indexOf('.') < 0 && capitalPhraseWith(host, StandInWords.CAPITAL_USER_FILL_INS);
    }

    private static boolean capitalPhraseWith(String host, Set<String> fillIns) {
        if (host.indexOf('_') < 0 || host.length() > 64) {
            return false;
        }
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        for (String word : host.split("_")) {
            if (fillIns.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** A whole name of two or more {@code x} ({@code xx}): filler, as {@code xxxx} labels are. */
    private static boolean allX(String name) {
        if (name.length() < 2) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) != 'x') {
                return false;
            }
        }
        return true;
    }

    /**
     * The name of what the value should hold in square brackets as the whole value ({@code mongoURI=[uri]},
     * {@code [database-host]}, {@code [connection string]}): text to fill in, as documentation marks it. Another
     * bracketed word ({@code [primary]}) may name a section or a connection and is left alone, and an IPv6 literal
     * ({@code [::1]}) has colons.
     *
     * @param value a stripped value
     * @return {@code true} for such text
     */
    public static boolean bracketedWord(String value) {
        int last = value.length() - 1;
        if (last < 2 || last > 40 || value.charAt(0) != '[' || value.charAt(last) != ']') {
            return false;
        }
        StringBuilder letters = new StringBuilder(last);
        for (int i = 1; i < last; i++) {
            char raw = value.charAt(i);
            char c = (char) (raw | 0x20);
            if (c >= 'a' && c <= 'z') {
                letters.append(c);
            } else if (raw != '_' && raw != '-' && raw != ' ') {
                return false;
            }
        }
        return BRACKETED_NAMES.contains(letters.toString());
    }

    /** What a connection setting holds, spelled with its separators dropped. */
    private static final Set<String> BRACKETED_NAMES = Set.of("uri", "url", "dsn", "host", "hostname", "server",
            "servername", "endpoint", "address", "connection", "connectionstring", "connectionuri", "connectionurl",
            "databaseurl", "databaseuri", "databasehost", "dburl", "dburi", "dbhost", "mongouri", "mongourl",
            "redisurl", "ip", "ipaddress", "toset", "tobeset", "tofill", "tofillin", "fillin", "setme", "changeme",
            "tbd", "todo");

    private static String strip(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]") && h.length() >= 2) {
            h = h.substring(1, h.length() - 1);
        }
        int zone = h.indexOf('%');
        if (zone > 0 && h.indexOf(':') >= 0) {
            h = h.substring(0, zone);
        }
        return h;
    }

    private static int @org.jspecify.annotations.Nullable [] ipv4(String host) {
        int[] octets = new int[4];
        int part = 0;
        int value = 0;
        int digits = 0;
        for (int i = 0; i <= host.length(); i++) {
            char c = i < host.length() ? host.charAt(i) : '.';
            if (c == '.') {
                if (digits == 0 || part >= 4 || value > 255) {
                    return null;
                }
                octets[part++] = value;
                value = 0;
                digits = 0;
            } else if (c >= '0' && c <= '9' && digits < 3) {
                value = value * 10 + (c - '0');
                digits++;
            } else {
                return null;
            }
        }
        return part == 4 ? octets : null;
    }

    private static boolean isPrivateIpv4(int[] ip) {
        return ip[0] == 10 || ip[0] == 172 && ip[1] >= 16 && ip[1] <= 31 || ip[0] == 192 && ip[1] == 168
                || ip[0] == 100 && ip[1] >= 64 && ip[1] <= 127 || ip[0] == 169 && ip[1] == 254;
    }

    private static boolean isPrivateIpv6(String host) {
        return host.startsWith("fc") || host.startsWith("fd") || host.startsWith("fe8") || host.startsWith("fe9")
                || host.startsWith("fea") || host.startsWith("feb");
    }
}
