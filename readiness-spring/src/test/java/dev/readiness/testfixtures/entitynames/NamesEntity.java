package dev.readiness.testfixtures.entitynames;

import jakarta.persistence.Entity;

/** Names the {@code @Entity} type in its code without being annotated with it: no entity. */
public class NamesEntity {

    /**
     * The annotation type's name.
     *
     * @return the name
     */
    public static String entityType() {
        return Entity.class.getName();
    }
}
