package dev.readiness.testfixtures.entitynames;

/** A class that names no persistence type at all. */
public class Plain {
    String name;
}
