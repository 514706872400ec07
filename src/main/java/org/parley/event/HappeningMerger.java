package org.parley.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.model.DateBasis;
import org.parley.model.Event;
import org.parley.model.EventType;
import org.parley.model.EventDate;
import org.parley.model.Mention;
import org.parley.model.Participant;
import org.parley.model.ParticipantRole;
import org.parley.model.TimeValue;

/**
 * Joins the reports of one happening: same type and mode, a shared party, overlapping dates and no conflicting
 * place. The narrowest date leads a group, so "January" and "15 January" join but two meetings on different
 * days stay two, and a wide date cannot chain two narrow ones together.
 *
 * <p>Outlets tell one happening in their own words, so across articles a party is also shared when it is one
 * person named at two lengths ({@link PersonNames}), or when two states take part in both, named by their leaders
 * in one report and by themselves in the other; and another outlet's report of two parties in common dated the
 * day before or after joins (a time zone, or "yesterday" read from the edition's day), after any report of the
 * same days.
 *
 * <p>An undated report joins a dated happening only when one from its own article fits (the headline of a story
 * whose body dates the meeting); undated reports of other articles join only each other. Events are first put
 * into one canonical order, so the result does not depend on the order given. Candidates are found through an
 * index on (type, mode, party, month or year), so tens of thousands of events merge in well under a second. Stateless.
 */
public final class HappeningMerger implements EventMerger {
    private static final int MAX_YEARS = 6;
    /** What overlapping days add to a group's fit: more than any count of parties in common. */
    private static final int SAME_DAYS = 1000;

    @Override
    public List<Event> merge(List<Event> events) {
        List<Event> sorted = canonical(events);
        List<Group> groups = new ArrayList<>();
        Map<String, List<Group>> index = new HashMap<>();
        Map<String, Group> undated = new LinkedHashMap<>();
        List<Event> later = new ArrayList<>();
        for (Event e : sorted) {
            TimeValue v = e.date().value();
            if (v == null || !v.isAnchored() || years(v) > MAX_YEARS) {
                later.add(e);
                continue;
            }
            Group best = null;
            int bestFit = 0;
            for (String key : lookupKeys(e)) {
                for (Group g : index.getOrDefault(key, List.of())) {
                    if (g == best) {
                        continue;
                    }
                    int fit = g.fit(e);
                    if (fit > 0 && (fit > bestFit || fit == bestFit && g.order < best.order)) {
                        best = g;
                        bestFit = fit;
                    }
                }
            }
            if (best == null) {
                best = new Group(e, groups.size());
                groups.add(best);
                for (String key : fileKeys(e)) {
                    index.computeIfAbsent(key, k -> new ArrayList<>()).add(best);
                }
            } else {
                best.add(e);
            }
        }
        groups = talksIntoMeetings(groups);
        for (Event e : later) {
            Group home = null;
            int fits = 0;
            for (Group g : groups) {
                if (g.type().equals(e.type()) && g.mode().equals(e.mode()) && g.sharesParty(e) && g.sameArticle(e)
                        && g.placeFits(e)) {
                    fits++;
                    home = g;
                }
            }
            if (fits == 1) {
                home.add(e);
                continue;
            }
            String key = e.type() + "|" + e.mode() + "|" + EventIds.mainActors(e.actors());
            Group g = undated.get(key);
            if (g == null) {
                undated.put(key, new Group(e, groups.size() + undated.size()));
            } else {
                g.add(e);
            }
        }
        List<Event> out = new ArrayList<>();
        for (Group g : groups) {
            out.add(g.build());
        }
        for (Group g : undated.values()) {
            out.add(g.build());
        }
        out.sort(Comparator.comparing((Event e) -> e.date().value() == null || !e.date().value().isAnchored()
                ? java.time.LocalDate.MAX : e.date().value().earliest()).thenComparing(Event::id));
        return out;
    }

