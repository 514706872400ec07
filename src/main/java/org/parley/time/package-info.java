/**
 * Time: finds time expressions and normalises them to TIMEX3 values with earliest and latest days.
 *
 * <p>Takes a text and its document date. Gives {@link org.parley.model.TimeExpression}s. Parley's own
 * rules take the forms news uses most and Natty gets wrong; Natty 0.13 reads the long tail, guarded so
 * that its failures never reach the user.
 */
package org.parley.time;
