package dev.readiness.examples.orderhub;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A seller account: the tenant itself, declared global in {@code readiness.tenant.global-types}.
 */
@Entity
@Table(name = "app_user")
public class User {

    @Id
    private String id = "";

    private String email = "";

    /**
     * For JPA.
     */
    protected User() {
    }

    /**
     * The id that owned rows carry as {@code userId}.
     *
     * @return the id
     */
    public String getId() {
        return id;
    }
}
