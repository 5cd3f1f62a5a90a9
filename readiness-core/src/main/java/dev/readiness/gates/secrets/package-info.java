/**
 * The built-in {@code secrets} gate: finds the settings that hold secrets by their key names
 * ({@link dev.readiness.gates.secrets.SecretKeys}) and judges each value
 * ({@link dev.readiness.gates.secrets.SecretStrength}): blank, unresolved placeholder, published default, guessable,
 * too little entropy for its purpose, wrong key size, reused under two keys. Findings describe values with
 * {@link dev.readiness.SecretShape} only; no value, nor any fragment of one, ever leaves these classes.
 */
@NullMarked
package dev.readiness.gates.secrets;

import org.jspecify.annotations.NullMarked;
