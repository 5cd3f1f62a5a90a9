package dev.readiness.examples.rappit;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;

/**
 * The tenant key every rappit entity inherits: the organization that owns the row. Every repository query takes it
 * (GATE-003: "database queries scoped by organizationId").
 */
@MappedSuperclass
public abstract class TenantScoped {

    @Column(name = "organization_id", nullable = false, updatable = false)
    private UUID organizationId;

    /**
     * For JPA.
     */
    protected TenantScoped() {
        this.organizationId = new UUID(0, 0);
    }

    /**
     * A row owned by an organization.
     *
     * @param organizationId the owning organization
     */
    protected TenantScoped(UUID organizationId) {
        this.organizationId = organizationId;
    }

    /**
     * The owning organization.
     *
     * @return its id
     */
    public UUID getOrganizationId() {
        return organizationId;
    }
}
