package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.gates.internal.Hosts;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.internal.ReferencedValues;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An object-store client's TLS switched off in production: Hadoop's and Spark's S3A
 * {@code fs.s3a.connection.ssl.enabled=false}, {@code S3_USE_SSL=false}, {@code MINIO_USE_SSL=false},
 * {@code S3_SECURE=0}, {@code STORAGE_USE_SSL=false}. Every object, and the requests the access key signs, then cross
 * the network in clear text: a NO-GO since the thirty-fourth pass, whether or not a credential sits beside it, since
 * the objects themselves cross the network readable. So is a vector database's client, as a WARN like a database's
 * TLS off ({@code MILVUS_SECURE=false}, {@code QDRANT_HTTPS=false}, {@code WEAVIATE_SECURE=false}): the documents and
 * embeddings it stores, and its API key, travel in clear text. A switch of certificate checks ({@code s3.verify.ssl})
 * is {@link TlsVerification}'s, and a key that names no object store ({@code secure}, {@code ssl.enabled}) is not
 * read. Since the forty-first pass an object store's switch whose endpoint beside it ({@code MINIO_ENDPOINT},
 * {@code minio.address}, {@code hive.s3.endpoint}) names a Compose or cluster service ({@code minio},
 * {@code radosgw:7480}) or this machine is a WARN: the objects cross only that deployment's network, where the label
 * policy accepts plain transport, while the switch still leaves the store plain if it moves. Stateless.
 */
final class ObjectStoreTls {

    private static final Set<String> OFF_VALUES = Set.of("false", "0", "off", "no");
    /** Words of a key that name an object store's client. */
    private static final Set<String> STORE_WORDS = Set.of("s3", "s3a", "minio", "objectstore", "objectstorage",
            "storage", "r2", "oss");
    /** Of those, the ones whose {@code secure} switch means TLS ({@code S3_SECURE}, {@code MINIO_SECURE}). */
    private static final Set<String> SECURE_STORE_WORDS = Set.of("s3", "s3a", "minio");
    /** Words of a key that name a vector database's client, whose {@code secure} switch also means TLS. */
    private static final Set<String> VECTOR_STORE_WORDS = Set.of("milvus", "zilliz", "qdrant", "weaviate", "chroma",
            "chromadb", "vespa", "typesense", "meilisearch");
    private static final Set<String> CHECK_WORDS = Set.of("verify", "verification", "skip", "insecure", "disable",
            "disabled", "cert", "certificate", "server", "listener");

    private ObjectStoreTls() {
    }

    /**
     * The finding on an object-store client's TLS switched off, or {@code null}.
     *
     * @param setting the setting, judged for production
     * @return a NO-GO {@code sandbox.tls-off}, or {@code null}
     */
    static @Nullable Finding judge(Settings settings, Setting setting) {
        String value = setting.value().strip();
        if (value.isEmpty() || value.length() > 5 || !OFF_VALUES.contains(value.toLowerCase(Locale.ROOT))) {
            return null;
        }
        List<String> words = KeyWords.of(setting.key());
        int size = words.size();
        if (size < 2) {
            return null;
        }
        String last = words.get(size - 1);
        boolean secure = last.equals("secure");
        if (!SandboxKey.endsAsTlsSwitch(words)) {
            return null;
        }
        boolean store = false;
        boolean vector = false;
        for (String word : words) {
            if (CHECK_WORDS.contains(word)) {
                return null;
            }
            store |= secure ? SECURE_STORE_WORDS.contains(word) : STORE_WORDS.contains(word);
            vector |= VECTOR_STORE_WORDS.contains(word);
        }
        if (!store && !vector) {
            return null;
        }
        if (store && internalEndpoint(settings, setting.key())) {
            return Finding.warn("sandbox.tls-off", setting)
                    .message(setting.key() + " switches TLS off for an object store's client in production; the "
                            + "endpoint beside it is a Compose or cluster service or this machine, so the objects "
                            + "cross that deployment's network in clear text, and any store it is pointed at later.")
                    .remediation("Turn TLS on in " + setting.key() + " before the store leaves the deployment's "
                            + "network, or accept the internal hop with a waiver.")
                    .build();
        }
        return (store ? Finding.noGo("sandbox.tls-off", setting) : Finding.warn("sandbox.tls-off", setting))
                .message(store ? setting.key() + " switches TLS off for an object store's client in production: every "
                        + "object, and every request its access key signs, crosses the network readable by anyone on "
                        + "the path."
                        : setting.key() + " switches TLS off for a vector database's client in production: every "
                                + "document, embedding and query, and its API key, cross the network readable by "
                                + "anyone on the path.")
                .remediation("Turn TLS on in " + setting.key() + " and use the " + (store ? "store's" : "database's")
                        + " https:// endpoint.")
                .build();
    }

    /** The word a key naming an object store's endpoint holds ({@code S3_ENDPOINT}, {@code AWS_ENDPOINT_URL_S3}). */
    static final String ENDPOINT = "endpoint";
    /** Words of a key that name an object store's client, for its endpoint: not {@code storage} or {@code oss}. */
    private static final Set<String> ENDPOINT_STORE_WORDS = Set.of("s3", "s3a", "minio", "objectstore",
            "objectstorage", "r2");

