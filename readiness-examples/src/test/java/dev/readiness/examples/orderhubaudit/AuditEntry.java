package dev.readiness.examples.orderhubaudit;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.UUID;

/**
 * A model added later without {@code userId}: the mistake seed 003 had to fix by hand.
 */
@Entity
public class AuditEntry {

    @Id
    private UUID id = UUID.randomUUID();

    private String action = "";

    protected AuditEntry() {
    }
}
