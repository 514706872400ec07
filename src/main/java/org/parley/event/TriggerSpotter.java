package org.parley.event;

import java.util.List;
import org.parley.model.Sentence;

/** The pass that finds the words of a sentence that can tell an event: its triggers, with the rule each matched. */
interface TriggerSpotter {
    /** The trigger matches of a sentence in text order, longest first at each place, none inside another. */
    List<TriggerMatch> spot(Sentence sentence);
}
