package org.parley.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shows each date at the precision it was known with: "late 2023", "January 2024", "week of 5 February
 * 2024", "12 February 2024", "2023 – 2024", never a made-up day, so a reader is not misled about how
 * much the sources say.
 *
 * <p>It is Parley's one way of writing a date in words, for the site (render), the search table (cli) and
 * serve's search page alike, so the same date reads the same everywhere. It lives in the model, beside
 * {@link TimeValue} and {@link EventDate} which are all it reads, because the model is the one package every
 * later stage already sees: neither render nor index nor serve has to depend on another to share it.
 */
public final class DateText {
    /** How long the words may be. */
    public enum Style {
        /** "12 February 2024", "fourth quarter of 2023": pages, where a reader reads. */
        LONG,
        /** "12 Feb 2024", "Q4 2023": tables and narrow columns, where a reader scans. */
        SHORT
    }

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(T.*)?");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|WI)");
    private static final Pattern DECADE = Pattern.compile("(\\d{3})X");
    private static final Pattern CENTURY = Pattern.compile("(\\d{2})XX");

    private DateText() {
    }

    /** The view of an event's date, in {@link Style#LONG} words. */
    public static DateView of(EventDate date) {
        return of(date, Style.LONG);
    }

    /** The view of an event's date; its note says where the date came from when a reader should know. */
    public static DateView of(EventDate date, Style style) {
        if (date == null || date.value() == null) {
            return new DateView("undated", null, null, null, null, null, false, "none", null);
        }
        DateView v = of(date.value(), style);
        String note = switch (date.basis()) {
            case PUBLICATION -> "publication date";
            case CONTEXT -> "date from context";
            case ANAPHOR -> "date from an earlier mention";
            default -> null;
        };
        return note == null ? v : new DateView(v.label(), v.datetime(), v.endLabel(), v.endDatetime(), v.earliest(),
                v.latest(), v.span(), v.width(), note);
    }

    /** The view of a time value, in {@link Style#LONG} words. */
    public static DateView of(TimeValue value) {
        return of(value, Style.LONG);
    }

    /** The view of a time value. */
    public static DateView of(TimeValue value, Style style) {
        String earliest = value.earliest() == null ? null : value.earliest().toString();
        String latest = value.latest() == null ? null : value.latest().toString();
        long days = value.widthInDays();
        boolean span = value.isAnchored() && days > 1;
        String width = width(days);
        String v = value.value();
        int slash = v.indexOf('/');
        if (slash > 0) {
            Part a = part(v.substring(0, slash), null, value, style);
            Part b = part(v.substring(slash + 1), null, value, style);
            if (a != null && b != null) {
                return new DateView(a.label, a.datetime, b.label, b.datetime, earliest, latest, span, width, null);
            }
        }
        Part p = part(v, value.mod(), value, style);
        if (p == null) {
            p = fromDays(value, style);
        }
        if (p == null) {
            return new DateView(v, null, null, null, earliest, latest, span, width, null);
        }
        return new DateView(p.label, p.datetime, p.endLabel, p.endDatetime, earliest, latest, span, width, null);
    }

    /** The day in words: "12 February 2024". */
    public static String day(LocalDate d) {
        return day(d, Style.LONG);
    }

    /** The day in words: "12 February 2024", or "12 Feb 2024" when short. */
    public static String day(LocalDate d, Style style) {
        return d.getDayOfMonth() + " " + monthName(d.getMonth(), style) + " " + d.getYear();
    }

    /** The month in words: "February 2024". */
    public static String month(int year, int month) {
        return month(year, month, Style.LONG);
    }

    private static String month(int year, int month, Style style) {
        return monthName(Month.of(month), style) + " " + year;
    }

    private static String monthName(Month m, Style style) {
        return m.getDisplayName(style == Style.SHORT ? TextStyle.SHORT : TextStyle.FULL, Locale.ENGLISH);
    }

    private record Part(String label, String datetime, String endLabel, String endDatetime) {
        Part(String label, String datetime) {
            this(label, datetime, null, null);
        }
    }

    private static Part part(String v, TimexMod mod, TimeValue whole, Style style) {
        Matcher m;
        if ((m = DAY.matcher(v)).matches()) {
            LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            return new Part(modded(mod, day(d, style)), d.toString());
        }
        if ((m = MONTH.matcher(v)).matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                return null;
            }
            return new Part(modded(mod, month(Integer.parseInt(m.group(1)), month, style)), v);
        }
        if ((m = WEEK.matcher(v)).matches()) {
            int year = Integer.parseInt(m.group(1));
            int week = Integer.parseInt(m.group(2));
            LocalDate monday = LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            String words = m.group(3) != null ? "weekend of " + day(monday.plusDays(5), style)
                    : "week of " + day(monday, style);
            return new Part(modded(mod, words), year + "-W" + m.group(2));
        }
        if ((m = YEAR.matcher(v)).matches()) {
            return new Part(modded(mod, v), v);
        }
        if ((m = QUARTER.matcher(v)).matches()) {
            String[] ord = {"first", "second", "third", "fourth"};
            String words = style == Style.SHORT ? "Q" + m.group(2) + " " + m.group(1)
                    : ord[Integer.parseInt(m.group(2)) - 1] + " quarter of " + m.group(1);
            return new Part(modded(mod, words), m.group(1));
        }
        if ((m = HALF.matcher(v)).matches()) {
            String words = style == Style.SHORT ? "H" + m.group(2) + " " + m.group(1)
                    : ("1".equals(m.group(2)) ? "first" : "second") + " half of " + m.group(1);
            return new Part(modded(mod, words), m.group(1));
        }
        if ((m = SEASON.matcher(v)).matches()) {
            String season = switch (m.group(2)) {
                case "SP" -> "spring";
                case "SU" -> "summer";
                case "FA" -> "autumn";
                default -> "winter";
            };
            return new Part(modded(mod, season + " " + m.group(1)), m.group(1));
        }
        if ((m = DECADE.matcher(v)).matches()) {
            return new Part(modded(mod, "the " + m.group(1) + "0s"), m.group(1) + "0");
        }
        if ((m = CENTURY.matcher(v)).matches() && whole.isAnchored()) {
            return new Part(modded(mod, "the " + m.group(1) + "00s"), m.group(1) + "00");
        }
        return null;
    }

    /** Words for an interval with no TIMEX3 value we can read: from its days. */
    private static Part fromDays(TimeValue v, Style style) {
        if (!v.isAnchored()) {
            return null;
        }
        LocalDate a = v.earliest();
        LocalDate b = v.latest();
        if (a.equals(b)) {
            return new Part(day(a, style), a.toString());
        }
        if (a.getDayOfMonth() == 1 && b.equals(a.with(TemporalAdjusters.lastDayOfMonth()))) {
            return new Part(month(a.getYear(), a.getMonthValue(), style), a.toString().substring(0, 7));
        }
        if (a.getDayOfYear() == 1 && b.equals(a.with(TemporalAdjusters.lastDayOfYear()))) {
            return new Part(String.valueOf(a.getYear()), String.valueOf(a.getYear()));
        }
        return new Part(day(a, style), a.toString(), day(b, style), b.toString());
    }

    private static String modded(TimexMod mod, String words) {
        if (mod == null) {
            return words;
        }
        return switch (mod) {
            case START -> "early " + words;
            case MID -> "mid " + words;
            case END -> "late " + words;
            case APPROX -> "around " + words;
            case BEFORE -> "before " + words;
            case AFTER -> "after " + words;
            case ON_OR_BEFORE -> "by " + words;
            case ON_OR_AFTER -> "from " + words;
            case LESS_THAN -> "less than " + words;
            case MORE_THAN -> "more than " + words;
            case EQUAL_OR_LESS -> "at most " + words;
            case EQUAL_OR_MORE -> "at least " + words;
        };
    }

    private static String width(long days) {
        if (days == Long.MAX_VALUE) {
            return "none";
        }
        if (days <= 1) {
            return "day";
        }
        if (days <= 7) {
            return "week";
        }
        if (days <= 31) {
            return "month";
        }
        if (days <= 123) {
            return "season";
        }
        return days <= 366 ? "year" : "years";
    }
}
