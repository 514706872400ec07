package org.parley.event;

import java.util.List;
import org.parley.model.Event;

/**
 * Joins the events that report one happening, across sentences and articles, keeping every mention.
 * Merges on actors, type, overlapping dates and place, never on exact equality alone.
 */
public interface EventMerger {
    /** The happenings behind a list of reported events; the result is independent of input order. */
    List<Event> merge(List<Event> events);
}
