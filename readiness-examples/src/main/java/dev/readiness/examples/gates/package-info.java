/**
 * Reusable custom gates written against readiness' public API only, as a user would write them: allowed CORS
 * origins, secrets required together with a provider, AES key size, HTTPS URLs, production switches, the runtime's
 * environment name. Each example composes them under its own gate ids ({@code rappit.cors}, {@code shopee.aes-key}).
 */
@NullMarked
package dev.readiness.examples.gates;

import org.jspecify.annotations.NullMarked;
