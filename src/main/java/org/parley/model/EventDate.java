package org.parley.model;

import java.util.Objects;

/**
 * An event's date with its provenance.
 *
 * @param value the date, or {@code null} when the basis is {@link DateBasis#NONE}
 * @param basis where it came from
 * @param text  the words it was read from ("the end of 2023"), or {@code null}
 */
public record EventDate(TimeValue value, DateBasis basis, String text) {
    public EventDate {
        Objects.requireNonNull(basis, "date basis");
        if ((value == null) != (basis == DateBasis.NONE)) {
            throw new IllegalArgumentException("an event date has a value exactly when its basis is not NONE, was "
                    + value + " with basis " + basis);
        }
    }

    /** The date of an event that has none. */
    public static EventDate none() {
        return new EventDate(null, DateBasis.NONE, null);
    }
}
