package org.parley.serve;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.parley.actor.Gazetteer;
import org.parley.actor.NameFolding;
import org.parley.index.EventQuery;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.DateText;
import org.parley.time.TypedDates;
import org.parley.time.TypedDates.TypedDate;

/**
 * A search as a person types it, the same way on the command line, in the search box and in the API: dates
 * as people write them ("last month", "since March", "10 July 2023"), read against a day taken as today, and
 * a country by its name ("Russia", "Russian") or its ISO code ("RUS").
 *
 * @param actors  names of actors that must all take part
 * @param type    the event type, or blank
 * @param mode    the mode, or blank
 * @param place   the place, or blank
 * @param country a country's name or ISO 3166 alpha-3 code, or blank
 * @param from    the first day as typed, or blank
 * @param to      the last day as typed, or blank
 * @param text    the words, or blank
 * @param sort    date or relevance, or blank
 * @param limit   the most results
 */
public record TypedSearch(List<String> actors, String type, String mode, String place, String country,
                          String from, String to, String text, String sort, int limit) {
    private static final Pattern CODE = Pattern.compile("[A-Za-z]{3}");

    /** The gazetteer, read once, for the names of countries. */
    private static final class States {
        static final Gazetteer GAZETTEER = Gazetteer.standard();
    }

    /**
     * The query, with the days the typed dates stand for.
     *
     * @param query the query
     * @param from  the typed first day as read, or {@code null}
     * @param to    the typed last day as read, or {@code null}
     * @param today the day relative dates counted from
     */
    public record Read(EventQuery query, TypedDate from, TypedDate to, LocalDate today) {
        /**
         * What the dates were read as, to be shown back: {@code from 1 November 2026 ("last month") to 22
         * November 2026 ("two weeks ago"), counted from 3 December 2026} (the day counted from only when a date was
         * more than YYYY-MM-DD); empty when no date was typed.
         */
        public String echo() {
            if (from == null && to == null) {
                return "";
            }
            StringBuilder b = new StringBuilder();
            if (from != null) {
                b.append("from ").append(DateText.day(query.from())).append(" (\"").append(from.typed().strip()).append("\")");
            }
            if (to != null) {
                b.append(b.length() == 0 ? "" : " ").append("to ").append(DateText.day(query.to()))
                        .append(" (\"").append(to.typed().strip()).append("\")");
            }
            boolean relative = (from != null && !from.reader().equals("ISO")) || (to != null && !to.reader().equals("ISO"));
            return relative ? b.append(", counted from ").append(DateText.day(today)).toString() : b.toString();
        }
    }

    /**
     * Reads the search against {@code today}.
     *
     * @throws IllegalArgumentException one line saying what is wrong (a date no reader takes, an unknown country)
     */
    public Read read(LocalDate today) {
        TypedDate first = blank(from) ? null : TypedDates.read(from, today);
        TypedDate last = blank(to) ? null : TypedDates.read(to, today);
        LocalDate start = first == null ? null : first.earliest() != null ? first.earliest() : first.latest();
        LocalDate end = last == null ? null : last.latest() != null ? last.latest() : last.earliest();
        EventQuery q = EventQuery.parse(actors, type, mode, place, countryCode(country), iso(start), iso(end), text,
                sort, limit);
        return new Read(q, first, last, today);
    }

    /** The ISO code of a country typed by code, name or demonym; {@code null} for blank. */
    static String countryCode(String typed) {
        if (blank(typed)) {
            return null;
        }
        String t = typed.strip();
        Gazetteer g = States.GAZETTEER;
        Optional<String> byName = g.lookup(NameFolding.key(t)).stream().map(Gazetteer.NameEntry::actor)
                .filter(a -> a.kind() == ActorKind.STATE && a.country() != null).map(Actor::country).findFirst();
        if (byName.isPresent()) {
            return byName.get();
        }
        Optional<Actor> demonym = g.demonym(t);
        if (demonym.isPresent() && demonym.get().country() != null) {
            return demonym.get().country();
        }
        if (CODE.matcher(t).matches()) {
            return t.toUpperCase(Locale.ROOT);
        }
        throw new IllegalArgumentException("unknown country '" + typed + "'; give its name (Russia) or its ISO code (RUS)");
    }

    private static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
