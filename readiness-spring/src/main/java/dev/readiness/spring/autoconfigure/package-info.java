/**
 * Auto-configuration that runs the readiness gates at boot: settings-only gates before the application context
 * exists, the others once beans exist, one report for both, and start-up refused on NO-GO.
 */
@NullMarked
package dev.readiness.spring.autoconfigure;

import org.jspecify.annotations.NullMarked;
