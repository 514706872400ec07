package org.parley.event;

import org.parley.model.EventMode;

/** The pass that reads how an event stands: asserted, planned, hypothetical, negated, or denied by its teller. */
interface ModeReader {
    /** The mode of a trigger's event from the words before it in its clause and the sentence's verbs of saying. */
    EventMode mode(SentenceView s, TriggerMatch t, Clause c);
}
