package org.parley.event;

import java.util.List;
import org.parley.model.ActorMention;

/**
 * The pass that gives each actor of a trigger's clause its part (SOURCE, TARGET, OTHER): the subject, the
 * object, the one "with" whom, the agent "by" whom, the possessor of a named event, the speaker of a statement.
 */
interface RoleAssigner {
    /**
     * The parties of a trigger's event and what the reading of them found.
     *
     * @param parties         the actors with their parts
     * @param light           whether a named event is told by a light verb ("held talks") and so dated like a verb
     * @param phraseEnd       where a named event's own parties end ("a meeting between Zelensky and Trump"), or 0
     * @param joinedToSpeaker whether the verb is joined by "and" to what its speaker said ("said ... and warned Kyiv")
     */
    record Roles(Parties parties, boolean light, int phraseEnd, boolean joinedToSpeaker) {
    }

    /**
     * The roles of a trigger's event in its clause among the usable actors; {@code null} when a named event has
     * nothing that makes it one ("the call" told elsewhere, "any annexation", "proposed talks").
     */
    Roles assign(SentenceView s, TriggerMatch t, Clause c, List<ActorMention> usable);
}
