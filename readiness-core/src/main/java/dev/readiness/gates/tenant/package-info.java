/**
 * The {@code tenant} gate: every persistent type carries its tenant key or is declared global. Adapters contribute
 * the application's {@link dev.readiness.gates.tenant.PersistentTypes persistent types} as a fact.
 */
@NullMarked
package dev.readiness.gates.tenant;

import org.jspecify.annotations.NullMarked;
