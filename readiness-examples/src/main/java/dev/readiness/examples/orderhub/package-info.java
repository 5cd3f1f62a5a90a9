/**
 * Seed 003, an order hub for Shopify, Amazon and WooCommerce sellers (orders, inventory, shipping labels, worker
 * jobs): its production checklist as gates. The checklist's first fix, "{@code userId} on all models", is the
 * {@code tenant} gate over this package's JPA entities; {@link dev.readiness.examples.orderhub.OrderHubGates} lists
 * the custom gates and {@code orderhub/production.properties} is a good production configuration.
 */
@NullMarked
package dev.readiness.examples.orderhub;

import org.jspecify.annotations.NullMarked;
