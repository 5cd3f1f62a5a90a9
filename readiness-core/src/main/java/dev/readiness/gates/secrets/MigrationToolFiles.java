package dev.readiness.gates.secrets;

import dev.readiness.SecretShape;
import dev.readiness.settings.Origin;
import java.util.Set;

/**
 * The configuration file of a database migration tool: Flyway's {@code flyway.conf} or {@code flyway.properties}
 * ({@code conf/flyway.conf}, {@code flyway-prod.conf}, {@code flyway.toml}) and Liquibase's
 * {@code liquibase.properties}. The tool reads it from the project's checkout, where it sits beside the migrations it
 * applies, so a literal password there is committed with the code for everyone who runs the migrations: probably
 * public however random it looks. It is a WARN, {@code secrets.likely-published}, as a Compose file's literal is
 * ({@link ShippedFiles}): a deployment may keep its own copy private, and a fresh value of its own must not stop it;
 * a file that also holds a sample's evidence makes it a NO-GO ({@link SampleEvidence#committed}). Stateless.
 */
final class MigrationToolFiles {

    private static final Set<String> WORDS = Set.of("flyway", "liquibase");

    private MigrationToolFiles() {
    }

    /**
     * Whether a setting comes from a migration tool's configuration file: a word {@code flyway} or {@code liquibase}
     * in the file's name.
     *
     * @param origin where the value came from
     * @return {@code true} for a Flyway or Liquibase configuration file
     */
    static boolean isMigrationConf(Origin origin) {
        return FileNameWords.nameHasWord(origin, WORDS);
    }

    /**
     * The problem of a literal secret that passed every check in a migration tool's configuration file.
     *
     * @param value the literal; only its shape is kept
     * @param purpose what it is for
     * @return a {@code secrets.likely-published} problem
     */
    static SecretProblem committed(String value, SecretPurpose purpose) {
        SecretShape shape = SecretValues.shape(value);
        return new SecretProblem("secrets.likely-published", shape,
                "is a literal secret in a database migration tool's configuration file (Flyway, Liquibase), which "
                        + "the tool reads from the project's checkout beside the migrations: committed with the code "
                        + "for everyone who runs them, probably public however random it looks ("
                        + SecretStrength.describe(shape) + ")",
                "Write the key as a reference (`flyway.password=${env.FLYWAY_PASSWORD}`, `password: ${DB_PASSWORD}`) "
                        + "or pass it on the command line or in `FLYWAY_PASSWORD`, keep the value in your secret "
                        + "store, and rotate it if the file was ever published. "
                        + SecretStrength.remediation(purpose));
    }
}
