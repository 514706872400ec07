package org.parley.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.actor.NameFolding;
import org.parley.eval.GoldTimeline.GoldEvent;
import org.parley.model.Event;
import org.parley.model.EventMode;
import org.parley.model.EventType;
import org.parley.model.Mention;
import org.parley.model.Participant;
import org.parley.model.ParticipantRole;
import org.parley.model.TimeValue;

/**
 * Scores extracted events against gold timelines as issue 4 defines a match: the type is the gold type or one of
 * its {@code also_types}, a party is a gold actor, and the date is the gold value, an accepted value, or an
 * interval inside the gold span no wider than the gold value's own interval.
 *
 * <p>Also counts relaxed matches (type and actor, any date) to say how often dates are right, the must events
 * found, the {@code must_not} rules it can check mechanically, and, across articles, the happenings the merger
 * joined from all their sources. Pure functions over values.
 */
public final class EventScorer {
    private static final Pattern QUOTED = Pattern.compile("'([^']{4,}?)'(?=[\\s,)/.]|$)");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4}(?:-\\d{2}(?:-\\d{2})?)?(?:/\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)?)\\b");

    private EventScorer() {
    }

    /** A gold event and the system event found for it. */
    public record Match(GoldEvent gold, Event system) {
    }

    /**
     * The score of one article.
     *
     * @param gold       its gold timeline
     * @param system     the events extracted from it
     * @param matches    gold events matched one to one
     * @param missed     gold events not matched
     * @param spurious   system events matching no gold event
     * @param relaxed    gold events matched on type and actor alone, any date
     * @param misdated   missed gold events, each with a spurious event that fits it on type and actor but not on
     *                   date: the events found whose date is wrong, what the date passes have to mend
     * @param violations must_not rules broken, each with the event that breaks it
     * @param unchecked  must_not rules that cannot be checked mechanically
     */
    public record ArticleScore(GoldTimeline gold, List<Event> system, List<Match> matches, List<GoldEvent> missed,
                               List<Event> spurious, int relaxed, List<Match> misdated, List<String> violations,
                               List<String> unchecked) {
        /** How many must events were found. */
        public long mustFound() {
            return matches.stream().filter(m -> m.gold().must()).count();
        }

        /** How many must events there are. */
        public long mustTotal() {
            return gold.events().stream().filter(GoldEvent::must).count();
        }
    }

    /** Scores one article's events against its gold. */
    public static ArticleScore score(GoldTimeline gold, List<Event> system) {
        List<GoldEvent> order = new ArrayList<>(gold.events());
        order.sort(Comparator.comparing((GoldEvent g) -> !g.must()));
        // a maximum matching (augmenting paths), first over pairs that agree on mode too, so that a held meeting does
        // not take the place of a planned one, then over all pairs (which may move a gold event to an event of another mode
        // when that lets one more gold event be matched); each gold tries its best-scoring events first
        Map<GoldEvent, Event> pairOf = new LinkedHashMap<>();
        Map<Event, GoldEvent> ownerOf = new IdentityHashMap<>();
        for (boolean sameMode : new boolean[] {true, false}) {
            Map<GoldEvent, List<Event>> edges = new LinkedHashMap<>();
            for (GoldEvent g : order) {
                List<Event> fits = new ArrayList<>();
                for (Event e : system) {
                    boolean modeFits = g.mode() == null || g.mode().equals(e.mode().name());
                    if ((!sameMode || modeFits) && matches(gold, g, e, true)) {
                        fits.add(e);
                    }
                }
                fits.sort(Comparator.comparingInt((Event e) -> -pairScore(gold, g, e)));
                edges.put(g, fits);
            }
            for (GoldEvent g : order) {
                if (!pairOf.containsKey(g)) {
                    augment(g, edges, pairOf, ownerOf, Collections.newSetFromMap(new IdentityHashMap<>()));
                }
            }
        }
        List<Match> matches = new ArrayList<>();
        List<GoldEvent> missed = new ArrayList<>();
        for (GoldEvent g : order) {
            Event e = pairOf.get(g);
            if (e == null) {
                missed.add(g);
            } else {
                matches.add(new Match(g, e));
            }
        }
        List<Event> free = new ArrayList<>();
        for (Event e : system) {
            if (!ownerOf.containsKey(e)) {
                free.add(e);
            }
        }
        int relaxed = 0;
        List<Event> pool = new ArrayList<>(system);
        for (GoldEvent g : order) {
            for (Event e : pool) {
                if (matches(gold, g, e, false)) {
                    relaxed++;
                    pool.remove(e);
                    break;
                }
            }
        }
        List<Match> misdated = new ArrayList<>();
        List<Event> unowned = new ArrayList<>(free);
        for (GoldEvent g : missed) {
            unowned.stream().filter(e -> matches(gold, g, e, false))
                    .max(Comparator.comparingInt((Event e) -> pairScore(gold, g, e)))
                    .ifPresent(e -> {
                        misdated.add(new Match(g, e));
                        unowned.remove(e);
                    });
        }
        List<String> violations = new ArrayList<>();
        List<String> unchecked = new ArrayList<>();
        for (String rule : gold.mustNot()) {
            List<String> broken = check(gold, rule, system);
            if (broken == null) {
                unchecked.add(rule);
            } else {
                broken.forEach(b -> violations.add(rule + " <- " + b));
            }
        }
        return new ArticleScore(gold, system, matches, missed, free, relaxed, List.copyOf(misdated), violations, unchecked);
    }

    private static int pairScore(GoldTimeline gold, GoldEvent g, Event e) {
        return (e.date().value() != null && e.date().value().value().equals(g.value()) ? 4 : 0)
                + (e.type().name().equals(g.types().get(0)) ? 2 : 0) + sharedActors(gold, g, e);
    }

    /** Kuhn's augmenting path: gives {@code g} an event, moving earlier pairs to other events they fit when needed. */
    private static boolean augment(GoldEvent g, Map<GoldEvent, List<Event>> edges, Map<GoldEvent, Event> pairOf,
                                   Map<Event, GoldEvent> ownerOf, Set<Event> visited) {
        for (Event e : edges.get(g)) {
            if (!visited.add(e)) {
                continue;
            }
            GoldEvent owner = ownerOf.get(e);
            if (owner == null || augment(owner, edges, pairOf, ownerOf, visited)) {
                ownerOf.put(e, g);
                pairOf.put(g, e);
                return true;
            }
        }
        return false;
    }

    /** Whether a system event matches a gold event: type, a shared actor and, when {@code withDate}, the date. */
    public static boolean matches(GoldTimeline gold, GoldEvent g, Event e, boolean withDate) {
        return g.types().contains(e.type().name()) && sharedActors(gold, g, e) > 0 && (!withDate || dateMatches(g, e.date().value()));
    }

    /** Whether a system date is right for a gold event. */
    public static boolean dateMatches(GoldEvent g, TimeValue v) {
        if (v == null || g.value() == null) {
            return false;
        }
        if (v.value().equals(g.value()) || g.accept().contains(v.value())) {
            return true;
        }
        return v.isAnchored() && g.earliest() != null && !v.earliest().isBefore(g.earliest())
                && !v.latest().isAfter(g.latest()) && v.widthInDays() <= g.width();
    }

    private static int sharedActors(GoldTimeline gold, GoldEvent g, Event e) {
        int n = 0;
        for (String name : g.actors()) {
            for (Participant p : e.actors()) {
                if (actorIs(gold, name, p)) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    /** Whether a participant is a gold actor, by its name, id or other names against the gold's aliases. */
    public static boolean actorIs(GoldTimeline gold, String goldName, Participant p) {
        Set<String> names = gold.aliases().getOrDefault(goldName, Set.of(NameFolding.key(goldName)));
        if (names.contains(NameFolding.key(p.actor().name())) || NameFolding.slug(goldName).equals(p.actor().id())) {
            return true;
        }
        for (String alias : p.actor().aliases()) {
            if (names.contains(NameFolding.key(alias))) {
                return true;
            }
        }
        return names.contains(NameFolding.key(goldName)) && NameFolding.key(goldName).equals(NameFolding.key(p.actor().name()));
    }

    /**
     * The events that break a must_not rule, or {@code null} when the rule is not one Parley can check: a quoted
     * piece of page furniture as evidence, a day or month an event must not be dated, two events for a repeated
     * paragraph, a year read as a clock time, a type that must not be ASSERTED.
     */
    static List<String> check(GoldTimeline gold, String rule, List<Event> system) {
        String lower = rule.toLowerCase(Locale.ROOT);
        List<String> broken = new ArrayList<>();
        if (lower.contains("clock time")) {
            for (Event e : system) {
                if (e.date().value() != null && e.date().value().value().contains("T")) {
                    broken.add(describe(e));
                }
            }
            return broken;
        }
        if (lower.matches(".*\\btwo events for\\b.*(?:repeated|duplicated).*")) {
            Map<String, Event> seen = new LinkedHashMap<>();
            for (Event e : system) {
                for (Mention m : e.mentions()) {
                    String key = e.type() + "|" + m.sentence().replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
                    Event other = seen.putIfAbsent(key, e);
                    if (other != null && other != e) {
                        broken.add(describe(e));
                    }
                }
            }
            return broken;
        }
        if (lower.contains("event from") || lower.contains("evidence is")) {
            Matcher q = QUOTED.matcher(rule);
            List<String> phrases = new ArrayList<>();
            while (q.find()) {
                phrases.add(NameFolding.key(q.group(1)).replace("...", "").trim());
            }
            if (phrases.isEmpty()) {
                return null;
            }
            for (Event e : system) {
                for (Mention m : e.mentions()) {
                    String s = NameFolding.key(m.sentence());
                    if (phrases.stream().anyMatch(p -> !p.isEmpty() && s.contains(p))) {
                        broken.add(describe(e));
                    }
                }
            }
            return broken;
        }
        EventType type = typeNamed(rule);
        List<String> named = actorsNamed(gold, rule);
        Matcher iso = ISO.matcher(monthsAsNumbers(rule));
        boolean specific = lower.contains("any event") || lower.contains("an event dated") || type != null || !named.isEmpty();
        if (lower.contains("dated") && iso.find() && specific) {
            // every date the rule names ("dated 2025-08-16 or 2025-08-17"), and the mode it names, if any
            List<LocalDate[]> bad = new ArrayList<>();
            do {
                LocalDate[] span = GoldTimeline.interval(iso.group(1), null);
                if (span != null) {
                    bad.add(span);
                }
            } while (iso.find());
            EventMode mode = modeNamed(rule);
            for (Event e : system) {
                TimeValue v = e.date().value();
                if (v == null || !v.isAnchored() || type != null && e.type() != type || !hasAll(gold, named, e, 1)
                        || !doneBy(gold, doers(gold, rule), e) || mode != null && e.mode() != mode) {
                    continue;
                }
                if (bad.stream().anyMatch(b -> !v.earliest().isBefore(b[0]) && !v.latest().isAfter(b[1]))) {
                    broken.add(describe(e));
                }
            }
            return broken;
        }
        if (type != null && lower.contains("asserted") && !named.isEmpty()) {
            for (Event e : system) {
                if (e.type() == type && e.mode() == EventMode.ASSERTED && hasAll(gold, named, e, named.size())) {
                    broken.add(describe(e));
                }
            }
            // "two FIGHT events for the two accounts of one strike" is broken by two, not by the one event wanted
            return lower.startsWith("two ") && broken.size() < 2 ? List.of() : broken;
        }
        return null;
    }

    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");

    /** "March 2024" as "2024-03", so that a rule in words is checked like one in ISO form; a bare year is dropped. */
    private static String monthsAsNumbers(String rule) {
        Matcher m = Pattern.compile("(?i)\\b(" + String.join("|", MONTHS) + ")\\s+(\\d{4})\\b").matcher(rule);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, String.format(Locale.ROOT, "%s-%02d", m.group(2), MONTHS.indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 1));
        }
        m.appendTail(sb);
        return sb.toString().replaceAll("(?<![\\d-])(\\d{4})(?![\\d-])", "");
    }

    private static boolean hasAll(GoldTimeline gold, List<String> named, Event e, int atLeast) {
        if (named.isEmpty()) {
            return true;
        }
        int n = 0;
        for (String name : named) {
            if (e.actors().stream().anyMatch(p -> actorIs(gold, name, p))) {
                n++;
            }
        }
        return n >= Math.min(atLeast, named.size());
    }

    private static final Pattern MEETING_WORDS = Pattern.compile("(?i)\\b(?:meeting|summit)\\b");
    private static final Pattern REFUSAL_WORDS = Pattern.compile("(?i)\\b(?:refusal|rejection)\\b");
    private static final Pattern CALL_WORDS = Pattern.compile("(?i)\\b(?:phone call|call)\\b");

    /** "a held (ASSERTED) meeting", "a PLANNED call": the mode a rule is about, or null for any. */
    private static EventMode modeNamed(String rule) {
        return nameIn(rule, EventMode.values());
    }

    /** The first of some constants whose name a rule writes as a word ("a PLANNED call", "two FIGHT events"), or null. */
    private static <E extends Enum<E>> E nameIn(String rule, E[] values) {
        for (E v : values) {
            if (Pattern.compile("\\b" + v.name() + "\\b").matcher(rule).find()) {
                return v;
            }
        }
        return null;
    }

    private static EventType typeNamed(String rule) {
        EventType written = nameIn(rule, EventType.values());
        if (written != null) {
            return written;
        }
        // "the Moscow meeting dated May 2022" names its type in words
        if (MEETING_WORDS.matcher(rule).find()) {
            return EventType.MEET;
        }
        if (REFUSAL_WORDS.matcher(rule).find()) {
            return EventType.REJECT;
        }
        return CALL_WORDS.matcher(rule).find() ? EventType.CALL : null;
    }

    /** Actors a rule names with a possessive, as the doer: "Israel's recall of its diplomats". */
    private static List<String> doers(GoldTimeline gold, String rule) {
        String folded = " " + NameFolding.key(rule).replaceAll("['’]s\\b", " 's").replaceAll("[^\\p{L}\\p{N}']+", " ") + " ";
        List<String> out = new ArrayList<>();
        gold.aliases().forEach((name, aliases) -> {
            for (String a : aliases) {
                String k = a.replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
                if (k.length() > 2 && folded.contains(" " + k + " 's ")) {
                    out.add(name);
                    return;
                }
            }
        });
        return out;
    }

    private static boolean doneBy(GoldTimeline gold, List<String> doers, Event e) {
        return doers.stream().allMatch(d -> e.actors().stream()
                .anyMatch(p -> p.part() == ParticipantRole.SOURCE && actorIs(gold, d, p)));
    }

    /** A text as folded words with single spaces between: how rules, evidence and sentences are compared. */
    static String words(String text) {
        return text == null ? "" : NameFolding.key(text).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    private static List<String> actorsNamed(GoldTimeline gold, String rule) {
        String folded = " " + words(rule) + " ";
        List<String> out = new ArrayList<>();
        gold.aliases().forEach((name, aliases) -> {
            for (String a : aliases) {
                String k = " " + a.replaceAll("[^\\p{L}\\p{N}]+", " ").trim() + " ";
                if (k.trim().length() > 2 && folded.contains(k)) {
                    out.add(name);
                    return;
                }
            }
            String last = NameFolding.key(name).replaceAll(".* ", "");
            if (last.length() > 3 && folded.contains(" " + last + " ")) {
                out.add(name);
            }
        });
        return out;
    }

    /** One line about an event for reports: type, date, actors, mode. */
    public static String describe(Event e) {
        StringBuilder sb = new StringBuilder(e.type().name()).append(' ')
                .append(e.date().value() == null ? "undated" : e.date().value().value()
                        + (e.date().value().mod() == null ? "" : " " + e.date().value().mod()))
                .append(" (").append(e.date().basis()).append(") [");
        for (int i = 0; i < e.actors().size(); i++) {
            Participant p = e.actors().get(i);
            sb.append(i > 0 ? ", " : "").append(p.actor().name()).append(':').append(p.part().name().charAt(0));
        }
        sb.append(']');
        if (e.mode() != EventMode.ASSERTED) {
            sb.append(' ').append(e.mode());
        }
        if (e.place() != null) {
            sb.append(" @").append(e.place());
        }
        return sb.toString();
    }
}
