package org.parley.render;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.EventDate;
import org.parley.model.TimeValue;
import org.parley.model.TimexMod;

/**
 * Shows each date at the precision it was known with: "late 2023", "January 2024", "week of 5 February
 * 2024", "12 February 2024", "2023 – 2024", never a made-up day, so a reader is not misled about how
 * much the sources say.
 */
public final class DateText {
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

    /** The view of an event's date. */
    public static DateView of(EventDate date) {
        if (date == null || date.value() == null) {
            return new DateView("undated", null, null, null, null, null, false, "none", null);
        }
        DateView v = of(date.value());
        String note = switch (date.basis()) {
            case PUBLICATION -> "publication date";
            case CONTEXT -> "date from context";
            case ANAPHOR -> "date from an earlier mention";
            default -> null;
        };
        return note == null ? v : new DateView(v.label(), v.datetime(), v.endLabel(), v.endDatetime(), v.earliest(),
                v.latest(), v.span(), v.width(), note);
    }

    /** The view of a time value. */
    public static DateView of(TimeValue value) {
        String earliest = value.earliest() == null ? null : value.earliest().toString();
        String latest = value.latest() == null ? null : value.latest().toString();
        long days = value.widthInDays();
        boolean span = value.isAnchored() && days > 1;
        String width = width(days);
        String v = value.value();
        int slash = v.indexOf('/');
        if (slash > 0) {
            Part a = part(v.substring(0, slash), null, value);
            Part b = part(v.substring(slash + 1), null, value);
            if (a != null && b != null) {
                return new DateView(a.label, a.datetime, b.label, b.datetime, earliest, latest, span, width, null);
            }
        }
        Part p = part(v, value.mod(), value);
        if (p == null) {
            p = fromDays(value);
        }
        if (p == null) {
            return new DateView(v, null, null, null, earliest, latest, span, width, null);
        }
        return new DateView(p.label, p.datetime, p.endLabel, p.endDatetime, earliest, latest, span, width, null);
    }

    /** The day in words: "12 February 2024". */
    public static String day(LocalDate d) {
        return d.getDayOfMonth() + " " + monthName(d.getMonth()) + " " + d.getYear();
    }

    /** The month in words: "February 2024". */
    public static String month(int year, int month) {
        return monthName(Month.of(month)) + " " + year;
    }

    private static String monthName(Month m) {
        return m.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private record Part(String label, String datetime, String endLabel, String endDatetime) {
        Part(String label, String datetime) {
            this(label, datetime, null, null);
        }
    }

    private static Part part(String v, TimexMod mod, TimeValue whole) {
        Matcher m;
        if ((m = DAY.matcher(v)).matches()) {
            LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            return new Part(modded(mod, day(d)), d.toString());
        }
        if ((m = MONTH.matcher(v)).matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                return null;
            }
            return new Part(modded(mod, month(Integer.parseInt(m.group(1)), month)), v);
        }
        if ((m = WEEK.matcher(v)).matches()) {
            int year = Integer.parseInt(m.group(1));
            int week = Integer.parseInt(m.group(2));
            LocalDate monday = LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            String words = m.group(3) != null ? "weekend of " + day(monday.plusDays(5)) : "week of " + day(monday);
            return new Part(modded(mod, words), year + "-W" + m.group(2));
        }
        if ((m = YEAR.matcher(v)).matches()) {
            return new Part(modded(mod, v), v);
        }
        if ((m = QUARTER.matcher(v)).matches()) {
            String[] ord = {"first", "second", "third", "fourth"};
            return new Part(modded(mod, ord[Integer.parseInt(m.group(2)) - 1] + " quarter of " + m.group(1)), m.group(1));
        }
        if ((m = HALF.matcher(v)).matches()) {
            return new Part(modded(mod, ("1".equals(m.group(2)) ? "first" : "second") + " half of " + m.group(1)),
                    m.group(1));
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
    private static Part fromDays(TimeValue v) {
        if (!v.isAnchored()) {
            return null;
        }
        LocalDate a = v.earliest();
        LocalDate b = v.latest();
        if (a.equals(b)) {
            return new Part(day(a), a.toString());
        }
        if (a.getDayOfMonth() == 1 && b.equals(a.with(TemporalAdjusters.lastDayOfMonth()))) {
            return new Part(month(a.getYear(), a.getMonthValue()), a.toString().substring(0, 7));
        }
        if (a.getDayOfYear() == 1 && b.equals(a.with(TemporalAdjusters.lastDayOfYear()))) {
            return new Part(String.valueOf(a.getYear()), String.valueOf(a.getYear()));
        }
        return new Part(day(a), a.toString(), day(b), b.toString());
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
