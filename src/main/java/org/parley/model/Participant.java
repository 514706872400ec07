package org.parley.model;

import java.util.Objects;

/**
 * An actor as a party to one event, with the office it held on the event's date.
 *
 * @param actor the actor
 * @param role  the office held on the event's date, or the one the text gives; {@code null} when unknown
 * @param part  the part played in the event
 */
public record Participant(Actor actor, String role, ParticipantRole part) {
    public Participant {
        Objects.requireNonNull(actor, "participant actor");
        Objects.requireNonNull(part, () -> "participant " + actor.id() + " has no part");
    }
}
