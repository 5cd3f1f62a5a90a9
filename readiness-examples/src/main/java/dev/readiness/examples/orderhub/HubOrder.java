package dev.readiness.examples.orderhub;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * An order imported from a sales channel. Scoped by {@code userId}, the seller who owns it.
 */
@Entity
@Table(name = "hub_order")
public class HubOrder {

    @Id
    private UUID id = UUID.randomUUID();

    private String userId = "";

    private String channel = "";

    /**
     * For JPA.
     */
    protected HubOrder() {
    }

    /**
     * The owning seller.
     *
     * @return the user id
     */
    public String getUserId() {
        return userId;
    }
}
