/**
 * Eval: scores Parley against gold data: time expressions against TimeML, events against gold timelines.
 *
 * <p>Takes gold files and Parley's output. Gives precision, recall and F1 as TempEval-3 and Parley's
 * event gold define them, and the list of errors.
 */
package org.parley.eval;
