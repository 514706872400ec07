package org.parley.event;

import org.parley.model.EventMode;

import java.util.List;

/** The pass that reads how an event stands: asserted, planned, hypothetical, negated, or denied by its teller. */
interface ModeReader {
    /**
     * A mode and why.
     *
     * @param mode  the mode
     * @param rules the cue that set it and the correction made to it, if any; empty for a plain assertion
     */
    record Reading(EventMode mode, List<String> rules) {
        public Reading {
            rules = List.copyOf(rules);
        }
    }

    /** The mode of a trigger's event from the words before it in its clause and the sentence's verbs of saying. */
    Reading mode(SentenceView s, TriggerMatch t, Clause c);
}
