package dev.readiness.testfixtures.entitynames;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An entity next to classes that are none, for the entity scan's tests. */
@Entity
public class Annotated {
    @Id
    String id;
}
