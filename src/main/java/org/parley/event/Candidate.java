package org.parley.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.model.DateBasis;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.EventMode;
import org.parley.model.EventType;
import org.parley.model.Mention;
import org.parley.model.Participant;
import org.parley.model.Sentence;

/**
 * An event as read from one sentence by the passes, before dates from elsewhere and merging.
 *
 * <p>What the passes found is fixed here (trigger, clause, mode, what the roles pass saw); what the steps that look
 * at the whole article may still revise is not: the parties ("the two sides" named before), the date (CONTEXT,
 * ANAPHOR), the place and trigger words of a second trigger of the same happening, and whether a statement is worth
 * a timeline.
 */
final class Candidate {
    final EventType type;
    final String cameo;
    final Sentence sentence;
    final int triggerStart;
    final boolean verb;
    /** Whether the trigger's object is a topic talked about ("discussed"), as its frame says. */
    final boolean topic;
    /** Where the trigger's clause starts. */
    final int left;
    final EventMode mode;
    /** A noun after a light verb ("held talks"), which is dated and peopled like a verb. */
    final boolean light;
    /** A verb joined by "and" after what its speaker said ("said ... and warned Kyiv"): the speaker's own act. */
    final boolean joinedToSpeaker;
    final Parties parties;
    final Map<String, Participant> participants;
    /** The trigger's words; two triggers of one happening join theirs ("met … talks"). */
    String trigger;
    EventDate date;
    /** A noun's date taken from elsewhere in its sentence, which a verb's event of the sentence may own instead. */
    boolean dateFar;
    String place;
    String attribution;
    boolean statementWorthy = true;
    boolean needsOwnDate;
    /** A host of talks told before ("hosted the talks"): not one of their sides. */
    boolean hosted;
    /** Which of two happenings one verb tells ("with Scholz in Berlin and with Macron in Paris"); 0 for one. */
    int part;
    /** The ids of the rules of its triggers, then of what decided its parties, mode, place, date and source. */
    final List<String> triggerRules = new ArrayList<>();
    final String frameRule;
    final List<String> modeRules;
    String placeRule;
    String dateRule;
    String sourceRule;
    /** The ids of the other decisions: the steps that looked back, a setting, the rules of a trigger joined to it. */
    final Set<String> otherRules = new LinkedHashSet<>();

    Candidate(TriggerMatch match, Sentence sentence, String trigger, Clause clause, RoleAssigner.Roles roles,
              ModeReader.Reading mode, PlaceFinder.Place place, DateFinder.Found date) {
        this.type = match.rule().type();
        this.cameo = match.rule().cameo();
        this.verb = match.rule().verb();
        this.topic = match.rule().frame().topic();
        this.sentence = sentence;
        this.triggerStart = match.start();
        this.trigger = trigger;
        this.left = clause.left();
        this.parties = roles.parties();
        this.participants = parties.byId();
        this.light = roles.light();
        this.joinedToSpeaker = roles.joinedToSpeaker();
        this.mode = mode.mode();
        this.modeRules = mode.rules();
        this.place = place == null ? null : place.name();
        this.placeRule = place == null ? null : place.rule();
        this.date = date.date();
        this.dateRule = date.rule();
        this.dateFar = date.far();
        this.triggerRules.add(match.rule().id());
        this.frameRule = Reasons.frame(match.rule().frame());
    }

    /** Sets the date and the id of the rule that gave it. */
    void date(EventDate d, String rule) {
        this.date = d;
        this.dateRule = rule;
    }

    /** The ids of the rules that made this reading, each once, in the order an explanation lists them. */
    List<String> rules() {
        Set<String> out = new LinkedHashSet<>(triggerRules);
        out.add(frameRule);
        out.addAll(modeRules);
        if (place != null && placeRule != null) {
            out.add(placeRule);
        }
        if (date.basis() != DateBasis.NONE && dateRule != null) {
            out.add(dateRule);
        }
        if (attribution != null && sourceRule != null) {
            out.add(sourceRule);
        }
        out.addAll(otherRules);
        return List.copyOf(out);
    }

    List<Actor> sources() {
        return parties.sources();
    }

    List<Actor> objects() {
        return parties.objects();
    }

    boolean sharesActor(Candidate o) {
        return parties.sharesActor(o.parties);
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
            if (old == null || Parties.rank(p.part()) < Parties.rank(old.part())) {
                first.participants.put(p.actor().id(), p);
            }
        }
        if (first.date.basis() == DateBasis.NONE) {
            first.date(second.date, second.dateRule);
        }
        if (first.place == null) {
            first.place = second.place;
            first.placeRule = second.placeRule;
        }
        first.triggerRules.addAll(second.triggerRules.stream().filter(r -> !first.triggerRules.contains(r)).toList());
        first.otherRules.add(second.frameRule);
        first.otherRules.addAll(second.modeRules);
        first.otherRules.addAll(second.otherRules);
        if (!first.trigger.equalsIgnoreCase(second.trigger)) {
            first.trigger = first.triggerStart <= second.triggerStart
                    ? first.trigger + " … " + second.trigger : second.trigger + " … " + first.trigger;
        }
        return first;
    }

    Event toEvent(Article article, EventRules rules) {
        List<Participant> parts = new ArrayList<>(participants.values());
        parts.sort(Comparator.comparingInt(p -> Parties.rank(p.part())));
        List<Participant> withRoles = new ArrayList<>();
        LocalDate day = date.value() != null && date.value().isAnchored() ? date.value().earliest() : article.published();
        for (Participant p : parts) {
            String role = p.actor().roleOn(day).map(org.parley.model.Role::title).orElse(p.role());
            withRoles.add(new Participant(p.actor(), role, p.part()));
        }
        Mention mention = new Mention(article.id(), article.published(), article.title(), article.url(),
                sentence.text(), sentence.start(), sentence.end(), trigger, rules());
        String summary = EventIds.summary(type, mode, withRoles, rules.summary(type), place);
        return new Event(EventIds.id(type, mode, withRoles, date), type, mode, date, withRoles, place, summary,
                attribution, List.of(mention), cameo);
    }
}
