package dev.readiness.testfixtures.propertyaccess;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;

/** Property access without the key: its only getter naming the key is {@code @Transient}. */
@Entity
public class Forklift {

    private Long id;

    @Id
    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    @Transient
    public Long getOrganizationId() {
        return null;
    }
}
