/**
 * Seed 000, the Shopee→Amazon automation platform (Node API and worker, PostgreSQL, Redis): its runbook's
 * prerequisites and operational checklist as gates. {@link dev.readiness.examples.shopee.ShopeeGates} lists the
 * custom ones; {@code shopee/production.properties} is a good production configuration.
 */
@NullMarked
package dev.readiness.examples.shopee;

import org.jspecify.annotations.NullMarked;
