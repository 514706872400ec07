package org.parley.time;

import org.parley.model.TimeValue;

/**
 * What one matched expression means: its value and, when it names a calendar period, that period,
 * which later expressions ("the day before", "a year earlier") count from.
 */
record Reading(TimeValue value, Period period) {
}
