package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.settings.Setting;
import java.util.List;
import java.util.Locale;
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
 * read. Stateless.
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
    static @Nullable Finding judge(Setting setting) {
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
}
