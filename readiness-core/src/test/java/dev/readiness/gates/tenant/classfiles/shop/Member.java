package dev.readiness.gates.tenant.classfiles.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** Fixture: an entity scoped through a to-one association. */
@Entity
public class Member {
    @Id
    Long id;
    @ManyToOne
    Organization organization;
}
