package dev.readiness.gates.tenant.classfiles.shop;

/** Fixture: not an entity, though it has the key's name. */
public class Receipt {
    Long organizationId;
}
