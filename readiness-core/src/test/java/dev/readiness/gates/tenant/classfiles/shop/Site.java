package dev.readiness.gates.tenant.classfiles.shop;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Fixture: an entity whose key is inside an embedded value. */
@Entity
public class Site {
    @Id
    Long id;
    @Embedded
    Address address;
}
