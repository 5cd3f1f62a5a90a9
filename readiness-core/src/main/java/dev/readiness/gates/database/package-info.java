/**
 * The {@code database} gate and the database URL parser behind it: JDBC URLs, database URIs and key=value
 * connection strings, judged for the stage (embedded or test databases, default credentials, template hosts,
 * TLS switched off or not required, passwords inside URLs).
 */
@NullMarked
package dev.readiness.gates.database;

import org.jspecify.annotations.NullMarked;
