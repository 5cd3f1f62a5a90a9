/**
 * Settings: the key/value view a gate reads, each value with its {@link dev.readiness.settings.Origin origin}.
 */
@NullMarked
package dev.readiness.settings;

import org.jspecify.annotations.NullMarked;
