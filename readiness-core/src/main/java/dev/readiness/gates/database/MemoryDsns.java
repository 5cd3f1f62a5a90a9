package dev.readiness.gates.database;

import dev.readiness.Finding;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.settings.Setting;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A data source name of one word, {@code memory}: Ory Kratos's, Hydra's and Keto's {@code dsn: memory}
 * ({@code DSN=memory} in their quickstarts), which their documentation gives as the in-memory SQLite database for
 * trying the product out: every identity, session, client and consent is lost at each restart and no second replica
 * shares them. Only a key whose last word is {@code dsn} is read, and not one whose words name a non-database store
 * (Symfony's {@code LOCK_DSN}, {@code MESSENGER_TRANSPORT_DSN}, {@code MAILER_DSN}, a cache, a session store, a
 * queue, Sentry's DSN). Stateless.
 */
final class MemoryDsns {

    private static final String MEMORY = "memory";
    private static final Set<String> OTHER_STORES = Set.of("lock", "messenger", "transport", "mailer", "mail", "cache",
            "session", "queue", "mq", "sentry", "redis", "broker", "log", "logs");

    private MemoryDsns() {
    }

    /**
     * Adds the finding of {@link #judge} when there is one.
     *
     * @param setting a setting no other database rule claimed, whose value has six characters
     * @param stage the stage judged
     * @param findings where the finding goes
     * @return whether a finding was added
     */
    static boolean add(Setting setting, Stage stage, List<Finding> findings) {
        Finding finding = judge(setting, stage);
        return finding != null && findings.add(finding);
    }

    /**
     * The finding on a {@code dsn} key holding {@code memory}, or {@code null}.
     *
     * @param setting the setting of a database URL key
     * @param stage the stage judged
     * @return a {@code database.embedded} finding (NO-GO in production), or {@code null}
     */
    static @Nullable Finding judge(Setting setting, Stage stage) {
        String value = setting.value().strip();
        if (value.length() != MEMORY.length() || !value.equalsIgnoreCase(MEMORY)) {
            return null;
        }
        List<String> words = KeyWords.of(setting.key());
        if (words.isEmpty() || !words.get(words.size() - 1).equals("dsn")) {
            return null;
        }
        for (String word : words) {
            if (OTHER_STORES.contains(word)) {
                return null;
            }
        }
        return Finding.of(stage == Stage.PRODUCTION ? Severity.NO_GO : Severity.WARN, "database.embedded", setting)
                .message(setting.key() + " is memory, the in-memory database: every record is lost at each restart "
                        + "and no other replica shares it, not a " + stage.id() + " database server.")
                .remediation("Point " + setting.key() + " at the " + stage.id() + " database server (a postgres:// "
                        + "or mysql:// DSN); keep memory for trying the product out.")
                .build();
    }
}
