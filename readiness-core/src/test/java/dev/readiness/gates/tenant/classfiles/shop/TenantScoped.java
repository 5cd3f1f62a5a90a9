package dev.readiness.gates.tenant.classfiles.shop;

import jakarta.persistence.MappedSuperclass;

/** Fixture: a mapped superclass carrying the tenant key. */
@MappedSuperclass
public abstract class TenantScoped {
    Long organizationId;
}
