package dev.readiness.examples.orderhub;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * A webhook received from a channel, after HMAC verification. Scoped by {@code userId}, the seller who owns it.
 */
@Entity
@Table(name = "webhook_event")
public class WebhookEvent {

    @Id
    private UUID id = UUID.randomUUID();

    private String userId = "";

    private String topic = "";

    /**
     * For JPA.
     */
    protected WebhookEvent() {
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
