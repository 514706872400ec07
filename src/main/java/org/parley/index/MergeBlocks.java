package org.parley.index;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.parley.event.PersonNames;
import org.parley.model.ActorKind;
import org.parley.model.Event;
import org.parley.model.EventMode;
import org.parley.model.EventType;
import org.parley.model.Mention;
import org.parley.model.Participant;
import org.parley.model.TimeValue;

/**
 * The blocks of the merge: the keys under which one article's events may meet the events of others, so that a
 * commit re-merges only the events a run can have changed instead of the whole index.
 *
 * <p>A block key names a type, a mode, a party and a month ({@code MEET|ASSERTED|antony-blinken|2023-11}); an event
 * is in every block of its types, parties and months. Two events that share no key, directly or through a chain of
 * events that do, form separate <em>components</em>, and the merger's result on the whole index is the union of its
 * results on each component. A commit therefore re-merges the components that hold a key of an article it put or
 * removed, and nothing else. Public so that another store (a SolrCloud collection) files raw events under the same
 * blocks, and workers that share a block find each other's reports.
 *
 * <p><b>What this assumes of the merger</b> ({@code HappeningMerger} in {@code event/}, whose rules may change). The
 * keys must join every two events the merger can join, or whose fate one can change by being there (by taking the
 * other's group, or by adding a party to a group the other is then looked up in):
 * <ol>
 *   <li>Events meet only with the same mode and the same type, except that a negotiation can join a meeting or a
 *       call ({@code talksIntoMeetings}): a negotiation is also keyed under {@code MEET} and {@code CALL}.</li>
 *   <li>Dated events meet only when they share a party and their days overlap or are a day apart (other outlets'
 *       reports a day off), so they share a month of their days, the day before or the day after. A party is an
 *       actor's id, a person's pair of neighbouring name words ({@code PersonNames.pairKeys}: "Abdul Halim" and
 *       "Abdul Halim Mu'adzam Shah"), or, for any type but {@code STATEMENT}, an actor's country (the merger looks
 *       groups up by country: "the Kremlin" and "Putin" on one call; "Indonesia and Vietnam" and their leaders).</li>
 *   <li>An undated event, or one spanning years (the merger sets aside those over six; keyed here from two on, so
 *       that a smaller limit there stays covered), meets dated events of its own article only (an article key, put
 *       on the article's dated events of the same type and mode too), and other such events of its type and mode
 *       only when they have the same main actors (the persons if any, else all: {@code EventIds.mainActors}), so the
 *       first of them.</li>
 * </ol>
 * {@code BlockMergeTest} is the guard of these assumptions: it merges {@code data/articles}, the held-out folders
 * and Reuters-21578 both whole and by component and requires the same events. A rule that joins events these keys
 * keep apart (merging reports of one happening with dates a day apart across a month's end, or across spellings
 * that are different actor ids) fails it, and the keys must then grow to cover the rule.
 */
public final class MergeBlocks {
    /** Events spanning more calendar years than this are also keyed as undated (the merger's own limit is six). */
    static final int DATED_YEARS = 1;
    /** Months an event is keyed under at most; a wider anchored date ("the 1990s") is keyed as undated only. */
    static final int MAX_MONTHS = 12 * 12;

    private MergeBlocks() {
    }

    /**
     * The keys of each of one article's events, in the order given.
     *
     * @param events the events of one article, before any merge with other articles
     */
    public static List<Set<String>> of(List<Event> events) {
        List<Set<String>> keys = new ArrayList<>(events.size());
        Set<String> undatedKinds = new LinkedHashSet<>();
        for (Event e : events) {
            if (undated(e)) {
                for (EventType t : types(e.type())) {
                    undatedKinds.add(kind(t, e.mode()));
                }
            }
        }
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            Set<String> k = new LinkedHashSet<>();
            Set<String> parties = parties(e);
            TimeValue v = e.date().value();
            for (EventType t : types(e.type())) {
                String kind = kind(t, e.mode());
                if (dated(v)) {
                    // and the months of the day before and the day after: the merger joins other outlets' reports
                    // of two parties a day off, across a month's end too
                    YearMonth last = YearMonth.from(v.latest().plusDays(1));
                    for (YearMonth m = YearMonth.from(v.earliest().minusDays(1)); !m.isAfter(last); m = m.plusMonths(1)) {
                        for (String p : parties) {
                            k.add(kind + "|" + p + "|" + m);
                        }
                    }
                }
                if (undatedKinds.contains(kind)) {
                    for (Mention m : e.mentions()) {
                        k.add(kind + "|article:" + m.article());
                    }
                }
            }
            if (undated(e)) {
                k.add(kind(e.type(), e.mode()) + "|undated|" + firstMainActor(e));
            }
            if (k.isEmpty()) {
                // a dated event with no party meets no other: a block of its own, so that a commit still merges it
                k.add(kind(e.type(), e.mode()) + "|alone|" + e.mentions().get(0).article() + "|" + i);
            }
            keys.add(k);
        }
        return keys;
    }

    /**
     * The first (smallest) id of the actors the merger groups undated reports by: the persons when there are any, else
     * all ({@code EventIds.mainActors}). Two undated reports join only when those lists are equal, so they share their
     * first id; "-" when there is no actor at all.
     */
    private static String firstMainActor(Event e) {
        boolean persons = e.actors().stream().anyMatch(p -> p.actor().kind() == ActorKind.PERSON);
        return e.actors().stream().filter(p -> !persons || p.actor().kind() == ActorKind.PERSON)
                .map(p -> p.actor().id()).sorted().findFirst().orElse("-");
    }

    private static boolean dated(TimeValue v) {
        return v != null && v.isAnchored() && months(v) <= MAX_MONTHS;
    }

    private static long months(TimeValue v) {
        return (v.latest().getYear() - v.earliest().getYear()) * 12L + v.latest().getMonthValue() - v.earliest().getMonthValue() + 1;
    }

    /** Whether the merger may set an event aside as undated (no date, or one spanning years). */
    private static boolean undated(Event e) {
        TimeValue v = e.date().value();
        return v == null || !v.isAnchored() || v.latest().getYear() - v.earliest().getYear() + 1 > DATED_YEARS;
    }

    private static String kind(EventType t, EventMode mode) {
        return t.name() + "|" + mode.name();
    }

    private static Set<EventType> types(EventType t) {
        return t == EventType.NEGOTIATE ? EnumSet.of(EventType.NEGOTIATE, EventType.MEET, EventType.CALL) : EnumSet.of(t);
    }

    private static Set<String> parties(Event e) {
        Set<String> parties = new LinkedHashSet<>();
        for (Participant p : e.actors()) {
            parties.add(p.actor().id());
            // a person is also met by a shorter or fuller form of the name (PersonNames)
            parties.addAll(PersonNames.pairKeys(p.actor()));
            if (p.actor().country() != null && e.type() != EventType.STATEMENT) {
                parties.add("@" + p.actor().country());
            }
        }
        return parties;
    }
}
