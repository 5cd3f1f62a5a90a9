package dev.readiness.testfixtures.propertyaccess;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** Property access (the {@code @Id} is on a getter): its tenant key is the property {@code organizationId}. */
@Entity
public class Warehouse {

    private Long id;

    private Long org;

    private String city;

    @Id
    @GeneratedValue
    public Long getId() {
        return id;
    }

    @Column(name = "organization_id")
    public Long getOrganizationId() {
        return org;
    }

    public void setOrganizationId(Long organizationId) {
        this.org = organizationId;
    }

    public String getCity() {
        return city;
    }
}
