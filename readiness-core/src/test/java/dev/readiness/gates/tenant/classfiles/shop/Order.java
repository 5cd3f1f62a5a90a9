package dev.readiness.gates.tenant.classfiles.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

/** Fixture: an entity whose key is inherited; static, transient and {@code @Transient} fields are not attributes. */
@Entity
@Table(name = "orders")
public class Order extends TenantScoped {
    static int created;
    @Id
    Long id;
    String item;
    transient String cache;
    @Transient
    String view;
}
