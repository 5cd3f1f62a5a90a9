package dev.readiness.examples.orderhub;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * A product listed on one or more channels. Scoped by {@code userId}, the seller who owns it.
 */
@Entity
@Table(name = "product")
public class Product {

    @Id
    private UUID id = UUID.randomUUID();

    private String userId = "";

    private String sku = "";

    /**
     * For JPA.
     */
    protected Product() {
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
