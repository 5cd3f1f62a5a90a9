package dev.readiness.examples.rappit;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * A tenant: the organization itself is the one type shared across tenants, declared in
 * {@code readiness.tenant.global-types}.
 */
@Entity
@Table(name = "organization")
public class Organization {

    @Id
    private UUID id = UUID.randomUUID();

    private String name = "";

    /**
     * For JPA.
     */
    protected Organization() {
    }

    /**
     * A new organization.
     *
     * @param name its display name
     */
    public Organization(String name) {
        this.name = name;
    }

    /**
     * The id, which other rows carry as {@code organizationId}.
     *
     * @return the id
     */
    public UUID getId() {
        return id;
    }

    /**
     * The display name.
     *
     * @return the name
     */
    public String getName() {
        return name;
    }
}
