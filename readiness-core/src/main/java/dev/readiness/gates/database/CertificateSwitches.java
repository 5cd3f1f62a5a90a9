package dev.readiness.gates.database;

import dev.readiness.Finding;
import dev.readiness.Stage;
import dev.readiness.gates.internal.DatabaseWords;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.settings.RelaxedNames;
import dev.readiness.settings.Setting;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A database connection's certificate check switched off in a setting of its own: node-postgres' and Knex's
 * {@code DATABASE_SSL_REJECT_UNAUTHORIZED=false} (Strapi, Directus, n8n's {@code db.postgresdb.ssl.reject_unauthorized}),
 * {@code COSMOS_IGNORE_SSL_CERT=true}, {@code DB_TRUST_SERVER_CERTIFICATE=true}, {@code MONGO_TLS_INSECURE=true}. TLS is
 * on but any certificate is accepted, so whoever sits on the path can read the traffic. The key must name a database
 * ({@link DatabaseWords#URL_OWNERS}, Cosmos DB); the same words under a mail or HTTP client key are not read here.
 * Stateless.
 */
final class CertificateSwitches {

    private static final Set<String> TRUE = Set.of("true", "1", "yes", "on");
    private static final Set<String> FALSE = Set.of("false", "0", "no", "off");
    private static final Set<String> OWNERS = Set.of("cosmos", "cosmosdb");

    /** What a key's value means when it names a certificate switch. */
    enum Kind {
        /** Not such a switch. */
        NONE,
        /** {@code true} turns the check off. */
        OFF_WHEN_TRUE,
        /** {@code false} turns the check off. */
        OFF_WHEN_FALSE;

        /** Last words that turn the check off when the value is true. */
        private static final List<String> TRUE_ENDINGS = List.of("ignoresslcert", "ignoresslcertificate",
                "ignorecert", "ignorecertificate", "ignorecertificates", "trustservercertificate", "insecureskipverify",
                "skipverify", "tlsinsecure", "sslinsecure", "allowinvalidcertificates", "allowinvalidcerts");
        /** Last words that turn the check off when the value is false. */
        private static final List<String> FALSE_ENDINGS = List.of("rejectunauthorized", "verifyservercertificate",
                "sslverify", "tlsverify", "verifycert", "verifycertificate", "sslverifycert", "verifyssl", "verifytls");
        /** Words before a verify ending that ask for the check to be skipped, so {@code true} turns it off. */
        private static final List<String> NEGATIONS = List.of("skip", "disable", "ignore", "bypass", "dont");

        /**
         * The kind a key's canonical form ends as, before {@link CertificateSwitches#of(String)} asks that the key
         * name a database: here, so that a key with no such ending loads no more of this class than the kind.
         *
         * @param canonical a key's canonical form ({@link RelaxedNames#canonical(String)})
         * @return the kind its ending names, {@link #NONE} for most keys
         */
        static Kind ofEnding(String canonical) {
            if (endsWithAny(canonical, TRUE_ENDINGS) >= 0) {
                return OFF_WHEN_TRUE;
            }
            int verify = endsWithAny(canonical, FALSE_ENDINGS);
            return verify < 0 ? NONE : negated(canonical, verify) ? OFF_WHEN_TRUE : OFF_WHEN_FALSE;
        }

        /**
         * Whether the verify words are asked to be skipped: {@code REDIS_INSECURE_SKIP_TLS_VERIFY} and {@code
         * DB_DISABLE_SSL_VERIFY} end as {@code TLS_VERIFY} does, but their {@code false} keeps the check on
         * (thirty-seventh pass: netbox-docker's {@code REDIS_INSECURE_SKIP_TLS_VERIFY=false} was read as the check
         * switched off).
         */
        private static boolean negated(String canonical, int verify) {
            for (String negation : NEGATIONS) {
                if (canonical.startsWith(negation, verify - negation.length())) {
                    return true;
                }
            }
            return false;
        }

        /** Where the first of the endings starts in the text, or -1. */
        private static int endsWithAny(String text, List<String> suffixes) {
            for (String suffix : suffixes) {
                if (text.endsWith(suffix)) {
                    return text.length() - suffix.length();
                }
            }
            return -1;
        }
    }

    private CertificateSwitches() {
    }

    /**
     * What a key is, read once per key.
     *
     * @param key a setting key
     * @return the switch kind
     */
    static Kind of(String key) {
        Kind kind = Kind.ofEnding(RelaxedNames.canonical(key));
        if (kind == Kind.NONE) {
            return kind;
        }
        for (String word : KeyWords.of(key)) {
            if (DatabaseWords.URL_OWNERS.contains(word) || OWNERS.contains(word) || word.startsWith("postgres")
                    || word.startsWith("mongo") || word.startsWith("redis")) {
                return kind;
            }
        }
        return Kind.NONE;
    }

    /**
     * A WARN in production when the value switches the check off.
     *
     * @param setting the setting
     * @param kind its key's kind
     * @param stage the stage
     * @return the finding, or empty
     */
    static List<Finding> judge(Setting setting, Kind kind, Stage stage) {
        if (stage != Stage.PRODUCTION || kind == Kind.NONE) {
            return List.of();
        }
        String value = setting.value().strip().toLowerCase(Locale.ROOT);
        if (!(kind == Kind.OFF_WHEN_TRUE ? TRUE : FALSE).contains(value)) {
            return List.of();
        }
        return List.of(Finding.warn("database.tls-unverified", setting)
                .message(setting.key() + " switches off the check of the database server's certificate: the"
                        + " connection is encrypted, but to whichever server answers, so whoever sits on the path can"
                        + " read the traffic, passwords included.")
                .remediation("Remove " + setting.key() + " and trust the server's CA instead (the provider's CA"
                        + " bundle, or the private CA that signed the server's certificate).")
                .build());
    }
}
