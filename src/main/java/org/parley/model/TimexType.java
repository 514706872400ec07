package org.parley.model;

/** The TIMEX3 types of TimeML. */
public enum TimexType { DATE, TIME, DURATION, SET }
