package dev.readiness.examples.rappit;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * A shipment booked with a carrier (DHL, FedEx) for an order, owned by one organization.
 */
@Entity
@Table(name = "shipment")
public class Shipment extends TenantScoped {

    @Id
    private UUID id = UUID.randomUUID();

    private UUID orderId = new UUID(0, 0);

    private String carrier = "";

    private String trackingNumber = "";

    /**
     * For JPA.
     */
    protected Shipment() {
    }

    /**
     * A new shipment.
     *
     * @param organizationId the owning organization
     * @param orderId the order shipped
     * @param carrier the carrier, e.g. {@code dhl}
     * @param trackingNumber the carrier's tracking number
     */
    public Shipment(UUID organizationId, UUID orderId, String carrier, String trackingNumber) {
        super(organizationId);
        this.orderId = orderId;
        this.carrier = carrier;
        this.trackingNumber = trackingNumber;
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
     * The order shipped.
     *
     * @return its id
     */
    public UUID getOrderId() {
        return orderId;
    }

    /**
     * The carrier.
     *
     * @return e.g. {@code dhl}
     */
    public String getCarrier() {
        return carrier;
    }

    /**
     * The tracking number.
     *
     * @return the number
     */
    public String getTrackingNumber() {
        return trackingNumber;
    }
}
