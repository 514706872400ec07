/**
 * Time: finds time expressions and normalises them to TIMEX3 values with earliest and latest days.
 *
 * <p>Takes a text and its document date. Gives {@link org.parley.model.TimeExpression}s, read by Parley's
 * own rules (the forms news uses, which Natty gets wrong). Also reads the dates people type into a search
 * ({@link org.parley.time.TypedDates}: "last month", "since March", "next friday"), where Natty 0.13 takes
 * the free forms the rules leave. Nothing here changes the JVM (no {@code System.err}, no system property).
 */
package org.parley.time;
