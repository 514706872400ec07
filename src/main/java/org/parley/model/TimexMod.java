package org.parley.model;

/** The TIMEX3 {@code mod} values of TimeML: how a value is narrowed or loosened. */
public enum TimexMod {
    START, MID, END, APPROX, BEFORE, AFTER, ON_OR_BEFORE, ON_OR_AFTER, LESS_THAN, MORE_THAN,
    EQUAL_OR_LESS, EQUAL_OR_MORE
}
