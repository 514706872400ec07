package org.parley.index;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.DateBasis;
import org.parley.model.EventDate;
import org.parley.model.TimeValue;
import org.parley.model.TimexMod;

/**
 * Writes a date at the precision it is known to, so a reader sees "late 2023" rather than a false
 * "2023-09-01": day ("12 Feb 2024"), month ("Jan 2024"), season, quarter, week, year, decade, with
 * TIMEX3's modifiers as words ("early", "mid", "late", "about", "before", "after").
 */
public final class DatePrecision {
    /** How month names are written. */
    public enum Style {
        /** "Jan 2024", "12 Feb 2024": tables and narrow columns. */
        SHORT,
        /** "January 2024", "12 February 2024": pages. */
        LONG
    }

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(T.*)?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{1,2})");
    private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|WI)");
    private static final Pattern DECADE = Pattern.compile("(\\d{3})X");
    private static final Pattern CENTURY = Pattern.compile("(\\d{2})XX");
    private static final Map<String, String> SEASONS = Map.of("SP", "spring", "SU", "summer", "FA", "autumn", "WI", "winter");

    private DatePrecision() {
    }

    /** An event's date in words; "undated" when it has none, and marked when it is only the publication date. */
    public static String format(EventDate date, Style style) {
        if (date.value() == null) {
            return "undated";
        }
        String text = format(date.value(), style);
        return date.basis() == DateBasis.PUBLICATION ? text + " (publication date)" : text;
    }

    /** A time value in words at its precision. */
    public static String format(TimeValue v, Style style) {
        String base = base(v.value(), style);
        if (base == null) {
            base = v.isAnchored() ? range(v.earliest(), v.latest(), style) : v.value();
        }
        return v.mod() == null ? base : modifier(v.mod()) + base;
    }

    private static String base(String value, Style style) {
        Matcher m;
        if ((m = DAY.matcher(value)).matches()) {
            LocalDate d = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
            return day(d, style);
        }
        if ((m = MONTH.matcher(value)).matches() && num(m, 2) >= 1 && num(m, 2) <= 12) {
            return month(num(m, 2), style) + " " + m.group(1);
        }
        if (YEAR.matcher(value).matches()) {
            return value;
        }
        if ((m = QUARTER.matcher(value)).matches()) {
            return "Q" + m.group(2) + " " + m.group(1);
        }
        if ((m = HALF.matcher(value)).matches()) {
            return (m.group(2).equals("1") ? "first" : "second") + " half of " + m.group(1);
        }
        if ((m = WEEK.matcher(value)).matches()) {
            return "week " + Integer.parseInt(m.group(2)) + " of " + m.group(1);
        }
        if ((m = SEASON.matcher(value)).matches()) {
            return SEASONS.get(m.group(2)) + " " + m.group(1);
        }
        if ((m = DECADE.matcher(value)).matches()) {
            return m.group(1) + "0s";
        }
        if ((m = CENTURY.matcher(value)).matches()) {
            return m.group(1) + "00s";
        }
        return null;
    }

    private static String range(LocalDate from, LocalDate to, Style style) {
        return from.equals(to) ? day(from, style) : day(from, style) + " – " + day(to, style);
    }

    private static String day(LocalDate d, Style style) {
        return d.getDayOfMonth() + " " + month(d.getMonthValue(), style) + " " + d.getYear();
    }

    private static String month(int month, Style style) {
        return java.time.Month.of(month).getDisplayName(style == Style.SHORT ? TextStyle.SHORT : TextStyle.FULL, Locale.ENGLISH);
    }

    private static String modifier(TimexMod mod) {
        switch (mod) {
            case START:
                return "early ";
            case MID:
                return "mid ";
            case END:
                return "late ";
            case APPROX:
                return "about ";
            case BEFORE:
                return "before ";
            case AFTER:
                return "after ";
            case ON_OR_BEFORE:
                return "by ";
            case ON_OR_AFTER:
                return "from ";
            default:
                return ""; // LESS_THAN and the like qualify durations, which have no calendar words
        }
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
