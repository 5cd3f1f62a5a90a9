/**
 * A minimal web service, the baseline of the start-up benchmark.
 */
package dev.readiness.startup.minimal;
