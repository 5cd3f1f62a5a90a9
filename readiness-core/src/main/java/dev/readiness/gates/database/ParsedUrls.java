package dev.readiness.gates.database;

import java.util.HashMap;
import java.util.Map;

/**
 * {@link DatabaseUrl#parse(String)} once per distinct value during a check: configurations repeat a database URL
 * or host under several keys (the application's, a migration tool's, a pool's). Made by the gate at the start of a
 * check and dropped with it; remembers the first {@value #LIMIT} values. Not thread-safe: one check, one thread.
 */
final class ParsedUrls {

    static final int LIMIT = 4096;

    private final Map<String, ParseResult> results = new HashMap<>();

    /** The parse of a value, the same result every time it is asked for. */
    ParseResult parse(String value) {
        ParseResult result = results.get(value);
        if (result == null) {
            result = DatabaseUrl.parse(value);
            if (results.size() < LIMIT) {
                results.put(value, result);
            }
        }
        return result;
    }
}
