package org.parley.model;

/**
 * Whether and how an event happened, as the text tells it. A planned meeting is not a held meeting.
 */
public enum EventMode {
    /** The text says it happened. */
    ASSERTED,
    /** It is to happen ("will meet", "agreed to meet in April"). */
    PLANNED,
    /** It would happen under a condition ("would talk if"). */
    HYPOTHETICAL,
    /** The text says it did not happen ("did not discuss"). */
    NEGATED,
    /** A party denies that it happened ("a US official said the US had not engaged in talks"). */
    DENIED
}
