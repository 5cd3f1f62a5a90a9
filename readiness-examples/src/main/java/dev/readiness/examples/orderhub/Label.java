package dev.readiness.examples.orderhub;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * A shipping label generated for an order. Scoped by {@code userId}, the seller who owns it.
 */
@Entity
@Table(name = "label")
public class Label {

    @Id
    private UUID id = UUID.randomUUID();

    private String userId = "";

    private String trackingNumber = "";

    /**
     * For JPA.
     */
    protected Label() {
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
