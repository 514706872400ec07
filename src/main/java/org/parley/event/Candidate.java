package org.parley.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.model.Actor;
import org.parley.model.ActorMention;
import org.parley.model.Article;
import org.parley.model.DateBasis;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.EventMode;
import org.parley.model.EventType;
import org.parley.model.Mention;
import org.parley.model.Participant;
import org.parley.model.ParticipantRole;
import org.parley.model.Sentence;

/** An event as read from one sentence, before dates from elsewhere and merging. */
final class Candidate {
    final EventType type;
    final String cameo;
    final Sentence sentence;
    String trigger;
    final int triggerStart;
    boolean verb;
    /** A noun's date taken from elsewhere in its sentence, which a verb's event of the sentence may own instead. */
    boolean dateFar;
    int left;
    final Map<String, Participant> participants = new LinkedHashMap<>();
    EventMode mode = EventMode.ASSERTED;
    EventDate date = EventDate.none();
    String place;
    String attribution;
    boolean statementWorthy = true;
    boolean needsOwnDate;
    /** A host of talks told before ("hosted the talks"): not one of their sides. */
    boolean hosted;
    /** A noun after a light verb ("held talks"), which is dated and peopled like a verb. */
    boolean light;
    /** Where a noun's own participants end ("a meeting between Zelensky, Trump and Vance"): its date may follow. */
    int phraseEnd;
    /** A verb joined by "and" after what its speaker said ("said ... and warned Kyiv"): the speaker's own act. */
    boolean joinedToSpeaker;
    /** Which of two happenings one verb tells ("with Scholz in Berlin and with Macron in Paris"); 0 for one. */
    int part;

    Candidate(EventType type, String cameo, Sentence sentence, String trigger, int triggerStart) {
        this.type = type;
        this.cameo = cameo;
        this.sentence = sentence;
        this.trigger = trigger;
        this.triggerStart = triggerStart;
    }

    void add(ActorMention m, ParticipantRole part) {
        Participant old = participants.get(m.actor().id());
        if (old != null && rank(old.part()) <= rank(part)) {
            return;
        }
        participants.put(m.actor().id(), new Participant(m.actor(), m.role(), part));
    }

    private static int rank(ParticipantRole r) {
        return switch (r) {
            case SOURCE -> 0;
            case TARGET -> 1;
            case OTHER -> 2;
        };
    }

    List<Actor> sources() {
        return participants.values().stream().filter(p -> p.part() == ParticipantRole.SOURCE).map(Participant::actor).toList();
    }

    List<Actor> objects() {
        return participants.values().stream().filter(p -> p.part() != ParticipantRole.SOURCE).map(Participant::actor).toList();
    }

    boolean sharesActor(Candidate o) {
        for (String id : participants.keySet()) {
            if (o.participants.containsKey(id)) {
                return true;
            }
        }
        return false;
    }

    /** Whether another report of the same type in the same sentence tells the same happening: same mode, no other date. */
    boolean sameHappening(Candidate o) {
        if (mode != o.mode || part != o.part) {
            return false;
        }
        if (!participants.isEmpty() && !o.participants.isEmpty() && !sharesActor(o)) {
            return false; // "Canada would sign an agreement, while Italy's Meloni was expected to sign one"
        }
        if ((verb || light) && (o.verb || o.light) && !objects().isEmpty() && !o.objects().isEmpty()
                && objects().stream().noneMatch(o.objects()::contains)) {
            return false; // "held talks with Wang ... and later met Xi": one visitor, two meetings
        }
        if (date.basis() == DateBasis.TEXT && o.date.basis() == DateBasis.TEXT) {
            return date.value().overlaps(o.date.value()) || date.value().value().equals(o.date.value().value());
        }
        return true;
    }

    /** Joins another trigger of the same type and happening in the same sentence. */
    Candidate absorb(Candidate o) {
        Candidate first = this.verb || !o.verb ? this : o;
        Candidate second = first == this ? o : this;
        for (Participant p : second.participants.values()) {
            Participant old = first.participants.get(p.actor().id());
            if (old == null || rank(p.part()) < rank(old.part())) {
                first.participants.put(p.actor().id(), p);
            }
        }
        if (first.date.basis() == DateBasis.NONE) {
            first.date = second.date;
        }
        if (first.place == null) {
            first.place = second.place;
        }
        if (!first.trigger.equalsIgnoreCase(second.trigger)) {
            first.trigger = first.triggerStart <= second.triggerStart
                    ? first.trigger + " … " + second.trigger : second.trigger + " … " + first.trigger;
        }
        return first;
    }

    Event toEvent(Article article, EventPatterns patterns) {
        List<Participant> parts = new ArrayList<>(participants.values());
        parts.sort(Comparator.comparingInt(p -> rank(p.part())));
        List<Participant> withRoles = new ArrayList<>();
        LocalDate day = date.value() != null && date.value().isAnchored() ? date.value().earliest() : article.published();
        for (Participant p : parts) {
            String role = p.actor().roleOn(day).map(org.parley.model.Role::title).orElse(p.role());
            withRoles.add(new Participant(p.actor(), role, p.part()));
        }
        Mention mention = new Mention(article.id(), article.published(), article.title(), article.url(),
                sentence.text(), sentence.start(), sentence.end(), trigger);
        String summary = EventIds.summary(type, mode, withRoles, patterns.summaries.get(type), place);
        return new Event(EventIds.id(type, mode, withRoles, date), type, mode, date, withRoles, place, summary,
                attribution, List.of(mention));
    }
}
