package org.parley.event;

import java.util.List;
import java.util.regex.Pattern;
import org.parley.model.ActorKind;
import org.parley.model.DateBasis;
import org.parley.model.EventDate;
import org.parley.model.EventType;

/**
 * The step that settles the events one sentence tells between themselves: "discussed" beside a call or meeting is
 * what they did there, a noun repeating a verb's event is the same event, a named event's far date belongs to the
 * sentence's verb, and a "said" is a statement of its own only when it reports no other event of its sentence.
 */
final class SameSentenceEvents {
    private static final Pattern REFERRING = Pattern.compile("(?i)\\b(?:his|her|their|its|the|this|that)\\s+(?:[\\p{L}-]+\\s+)?$");

    private final EventRules rules;
    private final Speakers speakers;

    SameSentenceEvents(EventRules rules) {
        this.rules = rules;
        this.speakers = new Speakers(rules);
    }

    /** Settles the events read from one sentence, in place. */
    void settle(SentenceView v, List<Candidate> out) {
        String body = v.article.body;
        int start = v.start();
        out.removeIf(c -> c.type == EventType.NEGOTIATE && c.verb && c.topic
                && out.stream().anyMatch(o -> (o.type == EventType.CALL || o.type == EventType.MEET) && o.mode == c.mode));
        for (Candidate c : out) {
            if (c.dateFar && out.stream().anyMatch(o -> o.verb && o.type != EventType.STATEMENT)) {
                c.date(EventDate.none(), null);
            }
        }
        out.removeIf(c -> !c.verb && c.date.basis() == DateBasis.NONE && out.stream().anyMatch(
                o -> o != c && o.verb && o.type != EventType.STATEMENT && o.triggerStart < c.triggerStart
                        && o.left == c.left && o.participants.keySet().containsAll(c.participants.keySet())));
        // "said he would travel to Saudi Arabia, but that his visit was not connected": the same trip named again
        out.removeIf(c -> !c.verb && !c.light && REFERRING.matcher(body.substring(start, c.triggerStart)).find()
                && out.stream().anyMatch(o -> o != c && o.verb && o.type == c.type && o.triggerStart < c.triggerStart
                        && (o.sharesActor(c) || c.participants.isEmpty())));
        for (Candidate statement : out) {
            if (statement.type != EventType.STATEMENT) {
                continue;
            }
            // "Erdoğan hosted Zelensky and said ...", "Rubio, who met Netanyahu, told reporters ...": two acts of one
            // person, where "X met Y, a spokesman said" is one act reported
            boolean andSaid = ClauseWords.AND_SAID.matcher(body.substring(start, statement.triggerStart)).find();
            // "Putin said the sides had an understanding and warned Kyiv": the warning is his own act, not what he said
            boolean reportsOther = out.stream().anyMatch(o -> o != statement && o.type != EventType.STATEMENT
                    && (o.triggerStart > statement.triggerStart && !(o.joinedToSpeaker && o.sharesActor(statement))
                    || o.triggerStart < statement.triggerStart && o.sharesActor(statement) && !andSaid
                    && !ClauseWords.inClosedRelativeClause(v.sentence, o.triggerStart)));
            boolean setting = rules.anySetting.matcher(v.text()).find();
            if (setting) {
                rules.settings.stream().filter(x -> x.pattern().matcher(v.text()).find()).findFirst()
                        .ifPresent(x -> statement.otherRules.add(x.id()));
            }
            boolean named = statement.sources().stream().anyMatch(a -> a.kind() != ActorKind.GROUP);
            // a speaker whose state is unknown must speak of another party; an office holder's statement may
            // instead have a setting or a date of its own (ReferenceDates drops it when it has neither)
            boolean others = speakers.addressOthers(v, statement);
            statement.statementWorthy = !reportsOther && named && speakers.holdOffice(statement)
                    && (others || speakers.sideKnown(statement)) && !speakers.tellBusiness(v);
            statement.needsOwnDate = !setting && !others;
        }
    }
}
