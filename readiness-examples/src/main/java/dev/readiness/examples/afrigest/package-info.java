/**
 * Seed 001, AfriGest (multi-tenant retail API with master and tenant PostgreSQL databases, Stripe, PayPal, MTN MoMo
 * and Orange Money): its operator runbook as gates. {@link dev.readiness.examples.afrigest.AfriGestGates} lists the
 * custom ones; {@code afrigest/production.properties} and {@code afrigest/staging.properties} are good
 * configurations for each stage.
 */
@NullMarked
package dev.readiness.examples.afrigest;

import org.jspecify.annotations.NullMarked;
