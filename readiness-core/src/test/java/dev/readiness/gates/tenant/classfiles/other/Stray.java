package dev.readiness.gates.tenant.classfiles.other;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Fixture: an entity outside the application's package, scanned only when named. */
@Entity
public class Stray {
    @Id
    Long id;
}
