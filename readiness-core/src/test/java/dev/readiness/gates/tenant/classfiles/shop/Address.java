package dev.readiness.gates.tenant.classfiles.shop;

import jakarta.persistence.Embeddable;

/** Fixture: an embeddable carrying the tenant key. */
@Embeddable
public class Address {
    String city;
    Long organizationId;
}
