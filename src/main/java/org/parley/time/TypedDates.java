package org.parley.time;

import com.joestelmach.natty.DateGroup;
import com.joestelmach.natty.Parser;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.DataFile;
import org.parley.model.DateText;
import org.parley.model.TimeExpression;
import org.parley.model.TimeValue;

/**
 * Dates as people type them into a search ("last month", "two weeks ago", "since March", "10 July 2023",
 * "2023-11", "next friday", "jan 5"), read against the day taken as today, into the days they stand for.
 *
 * <p>Read in three steps, the first that takes the whole text winning: the plain forms {@code YYYY},
 * {@code YYYY-MM}, {@code YYYY-MM-DD}; then Parley's own rules, which know periods (a month, a week, "late
 * 2023", "Q4 2023") and look back for a bare month, as a search of past news must; then Natty, for the free
 * forms the rules leave ("next friday", "jan 5", "a fortnight from today", "March 22nd 2023 at 9:05"). Natty
 * gives a moment; the unit it moved by ("last month" moves by a month) widens it to that month, week or year.
 * A word before the date ({@code data/time/typed-leads.tsv}: "since", "until", "before" ...) opens or shifts
 * the period. Thread-safe: each thread has its own Natty parser, and nothing outside this class is changed.
 */
public final class TypedDates {
    /** The longest text read: a date typed into a box, not a document (Natty's parser is slow on long input). */
    public static final int MAX_LENGTH = 100;
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2}))?(?:-(\\d{1,2}))?");
    private static final Pattern NATTY_UNIT = Pattern.compile("\\(SEEK [<>] by_\\w+ \\d+ (day|week|month|year)\\)");
    private static final Map<String, Lead> LEADS = loadLeads();
    private static final ThreadLocal<Parser> NATTY = ThreadLocal.withInitial(() -> new Parser(TimeZone.getTimeZone("UTC")));
    private static final ParleyTemporalTagger RULES = new ParleyTemporalTagger();
    private static final String IN = "in ";

    /** What a word before a date does to the period the rest of the text names. */
    enum Lead { AS_IS, SINCE, UNTIL, AFTER, BEFORE }

    /**
     * A typed date and the days it stands for; an open end is {@code null}.
     *
     * @param typed    the text as typed
     * @param earliest the first day, or {@code null} when the period is open before ("until March")
     * @param latest   the last day, or {@code null} when it is open after ("since March")
     * @param reader   which reader took it: "ISO", "Parley" or "Natty"
     */
    public record TypedDate(String typed, LocalDate earliest, LocalDate latest, String reader) {
        /** "1 November 2026 – 30 November 2026", in the site's words, open ends left out. */
        public String days() {
            String from = earliest == null ? "" : DateText.day(earliest);
            String to = latest == null ? "" : DateText.day(latest);
            if (earliest != null && earliest.equals(latest)) {
                return from;
            }
            return earliest == null ? "until " + to : latest == null ? "from " + from : from + " – " + to;
        }
    }

    private TypedDates() {
    }

    /**
     * The days a typed date stands for, counted from {@code today}.
     *
     * @throws IllegalArgumentException with one line quoting the text when no reader takes all of it
     */
    public static TypedDate read(String typed, LocalDate today) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("cannot read '" + typed + "' as a date"
                    + (text.isEmpty() ? "" : ": longer than " + MAX_LENGTH + " characters"));
        }
        Lead lead = Lead.AS_IS;
        String lower = text.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, Lead> l : LEADS.entrySet()) {
            if (lower.startsWith(l.getKey() + " ")) {
                lead = l.getValue();
                text = text.substring(l.getKey().length()).strip();
                break;
            }
        }
        String reader = "ISO";
        LocalDate[] days = iso(text);
        if (days == null) {
            reader = "Parley";
            days = rules(text, today);
        }
        if (days == null) {
            reader = "Natty";
            days = natty(text, today);
        }
        if (days == null) {
            throw new IllegalArgumentException("cannot read '" + typed + "' as a date; try 2023-11-01, 10 July 2023,"
                    + " March 2024, last month, two weeks ago, since March");
        }
        return switch (lead) {
            case AS_IS -> new TypedDate(typed, days[0], days[1], reader);
            case SINCE -> new TypedDate(typed, days[0], null, reader);
            case UNTIL -> new TypedDate(typed, null, days[1], reader);
            case AFTER -> new TypedDate(typed, days[1].plusDays(1), null, reader);
            case BEFORE -> new TypedDate(typed, null, days[0].minusDays(1), reader);
        };
    }

    private static LocalDate[] iso(String text) {
        Matcher m = ISO.matcher(text);
        if (!m.matches()) {
            return null;
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
            }
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (m.group(3) == null) {
                return new LocalDate[] {month.atDay(1), month.atEndOfMonth()};
            }
            LocalDate day = month.atDay(Integer.parseInt(m.group(3)));
            return new LocalDate[] {day, day};
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("bad date '" + text + "': " + e.getMessage(), e);
        }
    }

    /**
     * Parley's rules, when one anchored expression is the whole text. A text alone is read as after "in" too:
     * the rules take a bare month ("March") only where the words around it make it a date, and a search box
     * has no words around it.
     */
    private static LocalDate[] rules(String text, LocalDate today) {
        LocalDate[] alone = whole(text, 0, today);
        return alone != null ? alone : whole(IN + text, IN.length(), today);
    }

    private static LocalDate[] whole(String text, int from, LocalDate today) {
        List<TimeExpression> found = RULES.tag(text, today);
        if (found.size() != 1) {
            return null;
        }
        TimeExpression e = found.get(0);
        TimeValue v = e.value();
        if (e.start() != from || e.end() != text.length() || !v.isAnchored()) {
            return null;
        }
        return new LocalDate[] {v.earliest(), v.latest()};
    }

    /** Natty, when what it read is the whole text; its moment widened to the unit it moved by. */
    private static LocalDate[] natty(String text, LocalDate today) {
        List<DateGroup> groups;
        try {
            groups = NATTY.get().parse(text, Date.from(today.atTime(12, 0).toInstant(ZoneOffset.UTC)));
        } catch (RuntimeException e) {
            return null; // Natty's own failure (its season table ends in 2020): no reading
        }
        if (groups.size() != 1 || groups.get(0).getDates().isEmpty() || groups.get(0).isRecurring()
                || !groups.get(0).getText().strip().equalsIgnoreCase(text)) {
            return null;
        }
        DateGroup g = groups.get(0);
        List<LocalDate> dates = g.getDates().stream()
                .map(d -> d.toInstant().atZone(ZoneOffset.UTC).toLocalDate()).sorted().toList();
        LocalDate first = dates.get(0);
        LocalDate last = dates.get(dates.size() - 1);
        if (dates.size() > 1) {
            return new LocalDate[] {first, last};
        }
        Matcher unit = NATTY_UNIT.matcher(g.getSyntaxTree().toStringTree());
        String by = unit.find() ? unit.group(1) : "day";
        return switch (by) {
            case "week" -> new LocalDate[] {first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                    first.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY))};
            case "month" -> new LocalDate[] {first.withDayOfMonth(1), first.with(TemporalAdjusters.lastDayOfMonth())};
            case "year" -> new LocalDate[] {first.withDayOfYear(1), first.with(TemporalAdjusters.lastDayOfYear())};
            default -> new LocalDate[] {first, first};
        };
    }

    private static Map<String, Lead> loadLeads() {
        Map<String, Lead> leads = new LinkedHashMap<>();
        DataFile.resource("data/time/typed-leads.tsv").rows().stream()
                .map(r -> r.expect(2, "lead | kind"))
                .sorted(Comparator.comparingInt((DataFile.Row r) -> -r.field(0).length()))
                .forEach(r -> {
                    try {
                        leads.put(r.field(0), Lead.valueOf(r.field(1)));
                    } catch (IllegalArgumentException e) {
                        throw r.error("unknown kind of lead '" + r.field(1) + "'");
                    }
                });
        return leads;
    }
}
