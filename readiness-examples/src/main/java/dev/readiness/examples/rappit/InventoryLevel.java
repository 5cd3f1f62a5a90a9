package dev.readiness.examples.rappit;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/**
 * Stock of one SKU in one organization; optimistic locking guards concurrent reservations (GATE-005).
 */
@Entity
@Table(name = "inventory_level")
public class InventoryLevel extends TenantScoped {

    @Id
    private UUID id = UUID.randomUUID();

    private String sku = "";

    private int available;

    @Version
    private long version;

    /**
     * For JPA.
     */
    protected InventoryLevel() {
    }

    /**
     * A stock level.
     *
     * @param organizationId the owning organization
     * @param sku the stock-keeping unit
     * @param available the quantity available
     */
    public InventoryLevel(UUID organizationId, String sku, int available) {
        super(organizationId);
        this.sku = sku;
        this.available = available;
    }

    /**
     * The id.
     *
     * @return the id
     */
    public UUID getId() {
        return id;
    }

    /**
     * The stock-keeping unit.
     *
     * @return the SKU
     */
    public String getSku() {
        return sku;
    }

    /**
     * The quantity available.
     *
     * @return the quantity
     */
    public int getAvailable() {
        return available;
    }
}
