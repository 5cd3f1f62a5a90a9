package dev.readiness.gates.tenant.classfiles.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.TenantId;

/** Fixture: an entity scoped with Hibernate's {@code @TenantId}. */
@Entity
public class Ticket {
    @Id
    Long id;
    @TenantId
    String tenant;
}
