package org.parley.model;

import java.util.List;
import java.util.Objects;

/**
 * A diplomatic happening: who did what to whom, where and when, with every sentence that reports it.
 *
 * @param id          stable id, derived from what the event is (type, actors, date), not from where it was read
 * @param type        what happened
 * @param mode        whether it happened, is planned, hypothetical, negated or denied
 * @param date        when, with where the date came from
 * @param actors      the parties, each with its part
 * @param place       where, or {@code null}; a place is never an actor
 * @param summary     one sentence saying what happened
 * @param attribution who says so ("three Russian sources"), or {@code null}
 * @param mentions    every sentence, in every article, that reports it; never empty
 */
public record Event(String id, EventType type, EventMode mode, EventDate date, List<Participant> actors,
                    String place, String summary, String attribution, List<Mention> mentions) {
    public Event {
        Checks.text(id, "event id");
        Objects.requireNonNull(type, () -> "event " + id + " has no type");
        Objects.requireNonNull(mode, () -> "event " + id + " has no mode");
        Objects.requireNonNull(date, () -> "event " + id + " has no date (use EventDate.none())");
        actors = Checks.list(actors, "actors");
        mentions = Checks.list(mentions, "mentions");
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("event " + id + " has no mention: every event carries its evidence");
        }
        summary = summary == null ? "" : summary;
    }
}
