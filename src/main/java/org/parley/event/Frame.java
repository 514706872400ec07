package org.parley.event;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.parley.model.DataFile;
import org.parley.model.ParticipantRole;

/**
 * A role frame of {@code frames.psv}: which part (SOURCE, TARGET, OTHER) the actor in each slot around a trigger
 * plays, as PETRARCH declares source and target slots inside its patterns. A slot the frame leaves out is not taken.
 *
 * @param id            the frame's name, as rules and the types table give it
 * @param parts         the part of each slot the frame takes
 * @param speechFollows whether the trigger is a verb of saying whose clause ends at it, what follows being what was
 *                      said (and its dates not the saying's)
 * @param topic         whether the trigger's object is a topic talked about, not a party ("discussed"): in the
 *                      passive it tells no talks, and beside a call or meeting it is what was done there
 */
record Frame(String id, Map<Frame.Slot, String> parts, boolean speechFollows, boolean topic) {
    /** The slots a frame can fill; each one's name in the file is its name in lower case with '-' for '_'. */
    enum Slot {
        /** The actors before a verb in its clause, not in a prepositional phrase; the subject of a light verb ("held talks"). */
        SUBJECT,
        /** The subject of a passive whose agent is named ("Putin was rejected by the US"). */
        PASSIVE_SUBJECT,
        /** The agent of a passive ("by the US"). */
        AGENT,
        /** The first actor after a verb, bare or after to/on/against/with/toward. */
        OBJECT,
        /** Every actor after a verb, bare or after to/on/against/with/toward. */
        OBJECTS,
        /** The subject of the clause whose "that"-clause holds the verb, when the verb has none. */
        TELLER,
        /** The one told ("told Moscow that it would not ..."), when the verb has no object. */
        TOLD,
        /** Who says it: the name right before a verb of saying, or after an appositive. */
        SPEAKER,
        /** Who says it when named right after ("..., said Peskov"). */
        SPEAKER_AFTER,
        /** "Erdoğan hosted Zelensky and said": the subject of the first verb says it. */
        AND_SUBJECT,
        /** Whom a speech is addressed to ("thanked Biden"). */
        ADDRESSEE,
        /** A state before a named event as its modifier ("a U.S. proposal"). */
        MODIFIER,
        /** The possessor of a named event ("Putin's proposal"). */
        POSSESSOR,
        /** The parties after a named event with "with", "between", "and" ("talks with Wang"). */
        WITH,
        /** The party after a named event with "to" ("a proposal to Kyiv"). */
        TO,
        /** The party after a named event with "by" ("the agreement reached by Biden"). */
        BY,
        /** The parties after a named event with "of" ("a call of G7 leaders"). */
        OF,
        /** The next names of a list of parties ("between Zelensky, Trump and Vance"); SAME: the part of the first. */
        LISTED,
        /** The subject of a sentence that opens with the named event ("In the January call, Sullivan told ..."). */
        MAIN_SUBJECT,
        /** The one told, called or asked in such a sentence. */
        MAIN_OBJECT,
        /** Who speaks in a setting named by the event ("made the remarks in an interview"). */
        SETTING_SUBJECT;

        String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    static final String SAME = "SAME";

    Frame {
        parts = Map.copyOf(parts);
    }

    /** Whether the frame takes the actor of a slot. */
    boolean takes(Slot s) {
        return parts.containsKey(s);
    }

    /** The part of a slot's actor, or {@code null} when the frame does not take it (or gives SAME). */
    ParticipantRole part(Slot s) {
        String p = parts.get(s);
        return p == null || p.equals(SAME) ? null : ParticipantRole.valueOf(p);
    }

    /** Whether a slot's actor plays the part of the first party found. */
    boolean same(Slot s) {
        return SAME.equals(parts.get(s));
    }

    /** Reads a row {@code id | slot=PART slot=PART ... [speech-follows] [topic]}. */
    static Frame read(DataFile.Row row) {
        row.expect(2, "frame | slot=PART ...");
        Map<Slot, String> parts = new EnumMap<>(Slot.class);
        boolean speech = false;
        boolean topic = false;
        for (String item : row.field(1).split("\\s+")) {
            if (item.equals("speech-follows")) {
                speech = true;
                continue;
            }
            if (item.equals("topic")) {
                topic = true;
                continue;
            }
            int eq = item.indexOf('=');
            if (eq < 0) {
                throw row.error("'" + item + "' is neither slot=PART nor speech-follows nor topic");
            }
            Slot slot = slot(item.substring(0, eq), row);
            String part = item.substring(eq + 1);
            boolean known = part.equals(SAME) && slot == Slot.LISTED;
            for (ParticipantRole r : ParticipantRole.values()) {
                known |= r.name().equals(part);
            }
            if (!known) {
                throw row.error("unknown part '" + part + "' for " + slot.key() + " (SOURCE, TARGET, OTHER"
                        + (slot == Slot.LISTED ? ", SAME)" : ")"));
            }
            parts.put(slot, part);
        }
        return new Frame(row.field(0), parts, speech, topic);
    }

    private static Slot slot(String key, DataFile.Row row) {
        for (Slot s : Slot.values()) {
            if (s.key().equals(key)) {
                return s;
            }
        }
        throw row.error("unknown slot '" + key + "'");
    }
}
