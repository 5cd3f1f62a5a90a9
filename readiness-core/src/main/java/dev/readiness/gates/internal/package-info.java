/**
 * Machinery the built-in gates share (host kinds, database words, tenant key matching); not exported by the module
 * and no compatibility promise.
 */
@NullMarked
package dev.readiness.gates.internal;

import org.jspecify.annotations.NullMarked;
