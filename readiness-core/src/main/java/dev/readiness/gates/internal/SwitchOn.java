package dev.readiness.gates.internal;

/**
 * The one reading of a switch written on: {@code true}, {@code yes} or {@code on} in any case, or {@code 1}, as
 * Spring's relaxed binding, dotenv readers and the frameworks whose switches the gates read take them. Stateless;
 * no copy of the value.
 */
public final class SwitchOn {

    private SwitchOn() {
    }

    /**
     * Whether a stripped value switches something on.
     *
     * @param value the value, stripped
     * @return {@code true} for {@code true}, {@code yes}, {@code on} in any case, or {@code 1}
     */
    public static boolean isOn(String value) {
        return value.equalsIgnoreCase("true") || value.equals("1") || value.equalsIgnoreCase("yes")
                || value.equalsIgnoreCase("on");
    }
}
