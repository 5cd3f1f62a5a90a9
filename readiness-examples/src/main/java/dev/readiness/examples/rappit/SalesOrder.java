package dev.readiness.examples.rappit;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * An order received from a sales channel (Shopify, WooCommerce), owned by one organization.
 */
@Entity
@Table(name = "sales_order")
public class SalesOrder extends TenantScoped {

    @Id
    private UUID id = UUID.randomUUID();

    private String channel = "";

    private String externalReference = "";

    /**
     * For JPA.
     */
    protected SalesOrder() {
    }

    /**
     * A new order.
     *
     * @param organizationId the owning organization
     * @param channel the sales channel, e.g. {@code shopify}
     * @param externalReference the channel's order number
     */
    public SalesOrder(UUID organizationId, String channel, String externalReference) {
        super(organizationId);
        this.channel = channel;
        this.externalReference = externalReference;
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
     * The sales channel.
     *
     * @return e.g. {@code shopify}
     */
    public String getChannel() {
        return channel;
    }

    /**
     * The channel's order number.
     *
     * @return the reference
     */
    public String getExternalReference() {
        return externalReference;
    }
}
