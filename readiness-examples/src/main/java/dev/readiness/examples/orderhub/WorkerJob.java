package dev.readiness.examples.orderhub;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * A queued background job (channel sync, label generation). Scoped by {@code userId}, the seller who owns it.
 */
@Entity
@Table(name = "worker_job")
public class WorkerJob {

    @Id
    private UUID id = UUID.randomUUID();

    private String userId = "";

    private String kind = "";

    /**
     * For JPA.
     */
    protected WorkerJob() {
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
