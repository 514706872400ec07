package org.parley.event;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.model.Actor;
import org.parley.model.ActorMention;
import org.parley.model.Participant;
import org.parley.model.ParticipantRole;

/**
 * The parties of one reading of an event, by actor id, in the order they were found: a party found again keeps
 * the stronger of its two parts (SOURCE over TARGET over OTHER), so that "Blinken met Wang; Blinken's visit"
 * leaves Blinken the SOURCE. Written by the role pass and, for sides named only as "the two sides", by the steps
 * that look back at the article's earlier events.
 */
final class Parties {
    private final Map<String, Participant> byId = new LinkedHashMap<>();

    /** Adds a mentioned actor in a part, unless it is there already in a part as strong. */
    void add(ActorMention m, ParticipantRole part) {
        Participant old = byId.get(m.actor().id());
        if (old != null && rank(old.part()) <= rank(part)) {
            return;
        }
        byId.put(m.actor().id(), new Participant(m.actor(), m.role(), part));
    }

    /** The parties by actor id, in the order found; changes write through. */
    Map<String, Participant> byId() {
        return byId;
    }

    boolean isEmpty() {
        return byId.isEmpty();
    }

    List<Actor> sources() {
        return byId.values().stream().filter(p -> p.part() == ParticipantRole.SOURCE).map(Participant::actor).toList();
    }

    List<Actor> objects() {
        return byId.values().stream().filter(p -> p.part() != ParticipantRole.SOURCE).map(Participant::actor).toList();
    }

    /** Whether two readings share a party. */
    boolean sharesActor(Parties o) {
        for (String id : byId.keySet()) {
            if (o.byId.containsKey(id)) {
                return true;
            }
        }
        return false;
    }

    /** 0 for the strongest part (SOURCE), 2 for the weakest (OTHER). */
    static int rank(ParticipantRole r) {
        return switch (r) {
            case SOURCE -> 0;
            case TARGET -> 1;
            case OTHER -> 2;
        };
    }
}
