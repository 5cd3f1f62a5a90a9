package dev.readiness.gates.database;

import dev.readiness.gates.internal.KeyWords;
import java.util.Set;

/**
 * Keys of a cache's address ({@code REDIS_HOST}, {@code spring.data.redis.host}, {@code MEMCACHED_HOST}): a cache
 * on the local machine is a sidecar or the host's own, legitimate in production, and loses no data of record, so the
 * file's evidence of a developer's machine never makes its loopback address a NO-GO. Stateless.
 */
final class CacheStores {

    private static final Set<String> WORDS = Set.of("redis", "valkey", "keydb", "dragonfly", "memcached", "memcache",
            "redisson");

    private CacheStores() {
    }

    /** Whether a key's words name a cache store. */
    static boolean named(String key) {
        for (String word : KeyWords.of(key)) {
            if (WORDS.contains(word) || word.startsWith("redis")) {
                return true;
            }
        }
        return false;
    }
}
