package org.parley.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a time expression means: its TIMEX3 type, value and modifier, and the days it can stand for.
 *
 * <p>{@code earliest} and {@code latest} are inclusive and are {@code null} together when the value
 * names no days (a duration, a set, {@code PRESENT_REF}). "The end of 2023" is value {@code 2023},
 * mod {@code END}, days 2023-09-01..2023-12-31.
 *
 * @param type     TIMEX3 type
 * @param value    TIMEX3 value, e.g. {@code 2023}, {@code 2023-12}, {@code 2024-W06}, {@code P3D}
 * @param mod      TIMEX3 modifier, or {@code null}
 * @param earliest first day it can stand for, or {@code null}
 * @param latest   last day it can stand for, or {@code null}
 */
public record TimeValue(TimexType type, String value, TimexMod mod, LocalDate earliest, LocalDate latest) {
    public TimeValue {
        Objects.requireNonNull(type, "TIMEX3 type");
        Checks.text(value, "TIMEX3 value");
        if ((earliest == null) != (latest == null)) {
            throw new IllegalArgumentException("time value " + value + " needs both earliest and latest or neither, was "
                    + earliest + ".." + latest);
        }
        if (earliest != null && latest.isBefore(earliest)) {
            throw new IllegalArgumentException("time value " + value + " ends before it starts: " + earliest + ".." + latest);
        }
    }

    /** Whether this value names days on the calendar. */
    public boolean isAnchored() {
        return earliest != null;
    }

    /** The number of days it may stand for; the smaller, the more precise. {@code Long.MAX_VALUE} when unanchored. */
    public long widthInDays() {
        return isAnchored() ? latest.toEpochDay() - earliest.toEpochDay() + 1 : Long.MAX_VALUE;
    }

    /** Whether the days of this value and of another overlap. */
    public boolean overlaps(TimeValue other) {
        return isAnchored() && other.isAnchored()
                && !latest.isBefore(other.earliest) && !other.latest.isBefore(earliest);
    }
}
