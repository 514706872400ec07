package org.parley.event;

/**
 * The pass that cuts a sentence into the clause each trigger stands in, says when one verb tells two happenings
 * ("met Netanyahu in Tel Aviv and Arab ministers in Amman"), and when the clause holds no event at all ("had no
 * plans to", "anyone who", "if Russia accepted").
 */
interface ClauseSegmenter {
    /** The clause of a trigger; for a verb of saying ({@code said}) it ends at the trigger, the rest being what was said. */
    Clause clauseOf(SentenceView s, TriggerMatch t, boolean said);

    /**
     * The clause of one of the happenings a trigger tells: before the second object's start {@code split} when
     * {@code second} is false, the whole clause when there is no split ({@code split} &lt; 0).
     */
    Clause clauseOf(SentenceView s, TriggerMatch t, boolean said, int split, boolean second);

    /** Where one verb's second happening starts (the second object), or -1 when it tells one. */
    int secondHappening(SentenceView s, TriggerMatch t);

    /** Whether the words before a trigger, in its clause, say that no event is told. */
    boolean tellsNone(SentenceView s, TriggerMatch t, Clause c);
}