    /**
     * "Blinken and Wang discussed Taiwan on Friday" in one report and "Blinken and Wang met on Friday" in another tell
     * one happening: a negotiation of a day or a week whose parties all take part in a meeting or call of the same
     * days joins it (the meeting or call names what happened; the discussion is what was done there).
     */
    private static List<Group> talksIntoMeetings(List<Group> groups) {
        Map<String, List<Group>> talks = new HashMap<>();
        for (Group g : groups) {
            if (g.type() == EventType.MEET || g.type() == EventType.CALL) {
                for (String key : fileKeys(g.head)) {
                    talks.computeIfAbsent(asTalk(key), k -> new ArrayList<>()).add(g);
                }
            }
        }
        List<Group> kept = new ArrayList<>(groups.size());
        for (Group g : groups) {
            Group home = null;
            if (g.type() == EventType.NEGOTIATE && g.head.date().value().widthInDays() <= 7) {
                for (String key : lookupKeys(g.head)) {
                    for (Group t : talks.getOrDefault(asTalk(key), List.of())) {
                        if (t.mode() == g.mode() && t.head.date().value().widthInDays() <= 7
                                && t.head.date().value().overlaps(g.head.date().value()) && t.takesAllPartiesOf(g)
                                && t.placeFits(g.head) && (home == null || t.order < home.order)) {
                            home = t;
                        }
                    }
                }
            }
            if (home == null) {
                kept.add(g);
            } else {
                g.members.forEach(home::add);
            }
        }
        return kept;
    }

    private static String asTalk(String key) {
        return "TALK" + key.substring(key.indexOf('|'));
    }

    /** An event with the keys of its canonical place, computed once. */
    private record Keyed(Event event, int publication, long width, int basis, String id, String article, int start, String sentence) {
    }

    private static final Comparator<Keyed> CANONICAL = Comparator.comparingInt(Keyed::publication)
            .thenComparingLong(Keyed::width).thenComparingInt(Keyed::basis).thenComparing(Keyed::id)
            .thenComparing(Keyed::article).thenComparingInt(Keyed::start).thenComparing(Keyed::sentence);

    /** Publication dates last, then the narrowest dates first, then by content: a total order on what events are. */
    private static List<Event> canonical(List<Event> events) {
        List<Keyed> keyed = new ArrayList<>(events.size());
        for (Event e : events) {
            Mention m = e.mentions().get(0);
            keyed.add(new Keyed(e, e.date().basis() == DateBasis.PUBLICATION ? 1 : 0,
                    e.date().value() == null ? Long.MAX_VALUE : e.date().value().widthInDays(), e.date().basis().ordinal(),
                    e.id(), m.article(), m.start(), m.sentence()));
        }
        keyed.sort(CANONICAL);
        List<Event> out = new ArrayList<>(keyed.size());
        keyed.forEach(k -> out.add(k.event()));
        return out;
    }

    private static long years(TimeValue v) {
        return v.latest().getYear() - v.earliest().getYear() + 1L;
    }

    /** The keys a group with this head is filed under: months for a narrow date, years for a wide one. */
    private static List<String> fileKeys(Event e) {
        TimeValue v = e.date().value();
        boolean narrow = v.widthInDays() <= 62;
        List<String> keys = new ArrayList<>();
        for (String party : partyKeys(e)) {
            String base = e.type() + "|" + e.mode() + "|" + party + "|";
            if (narrow) {
                for (java.time.YearMonth m = java.time.YearMonth.from(v.earliest()); !m.isAfter(java.time.YearMonth.from(v.latest())); m = m.plusMonths(1)) {
                    keys.add(base + m);
                }
            } else {
                for (int y = v.earliest().getYear(); y <= v.latest().getYear(); y++) {
                    keys.add(base + y);
                }
            }
        }
        return keys;
    }

    /**
     * The parties an event is filed and found under: each actor and each actor's country, so that "the Kremlin's
     * account of Thursday's call" finds the Putin-Bennett call of its article (a merge across articles still needs
     * a shared party).
     */
    private static Set<String> partyKeys(Event e) {
        Set<String> keys = new LinkedHashSet<>();
        for (Participant p : e.actors()) {
            keys.add(p.actor().id());
            keys.addAll(PersonNames.pairKeys(p.actor()));
            if (p.actor().country() != null && e.type() != EventType.STATEMENT) {
                // two people's statements are two happenings even when they share a country
                keys.add("@" + p.actor().country());
            }
        }
        return keys;
    }

    /** Who does an event: its sources' ids and countries. */
    private static Set<String> doerKeys(Event e) {
        Set<String> keys = new LinkedHashSet<>();
        for (Participant p : e.actors()) {
            if (p.part() == ParticipantRole.SOURCE) {
                keys.add(p.actor().id());
                if (p.actor().country() != null) {
                    keys.add("@" + p.actor().country());
                }
            }
        }
        return keys;
    }

