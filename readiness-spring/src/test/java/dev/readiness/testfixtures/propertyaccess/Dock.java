package dev.readiness.testfixtures.propertyaccess;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;

/** Field access with one property mapped through its getter ({@code @Access(PROPERTY)}): the tenant key. */
@Entity
public class Dock {

    @Id
    private Long id;

    @Transient
    private String tenant;

    @Access(AccessType.PROPERTY)
    public Long getOrganizationId() {
        return tenant == null ? null : Long.valueOf(tenant);
    }

    public void setOrganizationId(Long organizationId) {
        this.tenant = String.valueOf(organizationId);
    }

    /** Not persistent under field access: no finding may take it for the key. */
    public Long getWorkspaceId() {
        return id;
    }
}
