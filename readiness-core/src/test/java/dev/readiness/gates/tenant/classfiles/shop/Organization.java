package dev.readiness.gates.tenant.classfiles.shop;

import dev.readiness.gates.tenant.CrossTenant;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Fixture: the tenant itself, declared global. */
@Entity
@CrossTenant(reason = "the tenants themselves")
public class Organization {
    @Id
    Long id;
    String name;
}