    /**
     * The keys under which groups that may take an event are filed: its months, with those of the day before and
     * the day after (another outlet's report a day off), and its years.
     */
    private static List<String> lookupKeys(Event e) {
        TimeValue v = e.date().value();
        List<String> keys = new ArrayList<>();
        for (String party : partyKeys(e)) {
            String base = e.type() + "|" + e.mode() + "|" + party + "|";
            java.time.YearMonth last = java.time.YearMonth.from(v.latest().plusDays(1));
            for (java.time.YearMonth m = java.time.YearMonth.from(v.earliest().minusDays(1)); !m.isAfter(last); m = m.plusMonths(1)) {
                keys.add(base + m);
            }
            for (int y = v.earliest().getYear(); y <= v.latest().getYear(); y++) {
                keys.add(base + y);
            }
        }
        return keys;
    }

    /** The reports of one happening; its first (narrowest-dated) report gives the date. */
    private static final class Group {
        private final Event head;
        private final int order;
        private final List<Event> members = new ArrayList<>();
        private final Set<String> parties = new LinkedHashSet<>();
        private final Set<String> articles = new LinkedHashSet<>();
        private final Set<String> countries = new LinkedHashSet<>();
        private final Set<String> doers = new LinkedHashSet<>();
        private final List<org.parley.model.Actor> persons = new ArrayList<>();
        private final Set<String> personPairs = new java.util.HashSet<>();
        private String place;

        Group(Event head, int order) {
            this.head = head;
            this.order = order;
            add(head);
        }

        Object type() {
            return head.type();
        }

        Object mode() {
            return head.mode();
        }

        void add(Event e) {
            members.add(e);
            for (Participant p : e.actors()) {
                if (parties.add(p.actor().id()) && p.actor().kind() == org.parley.model.ActorKind.PERSON) {
                    persons.add(p.actor());
                    personPairs.addAll(PersonNames.pairKeys(p.actor()));
                }
                if (p.actor().country() != null) {
                    countries.add(p.actor().country());
                }
            }
            for (Mention m : e.mentions()) {
                articles.add(m.article());
            }
            doers.addAll(doerKeys(e));
            if (place == null) {
                place = e.place();
            }
        }

        /** Whether every party of another group takes part here. */
        boolean takesAllPartiesOf(Group other) {
            for (String id : other.parties) {
                if (!parties.contains(id)) {
                    return false;
                }
            }
            return true;
        }

        boolean sharesParty(Event e) {
            return sharedParties(e) > 0;
        }

        /**
         * How many of an event's actors take part here: by id, or for a person by a fuller or shorter form of the
         * same name ("Abdul Halim" and "Abdul Halim Mu'adzam Shah", "Secretary Nguyen Phu Trong" and "Nguyen Phu
         * Trong": {@link PersonNames#sameName}), as one outlet writes a name another shortens.
         */
        int sharedParties(Event e) {
            int n = 0;
            for (Participant p : e.actors()) {
                if (parties.contains(p.actor().id()) || otherLength(p.actor())) {
                    n++;
                }
            }
            return n;
        }

        /** Whether a person not among the parties is one of them at another length of the name. */
        private boolean otherLength(org.parley.model.Actor a) {
            if (a.kind() != org.parley.model.ActorKind.PERSON || personPairs.isEmpty()) {
                return false;
            }
            // the pairs of name words first (cheap), the whole name only when one of them is shared
            return PersonNames.pairKeys(a).stream().anyMatch(personPairs::contains)
                    && persons.stream().anyMatch(q -> PersonNames.sameName(q, a));
        }

        /**
         * Whether an event stands for two states that take part here: "Jokowi and Trong agreed in 2022" in one report
         * and "Indonesia and Vietnam agreed in 2022" in another are one agreement, each party named by its person in
         * one and by its state in the other. Not for statements, each of which is its speaker's own.
         */
        boolean sharesTwoStates(Event e) {
            if (e.type() == EventType.STATEMENT) {
                return false;
            }
            return e.actors().stream().map(p -> p.actor().country()).filter(c -> c != null && countries.contains(c))
                    .distinct().count() >= 2;
        }

        /** Within one article, "Saudi Arabia hosted" and "Faisal bin Farhan hosted" on one day are one happening. */
        boolean sharesCountry(Event e) {
            return e.actors().stream().anyMatch(p -> p.actor().country() != null && countries.contains(p.actor().country()));
        }

        boolean sameArticle(Event e) {
            return e.mentions().stream().anyMatch(m -> articles.contains(m.article()));
        }

        boolean placeFits(Event e) {
            return place == null || e.place() == null || place.toLowerCase(Locale.ROOT).equals(e.place().toLowerCase(Locale.ROOT))
                    || oneDayOfTwoParties(e);
        }

