package org.grdplanner.platform.boundary;

import org.grdplanner.platform.control.Refusal;

/**
 * Whole numbers a client gives in a query string or a header. Declared as numbers, JAX-RS answers a word where one
 * belongs with a bare 404; read as text here, it is a 400 that names the parameter and says what it takes.
 */
public final class RequestNumbers {

    private RequestNumbers() {
    }

    /** {@code value} as a number within {@code min} and {@code max}; {@code absent} when it is not given. */
    public static long wholeNumber(String name, String value, long absent, long min, long max) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        long number;
        try {
            number = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw refusal(name, value, min, max);
        }
        if (number < min || number > max) {
            throw refusal(name, value, min, max);
        }
        return number;
    }

    private static Refusal refusal(String name, String value, long min, long max) {
        String range = max == Long.MAX_VALUE ? ", " + min + " or more" : " from " + min + " to " + max;
        return Refusal.invalidField(name, name + " must be a whole number" + range + ", not '" + value + "'");
    }
}
