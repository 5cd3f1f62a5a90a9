package dev.readiness.gates.tenant;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks something as deliberately shared across tenants, with the reason: on a persistent type it declares the
 * type global (the {@code tenant} gate and {@code TenantRules.entitiesDeclareTenantKey} accept it without a tenant
 * key); on a repository method it declares a query that may cross tenants on purpose (an operator export, a
 * scheduled job), which {@code TenantRules.repositoryQueriesTakeTenantKey} then accepts.
 * An annotation: immutable and thread-safe.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface CrossTenant {

    /**
     * Why crossing tenants is right here; reviewers read it.
     *
     * @return the reason
     */
    String reason();
}
