package dev.readiness.examples.orderhub;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * Stock of a product; reservations lock per user. Scoped by {@code userId}, the seller who owns it.
 */
@Entity
@Table(name = "inventory")
public class Inventory {

    @Id
    private UUID id = UUID.randomUUID();

    private String userId = "";

    private int quantity;

    /**
     * For JPA.
     */
    protected Inventory() {
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
