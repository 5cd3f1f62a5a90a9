/**
 * Facts for the {@code tenant} gate: the application's persistent types, read from the JPA metamodel Hibernate
 * already built or, without JPA, from a light scan of {@code @Entity} classes in named packages.
 */
@NullMarked
package dev.readiness.spring.jpa;

import org.jspecify.annotations.NullMarked;
