/**
 * The command-line pre-deploy check: {@code java -jar readiness-cli.jar check --env-file prod.env}. Runs the
 * gates found on the class path over env and properties files and exits 0, 1 or 2.
 */
@NullMarked
package dev.readiness.cli;

import org.jspecify.annotations.NullMarked;