    /**
     * The finding on an object store's endpoint in plain {@code http://} on a public name or address, or {@code null}
     * (forty-fourth pass: {@code S3_ENDPOINT=http://s3.afrigest.africa} in a production env file was a GO, while the
     * same client's {@code S3_USE_SSL=false} is a NO-GO). The client signs its requests with its access key over
     * that URL and every object crosses the internet readable; a private address, a Compose or cluster service
     * ({@code http://minio:9000}, {@code minio.minio-system}, {@code *.svc.cluster.local}) or this machine is that
     * deployment's network, where the label policy accepts plain transport, and is not read. Only a key holding
     * {@code endpoint} and an object store's word ({@code s3}, {@code s3a}, {@code minio}, {@code objectstore},
     * {@code r2}) is read, and only a name under a top-level domain anyone can register in. When the same client's
     * TLS switch beside it is off ({@code fs.s3a.connection.ssl.enabled=false} beside {@code fs.s3a.endpoint}), that
     * switch's finding names the one mistake, and the endpoint has none of its own.
     *
     * A key of the application's own that takes the whole value from such a variable
     * ({@code afrigest.storage.endpoint: ${S3_ENDPOINT}}) is read with the variable's words: at boot only that key is
     * judged, and the finding is then reported on the variable.
     *
     * @param references the configuration and the keys values came through
     * @param setting a setting whose value starts with {@code http://} and whose key holds {@link #ENDPOINT}
     * @return a NO-GO {@code sandbox.tls-off}, or {@code null}
     */
    static @Nullable Finding judgeEndpoint(ReferencedValues references, Setting setting) {
        List<String> words = KeyWords.of(setting.key());
        if (!words.contains(ENDPOINT)) {
            return null;
        }
        if (!namesStore(words)) {
            Setting defining = references.definingSetting(setting, setting.value().strip()).orElse(null);
            if (defining == null || !namesStore(KeyWords.of(defining.key()))) {
                return null;
            }
        }
        Settings settings = references.settings();
        String host = hostOf(setting.value());
        if (host.isEmpty() || !PlainHttpAddresses.publicName(host) && !publicAddress(host)
                || switchedOffBeside(settings, setting.key())) {
            return null;
        }
        return Finding.noGo("sandbox.tls-off", setting)
                .message(setting.key() + " points an object store's client at http://" + host + ", a public host, "
                        + "in production: every object, and every request its access key signs, crosses the network "
                        + "readable by anyone on the path.")
                .remediation("Use the store's https:// endpoint in " + setting.key() + ".")
                .build();
    }

    private static boolean namesStore(List<String> words) {
        for (String word : words) {
            if (ENDPOINT_STORE_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a TLS switch of the endpoint's section ({@code S3_USE_SSL} beside {@code S3_ENDPOINT}) is off. */
    private static boolean switchedOffBeside(Settings settings, String endpointKey) {
        int cut = Math.max(endpointKey.lastIndexOf('.'), endpointKey.lastIndexOf('_'));
        if (cut <= 0) {
            return false;
        }
        String section = endpointKey.substring(0, cut + 1);
        for (Setting sibling : settings) {
            if (sibling.key().regionMatches(true, 0, section, 0, section.length())
                    && !sibling.key().equals(endpointKey) && sibling.value().strip().length() <= 5
                    && judge(settings, sibling) != null) {
                return true;
            }
        }
        return false;
    }

    /** A public IP address: an object store reached over the internet by its address. */
    private static boolean publicAddress(String host) {
        return !host.isEmpty() && Character.isDigit(host.charAt(host.length() - 1))
                && Hosts.kind(host) == Hosts.Kind.PUBLIC;
    }

    /** The members beside a switch that name the store's address. */
    private static final String[] ENDPOINT_MEMBERS = {"endpoint", "address", "host", "url", "server"};
    private static final int MAX_STRIPPED = 3;

    /**
     * Whether an endpoint beside the switch, in the section of the switch's key or up to two sections above it
     * ({@code MINIO_USE_SSL} → {@code MINIO_ENDPOINT}, {@code hive.s3.ssl.enabled} → {@code hive.s3.endpoint}), names
     * a Compose or cluster service or a loopback host.
     */
    static boolean internalEndpoint(Settings settings, String key) {
        int end = key.length();
        for (int stripped = 0; stripped < MAX_STRIPPED; stripped++) {
            int cut = Math.max(key.lastIndexOf('.', end - 1), key.lastIndexOf('_', end - 1));
            if (cut <= 0) {
                return false;
            }
            end = cut;
            String prefix = key.substring(0, end + 1);
            boolean upper = prefix.equals(prefix.toUpperCase(Locale.ROOT));
            for (String member : ENDPOINT_MEMBERS) {
                String name = upper ? member.toUpperCase(Locale.ROOT) : member;
                Optional<Setting> endpoint = settings.get(prefix + name);
                if (endpoint.isEmpty() && !upper) {
                    endpoint = settings.get(prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1));
                }
                if (endpoint.isPresent()) {
                    String host = hostOf(endpoint.get().value());
                    return !host.isEmpty() && (Hosts.isServiceName(host) || Hosts.isLoopback(host));
                }
            }
        }
        return false;
    }

    /** The host of an endpoint written as a URL, {@code host:port} or a bare host; credentials before it dropped. */
    private static String hostOf(String value) {
        String v = value.strip();
        int scheme = v.indexOf("://");
        if (scheme >= 0) {
            v = v.substring(scheme + 3);
        }
        int slash = v.indexOf('/');
        if (slash >= 0) {
            v = v.substring(0, slash);
        }
        v = v.substring(v.lastIndexOf('@') + 1);
        int colon = v.indexOf(':');
        return colon >= 0 ? v.substring(0, colon) : v;
    }
}
