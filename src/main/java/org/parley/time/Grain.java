package org.parley.time;

/** The calendar units a dated time expression can name, finest first. */
enum Grain {
    DAY, WEEK, MONTH, SEASON, QUARTER, HALF, YEAR, DECADE, CENTURY;

    /** Whether this unit is at least as fine as another. */
    boolean atMost(Grain other) {
        return ordinal() <= other.ordinal();
    }
}
