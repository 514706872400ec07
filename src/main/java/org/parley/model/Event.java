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
 * @param cameo       its CAMEO code: the code of the rule that found it ("042" for a visit, "123" for a veto), one
 *                    of the type's {@link EventType#cameoCodes()}; the type's own code when none is given
 */
public record Event(String id, EventType type, EventMode mode, EventDate date, List<Participant> actors,
                    String place, String summary, String attribution, List<Mention> mentions, String cameo) {
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
        cameo = cameo == null ? type.cameo() : cameo;
        if (!type.cameoCodes().contains(cameo)) {
            throw new IllegalArgumentException("event " + id + ": CAMEO code " + cameo + " is not one of " + type
                    + "'s " + type.cameoCodes());
        }
    }

    /** An event reported under its type's own CAMEO code. */
    public Event(String id, EventType type, EventMode mode, EventDate date, List<Participant> actors,
                 String place, String summary, String attribution, List<Mention> mentions) {
        this(id, type, mode, date, actors, place, summary, attribution, mentions, null);
    }
}
