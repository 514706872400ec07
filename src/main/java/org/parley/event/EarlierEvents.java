package org.parley.event;

import java.util.List;
import java.util.regex.Pattern;
import org.parley.model.DateBasis;
import org.parley.model.EventDate;
import org.parley.model.EventType;
import org.parley.model.Participant;
import org.parley.model.ParticipantRole;

/**
 * The step that completes an event from the events told just before it in the article: "the two sides agreed"
 * takes the sides of the last event with two or more, and "X hosted the talks" joins the talks told before. It runs
 * as each sentence's events are read, so that only earlier events are looked at. Stateless.
 */
final class EarlierEvents {
    private static final Pattern HOSTED_TALKS = Pattern.compile("(?i)host(?:ed|s)\\s+(?:the|these|those)\\s+(?:[\\p{L}-]+\\s+)?(?:talks|meeting|negotiations)\\b");

    private final String body;
    private final EventRules rules;

    EarlierEvents(String body, EventRules rules) {
        this.body = body;
        this.rules = rules;
    }

    /**
     * "Faisal bin Farhan and Musaed al-Aiban hosted the talks": the talks told before, with their parties and date,
     * so that the merger joins the host to them.
     */
    void hostOfTalksToldBefore(Candidate c, List<Candidate> before) {
        if (c.type != EventType.MEET || !c.verb || !HOSTED_TALKS.matcher(body).region(c.triggerStart, c.sentence.end()).lookingAt()) {
            return;
        }
        for (int i = before.size() - 1; i >= 0; i--) {
            Candidate o = before.get(i);
            if ((o.type == EventType.MEET || o.type == EventType.NEGOTIATE) && o.mode == c.mode && o.participants.size() >= 2
                    && o.sentence.index() >= c.sentence.index() - 5) {
                c.hosted = true;
                c.otherRules.add(Reasons.EARLIER_HOSTED_TALKS);
                for (Participant p : o.participants.values()) {
                    c.participants.putIfAbsent(p.actor().id(), new Participant(p.actor(), p.role(), ParticipantRole.OTHER));
                }
                if (c.date.basis() == DateBasis.NONE || c.date.basis() == DateBasis.CONTEXT) {
                    c.date(new EventDate(o.date.value(), o.date.basis() == DateBasis.NONE ? DateBasis.NONE : DateBasis.ANAPHOR,
                            o.date.text()), Reasons.EARLIER_HOSTED_TALKS);
                }
                if (c.place == null && o.place != null) {
                    c.place = o.place;
                    c.placeRule = Reasons.EARLIER_HOSTED_TALKS;
                }
                return;
            }
        }
    }

    /** "the two sides agreed": the parties of the last event with two or more. */
    void bothSides(Candidate c, List<Candidate> before) {
        if (c.participants.size() >= 2) {
            return;
        }
        String head = body.substring(Math.max(c.sentence.start(), c.left), c.triggerStart); // the trigger's own clause
        if (!rules.bothSides.matcher(head).find()) {
            return;
        }
        for (int i = before.size() - 1; i >= 0; i--) {
            Candidate o = before.get(i);
            // the sides of a mediation or hosted talks are those brought together, not the mediator or host
            List<Participant> sides = o.participants.values().stream()
                    .filter(p -> o.type != EventType.MEDIATE && !o.hosted || p.part() != ParticipantRole.SOURCE).toList();
            if (sides.size() >= 2 && o.sentence.index() >= c.sentence.index() - 3) {
                for (Participant p : sides) {
                    if (!c.participants.containsKey(p.actor().id())) {
                        c.otherRules.add(Reasons.EARLIER_BOTH_SIDES);
                        c.participants.put(p.actor().id(), new Participant(p.actor(), p.role(),
                                rules.has(c.type, EventRules.Trait.SYMMETRIC) ? ParticipantRole.OTHER : ParticipantRole.SOURCE));
                    }
                }
                return;
            }
        }
    }
}
