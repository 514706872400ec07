package org.parley.event;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.ActorMention;
import org.parley.model.Participant;
import org.parley.model.ParticipantRole;

/**
 * Whose "said" a timeline lists, and whether what was said is about another party: the two questions that decide a
 * statement with neither a setting nor a date of its own.
 *
 * <p>Why: editors list the stated positions of states, bodies and the holders of their offices on the story's
 * subject ("Putin said he was grateful to China", "Xi said China and Russia will continue ..."), dated by the day
 * of the story; they do not list what analysts, reporters or a company's chairman said, nor what a minister said
 * about his own country's budget. A speaker holds an office when it is a state or a body, or a person with a
 * state or with no role of the {@code no-office-roles} list ("analyst", "chairman"); a statement is about another
 * party when its sentence names a state, a body or a person of a country other than the speaker's. Stateless.
 */
final class Speakers {
    private final Set<String> noOffice;
    private final Pattern figures;

    Speakers(EventRules rules) {
        this.noOffice = rules.wordSet("no-office-roles");
        this.figures = Pattern.compile(RulePhrase.WORD_START + "(?:" + rules.words("economic-figures") + "|"
                + rules.words("firm-names") + ")" + RulePhrase.WORD_END, Pattern.CASE_INSENSITIVE);
    }

    /**
     * Whether a sentence tells business: the figures of an economy or a firm ({@code economic-figures}: "1.5 mln
     * tonnes", "2.4 pct"), or a firm named by its legal form ({@code firm-names}: "Quebecor Inc"). What is said
     * there is economics (a forecast, a result, a price, a firm's plans), which editors do not list as a statement,
     * even from a minister or an embassy.
     */
    boolean tellBusiness(SentenceView v) {
        return figures.matcher(v.text()).find();
    }

    /** Whether a statement's speakers include one that holds an office: a state, a body, an office holder. */
    boolean holdOffice(Candidate statement) {
        for (Participant p : statement.participants.values()) {
            if (p.part() == ParticipantRole.SOURCE && holdsOffice(p.actor(), p.role())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a statement's speakers include a state, a body, or a person whose state or body is known. */
    boolean sideKnown(Candidate statement) {
        return statement.sources().stream().anyMatch(a -> a.country() != null || a.kind() == ActorKind.ORGANIZATION
                || a.roles().stream().anyMatch(r -> r.country() != null));
    }

    /**
     * Whether an actor, named with a role (or none), speaks for a state or a body: a state, a body, or a person with a
     * title; a title of the {@code no-office-roles} list counts only for an office the gazetteer knows in a state.
     */
    boolean holdsOffice(Actor a, String role) {
        if (a.kind() == ActorKind.STATE || a.kind() == ActorKind.ORGANIZATION) {
            return true;
        }
        if (a.kind() != ActorKind.PERSON) {
            return false;
        }
        java.util.List<String> titles = new java.util.ArrayList<>();
        if (role != null && !role.isBlank()) {
            titles.add(role);
        }
        a.roles().forEach(r -> titles.add(r.title()));
        for (String title : titles) {
            for (String word : title.toLowerCase(Locale.ROOT).split("[^\\p{L}-]+")) {
                if (noOffice.contains(word)) {
                    return a.roles().stream().anyMatch(r -> r.country() != null);
                }
            }
        }
        return a.country() != null || !titles.isEmpty();
    }

    /**
     * Whether a sentence names, besides the speakers, a state, a body or a person of another country than theirs:
     * what makes the statement one about the dealings between states rather than about a country's own affairs.
     */
    boolean addressOthers(SentenceView v, Candidate statement) {
        java.util.List<Actor> speakers = statement.sources();
        int from = v.sentence.index() > 0 ? v.article.sentences.get(v.sentence.index() - 1).start() : v.datelineEnd;
        for (ActorMention m : v.article.actorsIn(from, v.end())) {
            Actor a = m.actor();
            if (speakers.stream().anyMatch(s -> s.id().equals(a.id()))) {
                continue;
            }
            boolean body = a.kind() == ActorKind.ORGANIZATION && a.country() == null;
            boolean foreign = a.country() != null && speakers.stream().noneMatch(s -> a.country().equals(s.country()));
            if ((body || foreign) && !v.article.gazetteer.isMedia(a)) {
                return true;
            }
        }
        return false;
    }
}
