/**
 * Seed 004, a shoppable product widget service on Railway (API, dashboard and widget; PostgreSQL, Redis, Shopify,
 * Gemini, S3): its production readiness checklist as gates. {@link dev.readiness.examples.storewidget.StoreWidgetGates}
 * lists the custom ones; {@code storewidget/production.properties} is a good production configuration and
 * {@code storewidget/development.properties} the team's development one.
 */
@NullMarked
package dev.readiness.examples.storewidget;

import org.jspecify.annotations.NullMarked;
