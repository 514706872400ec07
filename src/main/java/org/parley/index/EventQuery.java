package org.parley.index;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.EventMode;
import org.parley.model.EventType;

/**
 * What an analyst asks of the events: who (all actors must take part, through any alias), what, how,
 * where, when (overlap: an event of "late 2023" is found from 2023-11-01) and which words.
 * Every criterion may be {@code null} (or empty) for "any".
 *
 * @param actors  names of actors that must all take part, in any case and through any alias
 * @param type    the event type, or {@code null}
 * @param mode    the mode, or {@code null}
 * @param place   the place, or {@code null}
 * @param country an ISO 3166 alpha-3 code one of the participants belongs to, or {@code null}
 * @param from    first day of the period the event's days must overlap, or {@code null}
 * @param to      last day of that period, or {@code null}
 * @param text    words in the summary, sentences or titles (simple query syntax: "phrases", -not, a|b), or {@code null}
 * @param sort    the order of the results
 * @param limit   the most results returned, 1..10000
 */
public record EventQuery(List<String> actors, EventType type, EventMode mode, String place, String country,
                         LocalDate from, LocalDate to, String text, SortOrder sort, int limit) {
    /** The most results one query returns. */
    public static final int MAX_LIMIT = 10_000;
    private static final Pattern BOUND = Pattern.compile("(\\d{4})(?:-(\\d{1,2}))?(?:-(\\d{1,2}))?");

    /** How results are ordered. */
    public enum SortOrder {
        /** Earliest day first, the more precise date first on the same day. */
        DATE,
        /** Best match of the words first, then by date. */
        RELEVANCE
    }

    public EventQuery {
        actors = actors == null ? List.of() : actors.stream().filter(a -> a != null && !a.isBlank()).toList();
        place = blankToNull(place);
        country = blankToNull(country);
        text = blankToNull(text);
        sort = sort == null ? SortOrder.DATE : sort;
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
    }

    /** Every event, in date order, up to the largest limit. */
    public static EventQuery all() {
        return builder().limit(MAX_LIMIT).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * A query from what a user typed (the command line's options, a URL's parameters); blank means "any".
     *
     * @throws IllegalArgumentException with one line saying what is wrong (an unknown type, a bad date, from after to)
     */
    public static EventQuery parse(List<String> actors, String type, String mode, String place, String country,
                                   String from, String to, String text, String sort, int limit) {
        Builder b = builder().actors(actors == null ? List.of() : actors).place(place).country(country).text(text).limit(limit);
        if (present(type)) {
            b.type(EventType.parse(type));
        }
        if (present(mode)) {
            b.mode(parseEnum(EventMode.class, mode, "mode"));
        }
        if (present(from)) {
            b.from(startOf(from));
        }
        if (present(to)) {
            b.to(endOf(to));
        }
        if (present(sort)) {
            b.sort(parseEnum(SortOrder.class, sort, "sort"));
        }
        return b.build();
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, String what) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown " + what + " '" + value + "'; known: "
                    + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(java.util.Locale.ROOT), e);
        }
    }

    /** The first day of a bound written as a year, a month or a day ("2024" -> 2024-01-01). */
    public static LocalDate startOf(String bound) {
        return parse(bound, true);
    }

    /** The last day of a bound written as a year, a month or a day ("2024-02" -> 2024-02-29). */
    public static LocalDate endOf(String bound) {
        return parse(bound, false);
    }

    private static LocalDate parse(String bound, boolean start) {
        Matcher m = BOUND.matcher(bound == null ? "" : bound.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("bad date '" + bound + "': expected YYYY, YYYY-MM or YYYY-MM-DD");
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return start ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
            }
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (m.group(3) == null) {
                return start ? month.atDay(1) : month.atEndOfMonth();
            }
            return month.atDay(Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("bad date '" + bound + "': " + e.getMessage(), e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Builds a query one criterion at a time; unset criteria mean "any". */
    public static final class Builder {
        private final List<String> actors = new ArrayList<>();
        private EventType type;
        private EventMode mode;
        private String place;
        private String country;
        private LocalDate from;
        private LocalDate to;
        private String text;
        private SortOrder sort = SortOrder.DATE;
        private int limit = 50;

        public Builder actor(String name) {
            actors.add(name);
            return this;
        }

        public Builder actors(List<String> names) {
            actors.addAll(names);
            return this;
        }

        public Builder type(EventType t) {
            type = t;
            return this;
        }

        public Builder mode(EventMode m) {
            mode = m;
            return this;
        }

        public Builder place(String p) {
            place = p;
            return this;
        }

        public Builder country(String c) {
            country = c;
            return this;
        }

        public Builder from(LocalDate d) {
            from = d;
            return this;
        }

        public Builder to(LocalDate d) {
            to = d;
            return this;
        }

        public Builder text(String t) {
            text = t;
            return this;
        }

        public Builder sort(SortOrder s) {
            sort = s;
            return this;
        }

        public Builder limit(int n) {
            limit = n;
            return this;
        }

        public EventQuery build() {
            return new EventQuery(actors, type, mode, place, country, from, to, text, sort, limit);
        }
    }
}
