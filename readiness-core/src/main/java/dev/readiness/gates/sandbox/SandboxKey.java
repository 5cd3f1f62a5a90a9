package dev.readiness.gates.sandbox;

import dev.readiness.gates.internal.AsciiCase;
import dev.readiness.gates.internal.CanonicalKeys;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.settings.RelaxedNames;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the sandbox gate reads of a setting key, whatever its value: its words, their classes, whether it names an
 * endpoint or a relying party's address or ends in a host word, and the providers its words name in the gate's own
 * catalog. Found once per key and read with one memo probe per setting, where each rule used to derive its part
 * again for every value. Not API; immutable once built (the providers are found on first use, a benign race: each
 * thread finds the same immutable list).
 *
 * <p>The key tests of rules that most keys fail and that read no word table ({@link #judgesPlainLink},
 * {@link #judgesPlainLogin}, {@link #mayNameAllowList}, {@link #mayCarryMode}, {@link #namesServerListener},
 * {@link #mayNameBrokerList}) live here rather than in their rules' classes: every key is asked them, and a clean
 * start whose keys pass none of them then never loads those rules (session 37). So do the key tests of
 * {@link SpelledKeys}, {@link UnfilledAddresses} and {@link BareHostKeys}' destination rules, with the last-word
 * tables they read (session 40): those classes are loaded only for a key that passes.
 */
final class SandboxKey {

    final List<String> words;
    final EnumSet<KeyClass> classes;
    /** {@link SandboxGate#namesEndpoint(String)}. */
    final boolean endpointName;
    /** {@link RelyingParties#namesRelyingPartyAddress(List)}: the rule reads no other key. */
    final boolean relyingParty;
    /** Ends in {@code host} or {@code hostname}: what a declared database section's host key ends in. */
    final boolean hostEnding;
    /** {@link #judgesSpelledKey(List)}: the key test of {@link SpelledKeys}, which reads no other key. */
    final boolean spelledKey;
    /** {@link TestChainIds#testNetworkEndpointKey(List, boolean)}: the test network an endpoint key is named for. */
    final @Nullable String testNetwork;
    /**
     * {@link #mayNameDestination(String)}: the key test both of {@link BareHostKeys}' destination rules open with (a mail
     * server's, domain's or zone's last word), which nine keys in ten fail.
     */
    final boolean destination;
    /**
     * {@link BareHostKeys#namesPartDomain(List)} of a key that is not internal, a sidecar's or a database's, read when
     * the {@link #destination} rules find nothing ({@code _APP_DOMAIN_TARGET_CNAME} ends in {@code name}): the rule
     * reads no other key.
     */
    final boolean partDomain;
    /** {@link #namesUnfilledAddress(List)}: the key test of {@link UnfilledAddresses}, which reads no other key. */
    final boolean unfilledAddress;
    /** {@link #namesNetwork(String)}: the key may name a chain's network, so its value is read as one. */
    final boolean networkName;
    /**
     * Ends in {@code chainid} or {@code networkid} (relaxed): what {@link TestChainIds#judge} needs of a key whose value
     * is not a CAIP-2 chain id.
     */
    final boolean chainIdKey;
    /** {@link #namesClientTlsMode(List)}: the key test of {@link ClientTlsModes#judge}. */
    final boolean clientTlsMode;
    /** Holds {@code secure} and {@code cookie} in some case: the key test of {@link InsecureCookies#judge}. */
    final boolean secureCookie;
    /**
     * Ends in a letter of a TLS switch's last word and {@link #endsAsTlsSwitch}: the key test of
     * {@link ObjectStoreTls#judge}.
     */
    final boolean objectStoreTlsKey;
    /**
     * The last word is an address or IP word ({@link #ADDRESS_WORDS}, {@link #IP_WORDS}): what
     * {@link AnnouncedAddresses#namesAnnouncedIp} needs of every key it accepts.
     */
    final boolean announcedAddressEnding;
    /**
     * A word is {@code rpid} or an address word of a relying party ({@code id}, {@code origin}, {@code origins},
     * {@code domain}): what {@link RelyingParties#namesRelyingPartyAddress} needs of every key it accepts.
     */
    private final boolean relyingPartyWord;
    /** {@link #mayCarryMode(String)}: the key spells a sandbox mode its credential may be of. */
    final boolean modeNamed;
    /** {@link TestNetworkCredentials#namesKey(List)}: the key names a test network's credential. */
    final boolean testNetworkCredential;
    /** {@link ModeSwitchRule#endsWithModeKeyWord(String)}: the key test of the glued-mode candidates. */
    final boolean gluedModeKey;
    /** The last word names an environment switch ({@link ModeWords#ENVIRONMENT_KEY_WORDS}). */
    final boolean environmentSwitch;
    /** {@link #judgesPlainLink(String)}: the rule reads no other key. */
    final boolean plainLinkKey;
    /** {@link #namesServerListener(List)}: the words of a server's own listening address or default host. */
    final boolean serverListenerKey;
    /** {@link #judgesPlainLogin(String)}: the rule reads no other key. */
    final boolean plainLoginKey;
    /** The key may name an allow-list ({@link #mayNameAllowList}), the allow-list rule's first test. */
    final boolean allowListEnding;
    /** The key ends in {@link DryRunSections#LIVE_ENDING} or {@link DryRunSections#RUN_ENDING}, its rule's first test. */
    final boolean dryRunEnding;
    /**
     * {@link #mayNameBrokerList(String)} and {@link BrokerLists#namesBrokerList(List)}: the key names a broker list.
     */
    final boolean brokerList;
    /** {@link DevelopmentStandIns#namesEmulatorOrLocalStack(String)}: the key may name an emulator or LocalStack. */
    final boolean emulatorKey;
    /** {@link DevelopmentStandIns#keyFlags(List)}: what the stand-in rule reads of the key's words. */
    final int standInFlags;
    /** {@link TlsVerification#keyFlags(String)}: what the certificate-verification rule reads of the key. */
    final int tlsFlags;
    /**
     * {@code classes} holds {@link KeyClass#DATABASE}, and {@link KeyClass#ALLOW_LIST}: read for every production value,
     * kept beside the other facts so the set itself is read only by the rules that need more of it.
     */
    final boolean database;
    final boolean allowList;
    private final String key;
    private final ProviderCatalog catalog;
    private @Nullable List<Provider> named;
    private @Nullable String canonical;
    private ModeSwitchRule.@Nullable KeyFlags modeFlags;
    private @Nullable String developmentSwitch; // "" for none

    SandboxKey(String key, EnumSet<KeyClass> classes, ProviderCatalog catalog) {
        this.key = key;
        this.catalog = catalog;
        this.words = KeyWords.of(key);
        this.classes = classes;
        this.endpointName = SandboxGate.namesEndpoint(key);
        this.relyingPartyWord = mayNameRelyingParty(words);
        this.relyingParty = relyingPartyWord && RelyingParties.namesRelyingPartyAddress(words);
        this.hostEnding = AsciiCase.endsWith(key, "host") || AsciiCase.endsWith(key, "hostname");
        this.spelledKey = judgesSpelledKey(words);
        boolean testNetworkWord = namesTestNetwork(words);
        this.testNetwork = testNetworkWord ? TestChainIds.testNetworkEndpointKey(words, endpointName) : null;
        this.destination = mayNameDestination(key);
        this.partDomain = !classes.contains(KeyClass.INTERNAL) && !classes.contains(KeyClass.SIDECAR)
                && !classes.contains(KeyClass.DATABASE) && mayNamePartDomain(words) && BareHostKeys.namesPartDomain(words);
        this.unfilledAddress = namesUnfilledAddress(words) && !classes.contains(KeyClass.DATABASE);
        this.networkName = namesNetwork(key);
        this.chainIdKey = CanonicalKeys.endsWith(key, "chainid") || CanonicalKeys.endsWith(key, "networkid");
        this.clientTlsMode = namesClientTlsMode(words);
        this.secureCookie = AsciiCase.contains(key, "secure") && AsciiCase.contains(key, "cookie");
        this.objectStoreTlsKey = mayNameObjectStoreTls(key) && endsAsTlsSwitch(words);
        String last = words.isEmpty() ? "" : words.get(words.size() - 1);
        this.announcedAddressEnding = ADDRESS_WORDS.contains(last) || IP_WORDS.contains(last)
                || last.equals(AnnouncedAddresses.LISTENERS);
        this.modeNamed = mayCarryMode(key);
        this.testNetworkCredential = testNetworkWord && TestNetworkCredentials.namesKey(words);
        this.gluedModeKey = ModeSwitchRule.endsWithModeKeyWord(key);
        this.environmentSwitch = !words.isEmpty()
                && ModeWords.ENVIRONMENT_KEY_WORDS.contains(words.get(words.size() - 1));
        this.plainLinkKey = judgesPlainLink(key);
        this.plainLoginKey = judgesPlainLogin(key);
        this.serverListenerKey = namesServerListener(words);
        this.allowListEnding = mayNameAllowList(key);
        this.dryRunEnding = AsciiCase.endsWith(key, DryRunSections.LIVE_ENDING)
                || AsciiCase.endsWith(key, DryRunSections.RUN_ENDING);
        this.brokerList = mayNameBrokerList(key) && BrokerLists.namesBrokerList(words);
        this.emulatorKey = DevelopmentStandIns.namesEmulatorOrLocalStack(key);
        this.standInFlags = DevelopmentStandIns.keyFlags(words);
        this.tlsFlags = TlsVerification.keyFlags(key);
        this.database = classes.contains(KeyClass.DATABASE);
        this.allowList = classes.contains(KeyClass.ALLOW_LIST);
    }

    /**
     * What the generic mode switch rule reads of the key's words ({@link ModeSwitchRule.KeyFlags}), found on first
     * use: only keys whose value may be a mode are asked.
     *
     * @return the flags, the same for every caller (a benign race: each thread finds equal flags)
     */
    ModeSwitchRule.KeyFlags modeFlags() {
        ModeSwitchRule.KeyFlags found = modeFlags;
        if (found == null) {
            found = ModeSwitchRule.KeyFlags.of(key, words);
            modeFlags = found;
        }
        return found;
    }

    /**
     * The providers the key's words name in a catalog: the one this record was made for is asked once per key.
     *
     * @param effective the catalog of the check
     * @return {@code effective.providersNamedBy(words)}, shared and unmodifiable when remembered
     */
    List<Provider> providersNamedIn(ProviderCatalog effective) {
        if (effective != catalog) {
            return effective.providersNamedBy(words);
        }
        List<Provider> found = named;
        if (found == null) {
            found = List.copyOf(catalog.providersNamedBy(words));
            named = found;
        }
        return found;
    }

    /**
     * The framework switch the key names ({@link DevelopmentModes#switchName(String)}), found on first use: only keys
     * whose value is a development value or a debug switch on are asked.
     *
     * @return the switch's name, or {@code null} when the key names none (a benign race, as {@link #modeFlags()})
     */
    @Nullable String developmentSwitch() {
        String found = developmentSwitch;
        if (found == null) {
            String name = DevelopmentModes.switchName(key);
            found = name == null ? "" : name;
            developmentSwitch = found;
        }
        return found.isEmpty() ? null : found;
    }

    /** The key's canonical form ({@link RelaxedNames#canonical(String)}), made on first use. */
    String canonical() {
        String found = canonical;
        if (found == null) {
            found = RelaxedNames.canonical(key);
            canonical = found;
        }
        return found;
    }

    /**
     * Whether {@link PlainCredentialLinks} reads a setting of this key at all: its key ends in a word that switches a
     * link's security ({@code secure}, {@code scheme}, {@code protocol}, {@code encryption}, {@code security},
     * {@code transport}, {@code starttls}, {@code enable}). The sandbox gate remembers it per key.
     *
     * @param key a setting key
     * @return {@code false} when {@link PlainCredentialLinks#judge} finds nothing whatever the value
     */
    static boolean judgesPlainLink(String key) {
        return AsciiCase.endsWith(key, "secure") || AsciiCase.endsWith(key, "scheme")
                || AsciiCase.endsWith(key, "protocol") || AsciiCase.endsWith(key, "encryption")
                || AsciiCase.endsWith(key, "security") || AsciiCase.endsWith(key, "transport")
                || AsciiCase.endsWith(key, "starttls") || AsciiCase.endsWith(key, "enable");
    }

    /**
     * Whether {@link PlainLoginLinks} reads a setting of this key at all: it names a mail or directory client and ends
     * in {@code tls}, {@code enabled} or an address word.
     *
     * @param key a setting key
     * @return {@code false} when {@link PlainLoginLinks#judge} finds nothing whatever the value
     */
    static boolean judgesPlainLogin(String key) {
        boolean login = AsciiCase.contains(key, "mail") || AsciiCase.contains(key, "smtp")
                || AsciiCase.contains(key, "ldap") || AsciiCase.contains(key, "imap") || AsciiCase.contains(key, "pop3");
        return login && (AsciiCase.endsWith(key, "tls") || AsciiCase.endsWith(key, "ssl")
                || AsciiCase.endsWith(key, "enabled")
                || AsciiCase.endsWith(key, "enable") || AsciiCase.endsWith(key, "encryption")
                || AsciiCase.endsWith(key, "security") || AsciiCase.endsWith(key, "address")
                || AsciiCase.endsWith(key, "addr")
                || AsciiCase.endsWith(key, "server") || AsciiCase.endsWith(key, "url")
                || AsciiCase.endsWith(key, "uri") || AsciiCase.endsWith(key, "urls")
                || AsciiCase.endsWith(key, "host") || AsciiCase.endsWith(key, "relay"));
    }

    /**
     * Whether a key may name an allow-list {@link HostAllowLists} reads: it ends in {@value HostAllowLists#KEY_ENDING}
     * or {@value HostAllowLists#ALLOWED_ENDING}, or is the first item of a list ({@code trusted_hosts[0]}).
     *
     * @param key a setting key
     * @return {@code false} when {@link HostAllowLists#judge} finds nothing whatever the value
     */
    static boolean mayNameAllowList(String key) {
        return AsciiCase.endsWith(key, HostAllowLists.KEY_ENDING)
                || AsciiCase.endsWith(key, HostAllowLists.ALLOWED_ENDING)
                || AsciiCase.endsWith(key, HostAllowLists.FIRST_ITEM_ENDING);
    }

    /**
     * Whether {@code sandbox} or {@code sbx} starts at an {@code s} of the key. Keys are full of {@code s}
     * ({@code SVC_}, {@code SECRET}, {@code SESSION}), so the letter after it is read before either word.
     */
    static boolean mayCarryMode(String key) {
        for (int i = 0; i + 3 <= key.length(); i++) {
            char c = (char) (key.charAt(i) | 0x20);
            if (c != 's') {
                continue;
            }
            char next = key.charAt(i + 1);
            char lowerNext = (char) (next | 0x20);
            if ((next >= 0x80 || lowerNext == 'a') && AsciiCase.regionIs(key, i, "sandbox")
                    || (next >= 0x80 || lowerNext == 'b') && AsciiCase.regionIs(key, i, "sbx")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@link ServerListeners#named} can hold for a key of these words, whatever its value: found once per key
     * ({@link SandboxKey#serverListenerKey}); the gate asks {@link ServerListeners#named} only where it holds.
     *
     * @param words the key's lower-case words
     * @return {@code true} for a broker's listening address (an acceptor's, a transport connector's, or a
     *     {@code listeners} key other than an advertised one, which binds: Confluent's
     *     {@code SCHEMA_REGISTRY_LISTENERS=http://0.0.0.0:8081}, Kafka's {@code KAFKA_LISTENERS}, ksqlDB's
     *     {@code KSQL_LISTENERS}), or a default virtual host
     */
    static boolean namesServerListener(List<String> words) {
        int size = words.size();
        if (size == 0) {
            return false;
        }
        String last = words.get(size - 1);
        if (last.equals("listeners") || last.equals("listener")) {
            return !words.contains("advertised") && !words.contains("advertise");
        }
        if (size < 2) {
            return false;
        }
        if (last.equals("uri") || last.equals("url") || last.equals("bind")) {
            for (int i = 0; i < size - 1; i++) {
                String word = words.get(i);
                if (word.equals("acceptor") || word.equals("acceptors") || word.equals("transport") && i + 1 < size
                        && (words.get(i + 1).equals("connector") || words.get(i + 1).equals("connectors"))) {
                    return true;
                }
            }
            return false;
        }
        return last.equals("host") && words.get(size - 2).equals("default");
    }

    /**
     * The cheap look every key takes before its words are read for a broker list
     * ({@link BrokerLists#namesBrokerList(List)}): a broker list's key holds {@code broker}, {@code bootstrap} or
     * {@code addresses} in some case. Kept here, not in {@link BrokerLists}, so that a start whose keys name no
     * broker does not load that rule.
     *
     * @param key the key as written
     * @return {@code false} when the key names no broker list
     */
    static boolean mayNameBrokerList(String key) {
        return AsciiCase.contains(key, "broker") || AsciiCase.contains(key, "bootstrap")
                || AsciiCase.contains(key, "addresses");
    }

    /**
     * Whether a word of the key is a public test network's ({@link ModeWords#TEST_NETWORKS},
     * {@link ModeWords#PROPER_TEST_NETWORKS}): what {@link TestChainIds#testNetworkEndpointKey} and
     * {@link TestNetworkCredentials#namesKey} need of every key they accept, asked here so that other keys load neither.
     *
     * @param words the key's lower-case words
     * @return {@code false} when both rules pass the key by
     */
    static boolean namesTestNetwork(List<String> words) {
        for (String word : words) {
            if (ModeWords.TEST_NETWORKS.contains(word) || ModeWords.PROPER_TEST_NETWORKS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Last words of a key that names a chain's network ({@code ETH_NETWORK}, {@code solana.cluster}). */
    private static final String[] NETWORK_KEY_ENDS = {"network", "chain", "cluster", "environment", "env",
        "networkname", "chainname", "nettype", "networktype", "chaintype", "networkmode"};

    /**
     * Whether a key may name a chain's network, so that {@link TestChainIds#judgeName} reads its value as one: its
     * relaxed form ends in a network word ({@code ETH_NETWORK}, {@code solana.cluster}, {@code NETWORK_TYPE}).
     *
     * @param key the key as written
     * @return whether the key's value is read as a network's name
     */
    static boolean namesNetwork(String key) {
        return CanonicalKeys.endsWithAny(key, NETWORK_KEY_ENDS);
    }

    /** Last words of an address written as a word ({@code EXTERNAL_ADDRESS}, {@code advertised.addr}). */
    static final Set<String> ADDRESS_WORDS = Set.of("address", "addr");
    /** Last words of an IP address ({@code PUBLIC_IP}, {@code server.ipv4}, {@code ServerIpAddress}). */
    static final Set<String> IP_WORDS = Set.of("ip", "ipv4", "ipaddress");

    /** The words {@link #mayNameRelyingParty} looks for. */
    private static final Set<String> RELYING_PARTY_WORDS = Set.of("rpid", "id", "origin", "origins", "domain");

    /**
     * Whether a word of the key is {@code rpid} or a relying party's address word: every key
     * {@link RelyingParties#namesRelyingPartyAddress} accepts ends in one, before any index.
     *
     * @param words the key's lower-case words
     * @return {@code false} when that rule passes the key by
     */
    static boolean mayNameRelyingParty(List<String> words) {
        for (String word : words) {
            if (RELYING_PARTY_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first look at a key {@link ObjectStoreTls} may judge: five characters or more, the last a letter that ends
     * {@code ssl}, {@code secure}, {@code tls}, {@code https}, {@code usessl}, {@code enabled} or {@code enable}.
     *
     * @param key the key as written
     * @return {@code false} when that rule finds nothing whatever the value
     */
    static boolean mayNameObjectStoreTls(String key) {
        int length = key.length();
        if (length < 5) {
            return false;
        }
        char last = (char) (key.charAt(length - 1) | 0x20);
        return last == 'l' || last == 's' || last == 'e' || last == 'd';
    }

    /** TLS words of an object store client's switch ({@link #endsAsTlsSwitch}). */
    private static final Set<String> SWITCH_TLS_WORDS = Set.of("ssl", "tls", "https");

    /**
     * Whether the key's last words switch TLS on or off the way object store clients name it: {@code secure},
     * {@code ssl}, {@code tls}, {@code https} or {@code usessl}, or {@code enabled} (or {@code enable}) after one of the
     * TLS words ({@code minio.secure}, {@code S3_USE_SSL}, {@code storage.tls.enabled}).
     *
     * @param words the key's lower-case words
     * @return {@code false} when {@link ObjectStoreTls#judge} finds nothing whatever the value
     */
    static boolean endsAsTlsSwitch(List<String> words) {
        int size = words.size();
        if (size < 2) {
            return false;
        }
        String last = words.get(size - 1);
        return last.equals("secure") || SWITCH_TLS_WORDS.contains(last) || last.equals("usessl")
                || (last.equals("enabled") || last.equals("enable")) && SWITCH_TLS_WORDS.contains(words.get(size - 2));
    }

    /** TLS words before a client's mode word ({@link #namesClientTlsMode}). */
    private static final Set<String> CLIENT_TLS_WORDS = Set.of("tls", "ssl");
    /** Mode words after a TLS word ({@link #namesClientTlsMode}). */
    private static final Set<String> CLIENT_MODE_WORDS = Set.of("strategy", "mode", "flavor", "flavour");

    /**
     * The key test of {@link ClientTlsModes#judge}: the key ends in a TLS word and a mode word ({@code tls_mode},
     * {@code ssl.strategy}, {@code TLS_FLAVOR}), or in {@code secure comms}. Kept here, where every key is asked it, so
     * that a start whose keys end otherwise does not load that rule.
     *
     * @param words the key's lower-case words
     * @return whether the key may name a client's TLS mode
     */
    static boolean namesClientTlsMode(List<String> words) {
        int size = words.size();
        return size >= 2 && (CLIENT_MODE_WORDS.contains(words.get(size - 1))
                && CLIENT_TLS_WORDS.contains(words.get(size - 2))
                || words.get(size - 1).equals("comms") && words.get(size - 2).equals("secure"));
    }

    /** Last key words of an address that no address ends in: a URL is never written {@code …_url}. */
    static final Set<String> SPELLED_URL_WORDS = Set.of("url", "uri", "urls", "uris", "endpoint", "endpoints",
            "baseurl", "link", "webhook", "dsn");
    /** Last key words of a host, which a service name may end in; {@link SpelledKeys} needs the key's words repeated. */
    static final Set<String> SPELLED_HOST_WORDS = Set.of("host", "hostname", "server", "address", "addr", "domain",
            "fqdn", "origin");
    /**
     * Last key words of a host name that a variable's name in capitals cannot be ({@code ingress.hosts[0].host:
     * SCORPIO_DOMAIN}, a chart's template slot nobody filled): a DNS name has no underscore. A key whose last word is
     * {@code name} ({@code personDBHost.name: UW_PERSON_DB_HOST}) may name the variable on purpose and is not read.
     */
    private static final Set<String> SPELLED_HOST_NAME_WORDS = Set.of("host", "hosts", "hostname", "domain", "domains",
            "fqdn");
    /** The words before a last {@code name} that make a key a host's name ({@code DOMAIN_NAME}). */
    private static final Set<String> NAMED_HOST_WORDS = Set.of("domain", "host", "server");

    /**
     * Whether {@link SpelledKeys} could judge a key with these words at all: its last word is an address word, or it
     * ends in a host's name ({@code DOMAIN_NAME}, {@code HOST_NAME}, Synapse's {@code server_name}). Other keys are
     * never judged, whatever their value.
     *
     * @param keyWords the key's lower-case words
     * @return {@code false} when that rule finds nothing whatever the value
     */
    static boolean judgesSpelledKey(List<String> keyWords) {
        if (keyWords.isEmpty()) {
            return false;
        }
        String last = keyWords.get(keyWords.size() - 1);
        return SPELLED_URL_WORDS.contains(last) || SPELLED_HOST_WORDS.contains(last) || namedHost(keyWords) != null
                || namesSpelledHostName(keyWords);
    }

    /** Whether the key's last naming word ({@link #lastNamingWord}) is a host name's, as {@link SpelledKeys} reads it. */
    static boolean namesSpelledHostName(List<String> keyWords) {
        return SPELLED_HOST_NAME_WORDS.contains(lastNamingWord(keyWords));
    }

    /** The key's last word, or its last before list indexes ({@code hosts} of {@code tls[0].hosts[0]}). */
    static String lastNamingWord(List<String> keyWords) {
        int last = keyWords.size() - 1;
        while (last > 0 && digitsOnly(keyWords.get(last))) {
            last--;
        }
        return keyWords.get(last);
    }

    private static boolean digitsOnly(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) < '0' || word.charAt(i) > '9') {
                return false;
            }
        }
        return !word.isEmpty();
    }

    /**
     * The word before a last {@code name} that makes the key a host's name: {@code domain} ({@code DOMAIN_NAME}),
     * {@code host} ({@code HOST_NAME}) or {@code server} ({@code server_name}, which is also a display name's key), or
     * {@code null}.
     */
    static @Nullable String namedHost(List<String> keyWords) {
        int size = keyWords.size();
        if (size < 2 || !keyWords.get(size - 1).equals("name")) {
            return null;
        }
        String before = keyWords.get(size - 2);
        return NAMED_HOST_WORDS.contains(before) ? before : null;
    }

    /**
     * Last key words of a host, a domain or an IP address, or a list of them ({@code ALLOWED_HOSTS}, a Kafka client's
     * {@code bootstrap.servers}, {@code KAFKA_BROKERS}, OpenOlat's {@code server.domainname}), whatever the role: what
     * {@link UnfilledAddresses} reads.
     */
    private static final Set<String> UNFILLED_HOST_WORDS = Set.of("host", "hostname", "ip", "ipaddress", "ipaddr",
            "fqdn", "hosts", "hostnames", "ips", "servers", "brokers", "domain", "domainname", "domains");
    /** Words before an address word ({@link #ADDRESS_WORDS}) that say whose it is ({@code server.address}, not a wallet's). */
    private static final Set<String> ADDRESS_OWNERS = Set.of("server", "ip", "host", "bind", "listen", "public",
            "node", "remote", "external", "advertised", "advertise", "private", "internal", "vm", "machine");

    /**
     * Whether a key's words end in a host or address word, so that {@link UnfilledAddresses} reads its values; found
     * once per key.
     *
     * @param words the key's words
     * @return {@code true} for host, host-name and IP-address keys, owned address keys and bucket keys
     */
    static boolean namesUnfilledAddress(List<String> words) {
        if (words.isEmpty()) {
            return false;
        }
        String last = words.get(words.size() - 1);
        if (UNFILLED_HOST_WORDS.contains(last) || namesBucket(words, last)) {
            return true;
        }
        if (words.size() > 1 && LIST_OF_HOSTS.contains(words.get(words.size() - 2)) && isIndex(last)) {
            return true;
        }
        return ADDRESS_WORDS.contains(last) && words.size() > 1 && ADDRESS_OWNERS.contains(words.get(words.size() - 2));
    }

    /**
     * The plural host words whose numbered items ({@code trusted_domains[0]}, {@code ALLOWED_HOSTS[1]},
     * {@code ssl_domains[0]}) are read as the list itself is, as flattened YAML and JSON write a list (forty-fifth
     * pass).
     */
    private static final Set<String> LIST_OF_HOSTS = Set.of("hosts", "hostnames", "ips", "domains");

    private static boolean isIndex(String word) {
        if (word.isEmpty() || word.length() > 3) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) < '0' || word.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * An object store's bucket ({@code gcp.bucket.name}, {@code S3_BUCKET}, {@code AWS_STORAGE_BUCKET_NAME}): where the
     * service's files go, named as a host is, so a template there ({@code YOUR_BUCKET_NAME}) was never filled in.
     */
    private static boolean namesBucket(List<String> words, String last) {
        return last.equals("bucket") || words.size() > 1 && last.equals("name")
                && words.get(words.size() - 2).equals("bucket");
    }

    /** The last words of a key {@link BareHostKeys}' destination rules read: a mail server's, a domain's, a zone's. */
    private static final String[] DESTINATION_WORDS = {"address", "addr", "server", "relay", "smarthost", "mailhub",
        "domain", "hostname", "fqdn", "servername", "name", "suffix", "ip", "domains"};
    /** The words of {@link #DESTINATION_WORDS} by their last letter, so that a key is compared only with those. */
    private static final String[][] DESTINATIONS_ENDING_IN = byLastLetter(DESTINATION_WORDS);
    /** Lists of destinations whose items {@link #itemKey} reads as the singular key. */
    private static final String[] PLURAL_DESTINATIONS = {"domains", "hostnames", "fqdns", "servernames"};

    private static String[][] byLastLetter(String[] words) {
        String[][] byLetter = new String[128][];
        Arrays.fill(byLetter, new String[0]);
        for (String word : words) {
            int last = word.charAt(word.length() - 1);
            byLetter[last] = Arrays.copyOf(byLetter[last], byLetter[last].length + 1);
            byLetter[last][byLetter[last].length - 1] = word;
        }
        return byLetter;
    }

    /**
     * Whether a key passes the key test that {@link BareHostKeys#judge} and {@link BareHostKeys#templateDomain} open
     * with: its item key ends in a destination word. A key that fails it gets {@code null} from both, whatever its
     * value.
     *
     * @param key a setting key as written
     * @return {@code false} when neither rule can judge the key
     */
    static boolean mayNameDestination(String key) {
        return endsWithDestinationWord(itemKey(key));
    }

    /**
     * Whether a key ends in a destination word ({@link #DESTINATION_WORDS}), ignoring case as {@link AsciiCase} does.
     *
     * @param key a setting key, or the item key of one
     * @return whether it ends in such a word
     */
    static boolean endsWithDestinationWord(String key) {
        if (key.isEmpty()) {
            return false;
        }
        char last = key.charAt(key.length() - 1);
        String[] candidates = last >= 0x80 ? DESTINATION_WORDS : DESTINATIONS_ENDING_IN[(last | 0x20) & 0x7F];
        for (String word : candidates) {
            if (AsciiCase.endsWith(key, word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The key of one item of a list of domains or host names read as the singular key
     * ({@code vouch.domains[0]} as {@code vouch.domain}): the item holds one name, unlike
     * {@code ALLOWED_DOMAINS}, whose value is the whole comma-separated list and stays no domain key. Other keys are
     * returned as they are.
     *
     * @param key a setting key as written
     * @return the singular key of a list item, or the key
     */
    static String itemKey(String key) {
        int length = key.length();
        if (length < 4 || key.charAt(length - 1) != ']') {
            return key;
        }
        int open = key.lastIndexOf('[');
        if (open < 1 || open == length - 2) {
            return key;
        }
        for (int i = open + 1; i < length - 1; i++) {
            if (key.charAt(i) < '0' || key.charAt(i) > '9') {
                return key;
            }
        }
        String list = key.substring(0, open);
        for (String word : PLURAL_DESTINATIONS) {
            if (AsciiCase.endsWith(list, word)) {
                return list.substring(0, list.length() - 1);
            }
        }
        return key;
    }

    /**
     * The first statement of {@link BareHostKeys#namesPartDomain}: {@code domain} is one of the key's last three words
     * but not its last. A key that fails it is no part's domain.
     *
     * @param words the key's lower-case words
     * @return {@code false} when that rule says no
     */
    static boolean mayNamePartDomain(List<String> words) {
        int size = words.size();
        int domain = words.lastIndexOf("domain");
        return domain >= 0 && domain < size - 1 && domain >= size - 3;
    }

    @Override
    public String toString() {
        return "SandboxKey[" + key + "]";
    }
}
