package org.parley.event;

import org.parley.model.EventDate;
import org.parley.model.EventMode;

/**
 * The pass that dates an event by its own words: the time expression of its clause that belongs to it, not to a
 * report of it, to what was said, to another verb or to what it comes before. Dates from elsewhere in the article
 * are {@link ReferenceDates}' work, once every sentence is read.
 */
interface DateFinder {
    /**
     * What is asked: the trigger, the stretch {@code [start, end)} the event's words occupy (the trigger, or a noun
     * with its parties, or the second object of a split), the clause to look in, whether the trigger is a verb of
     * saying whose content follows, whether the event is told by a predicate (a verb, or a noun after a light
     * verb) rather than named, and its mode.
     */
    record Question(TriggerMatch trigger, int start, int end, Clause within, boolean said, boolean predicate, EventMode mode) {
    }

    /**
     * The date found, and whether it stands far from a named event (which a verb of the sentence may own instead).
     *
     * @param date the date, {@link EventDate#none()} when the clause has none
     * @param far  whether the date was not next to the noun that names the event
     * @param rule the id of the way it was found ({@link Reasons}), or {@code null} with no date
     */
    record Found(EventDate date, boolean far, String rule) {
    }

    Found date(SentenceView s, Question q);
}
