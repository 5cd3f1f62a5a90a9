/**
 * Seed 002, "rappit": a multi-tenant order and shipping API (DHL and FedEx carriers, Shopify, WooCommerce and
 * Stripe) whose production checklist becomes readiness gates. {@link dev.readiness.examples.rappit.RappitApplication}
 * is a real Spring Boot web service with JPA entities scoped by {@code organizationId}; its embedded defaults are a
 * development configuration judged for production, so it refuses to start until given a production one.
 */
@NullMarked
package dev.readiness.examples.rappit;

import org.jspecify.annotations.NullMarked;