        /**
         * "Anchorage", "Alaska" and "Joint Base Elmendorf-Richardson" are one summit's place named at three depths: on
         * one day, two parties in common outweigh the words for where.
         */
        private boolean oneDayOfTwoParties(Event e) {
            if (head.date().value().widthInDays() != 1 || e.date().value() == null || e.date().value().widthInDays() != 1) {
                return false;
            }
            long shared = e.actors().stream().filter(p -> parties.contains(p.actor().id())).count();
            return shared >= 2;
        }

        /**
         * An act done by one side to another is the same happening only when done by the same side: US and EU
         * sanctions on Russia on one day are two packages, where a meeting is one whoever is named first.
         */
        boolean sameDoer(Event e) {
            if (EventRules.standard().has(e.type(), EventRules.Trait.SYMMETRIC) || doers.isEmpty()) {
                return true;
            }
            Set<String> keys = doerKeys(e);
            return keys.isEmpty() || keys.stream().anyMatch(doers::contains);
        }

        /**
         * How well an event fits as a report of this happening, 0 when it does not: days that overlap come before a
         * day off, then more parties in common. So a report of the Iran-Iraq fighting of the 4th joins the 4th's
         * fighting and not the 3rd's, though the 4th's first report names one side only.
         */
        int fit(Event e) {
            if (head.type() != e.type() || head.mode() != e.mode()) {
                return 0;
            }
            boolean sameDays = head.date().value().overlaps(e.date().value());
            if (!sameDays && !nextDay(e)) {
                return 0;
            }
            int shared = sharedParties(e);
            int fit;
            if (sameDays) {
                boolean parties = shared > 0 || sameArticle(e) && sharesCountry(e) || !sameArticle(e) && sharesTwoStates(e);
                fit = parties ? SAME_DAYS + shared : 0;
            } else {
                fit = shared >= 2 && !sameArticle(e) ? shared : 0;
            }
            return fit > 0 && placeFits(e) && sameDoer(e) ? fit : 0;
        }

        /**
         * Whether an event's one day is the day before or after this happening's. {@link #fit} takes such a report
         * only from another outlet and with two parties in common: one writes the local day of the talks, the other
         * the day of its own time zone or of its edition ("on Wednesday" against "yesterday"); one article telling
         * two days tells two happenings, and two meetings of one pair a week apart, or of one leader with two
         * guests, stay apart.
         */
        private boolean nextDay(Event e) {
            TimeValue mine = head.date().value();
            TimeValue theirs = e.date().value();
            return mine.widthInDays() == 1 && theirs.widthInDays() == 1
                    && Math.abs(java.time.temporal.ChronoUnit.DAYS.between(mine.earliest(), theirs.earliest())) == 1;
        }

        Event build() {
            if (members.size() == 1) {
                return head;
            }
            Map<String, Participant> parts = new LinkedHashMap<>();
            // one sentence's mention told by two readings is one mention, with the rule ids of both
            Map<Mention, Set<String>> distinct = new LinkedHashMap<>();
            Set<String> attributions = new LinkedHashSet<>();
            for (Event e : members) {
                for (Participant p : e.actors()) {
                    Participant old = parts.get(p.actor().id());
                    if (old == null || rank(p.part()) < rank(old.part())) {
                        parts.put(p.actor().id(), old != null && p.role() == null ? new Participant(p.actor(), old.role(), p.part()) : p);
                    }
                }
                for (Mention m : e.mentions()) {
                    distinct.computeIfAbsent(m.withRules(List.of()), k -> new LinkedHashSet<>()).addAll(m.rules());
                }
                if (e.attribution() != null) {
                    attributions.add(e.attribution());
                }
            }
            List<Mention> mentions = new ArrayList<>();
            distinct.forEach((m, rules) -> mentions.add(m.withRules(List.copyOf(rules))));
            mentions.sort(Comparator.comparing(Mention::article).thenComparingInt(Mention::start)
                    .thenComparing(m -> m.trigger() == null ? "" : m.trigger()));
            List<Participant> participants = new ArrayList<>(parts.values());
            participants.sort(Comparator.comparingInt((Participant p) -> rank(p.part())).thenComparing(p -> p.actor().id()));
            EventDate date = head.date();
            String summary = EventIds.summary(head.type(), head.mode(), participants,
                    EventRules.standard().summary(head.type()), place);
            return new Event(EventIds.id(head.type(), head.mode(), participants, date), head.type(), head.mode(), date,
                    participants, place, summary, attributions.isEmpty() ? null : String.join("; ", attributions), mentions,
                    head.cameo()); // the code of the report that leads the happening, as its date does
        }

        private static int rank(ParticipantRole r) {
            return r.ordinal();
        }
    }
}
