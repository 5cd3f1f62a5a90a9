package dev.readiness.gates.tenant.classfiles.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Fixture: an entity that forgot its tenant key. */
@Entity
public class Invoice {
    @Id
    Long id;
    String number;
}
