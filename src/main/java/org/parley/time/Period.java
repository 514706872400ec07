package org.parley.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import org.parley.model.TimeValue;
import org.parley.model.TimexMod;
import org.parley.model.TimexType;

/**
 * One calendar period (a day, week, month, season, quarter, half, year, decade or century), the
 * unit of Parley's date arithmetic: it shifts by whole units and narrows to its fuzzy parts.
 *
 * <p>Fuzzy parts follow one convention, kept in {@code data/time/fuzzy-parts.tsv}: START, MID and END
 * are the first, middle and last third of the period, rounded outward to whole sub-units (months of
 * a year, days of a week, years of a decade). So the end of a year is September to December, the
 * start of a week Monday to Wednesday. Months keep fixed days: 1-10, 11-20, and 21 to the end.
 *
 * @param grain  the unit
 * @param start  its first day
 * @param season the TIMEX3 season code ({@code SU} ...) when the grain is SEASON, else {@code null}
 */
record Period(Grain grain, LocalDate start, String season) {

    static Period day(LocalDate d) {
        return new Period(Grain.DAY, d, null);
    }

    static Period week(LocalDate d) {
        return new Period(Grain.WEEK, d.with(DayOfWeek.MONDAY), null);
    }

    static Period month(int year, int month) {
        return new Period(Grain.MONTH, LocalDate.of(year, month, 1), null);
    }

    static Period quarter(int year, int q) {
        return new Period(Grain.QUARTER, LocalDate.of(year, 3 * q - 2, 1), null);
    }

    static Period half(int year, int h) {
        return new Period(Grain.HALF, LocalDate.of(year, 6 * h - 5, 1), null);
    }

    static Period year(int year) {
        return new Period(Grain.YEAR, LocalDate.of(year, 1, 1), null);
    }

    static Period decade(int firstYear) {
        return new Period(Grain.DECADE, LocalDate.of(firstYear - Math.floorMod(firstYear, 10), 1, 1), null);
    }

    static Period century(int firstYear) {
        return new Period(Grain.CENTURY, LocalDate.of(firstYear - Math.floorMod(firstYear, 100), 1, 1), null);
    }

    static Period season(int year, String code, int firstMonth) {
        return new Period(Grain.SEASON, LocalDate.of(year, firstMonth, 1), code);
    }

    /** The period of a grain that holds a day (a season needs its code and first month instead). */
    static Period containing(Grain grain, LocalDate d) {
        return switch (grain) {
            case DAY -> day(d);
            case WEEK -> week(d);
            case MONTH -> month(d.getYear(), d.getMonthValue());
            case QUARTER -> quarter(d.getYear(), (d.getMonthValue() + 2) / 3);
            case HALF -> half(d.getYear(), d.getMonthValue() <= 6 ? 1 : 2);
            case YEAR -> year(d.getYear());
            case DECADE -> decade(d.getYear());
            case CENTURY -> century(d.getYear());
            case SEASON -> throw new IllegalArgumentException("a season needs its code");
        };
    }

    /** The day after the period. */
    LocalDate end() {
        return switch (grain) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case SEASON, QUARTER -> start.plusMonths(3);
            case HALF -> start.plusMonths(6);
            case YEAR -> start.plusYears(1);
            case DECADE -> start.plusYears(10);
            case CENTURY -> start.plusYears(100);
        };
    }

    LocalDate last() {
        return end().minusDays(1);
    }

    /** The same kind of period {@code n} units of {@code unit} later (earlier when negative). */
    Period shift(Grain unit, long n) {
        LocalDate d = switch (unit) {
            case DAY -> start.plusDays(n);
            case WEEK -> start.plusWeeks(n);
            case MONTH -> start.plusMonths(n);
            case SEASON, QUARTER -> start.plusMonths(3 * n);
            case HALF -> start.plusMonths(6 * n);
            case YEAR -> start.plusYears(n);
            case DECADE -> start.plusYears(10 * n);
            case CENTURY -> start.plusYears(100 * n);
        };
        return grain == Grain.SEASON ? new Period(grain, d, season) : containing(grain, d);
    }

    /** The TIMEX3 value: {@code 2024-02-12}, {@code 2024-W06}, {@code 2023-Q4}, {@code 199X} ... */
    String value() {
        int y = start.getYear();
        return switch (grain) {
            case DAY -> start.toString();
            case WEEK -> digits(start.get(IsoFields.WEEK_BASED_YEAR), 4) + "-W" + digits(start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2);
            case MONTH -> digits(y, 4) + "-" + digits(start.getMonthValue(), 2);
            case SEASON -> digits(y, 4) + "-" + season;
            case QUARTER -> digits(y, 4) + "-Q" + (start.getMonthValue() + 2) / 3;
            case HALF -> digits(y, 4) + "-H" + (start.getMonthValue() <= 6 ? 1 : 2);
            case YEAR -> digits(y, 4);
            case DECADE -> digits(y / 10, 3) + "X";
            case CENTURY -> digits(y / 100, 2);
        };
    }

    /**
     * A number with leading zeros to a width, as {@code String.format("%0<width>d")} writes it; without the
     * formatter, which was a visible cost in a profile of the time stage (a value for every expression).
     */
    static String digits(int value, int width) {
        if (value < 0) {
            return String.format(Locale.ROOT, "%0" + width + "d", value);
        }
        String s = Integer.toString(value);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }

    /** The whole period as a TIMEX3 DATE. */
    TimeValue toValue() {
        return new TimeValue(TimexType.DATE, value(), null, start, last());
    }

    /**
     * The period as a DATE with a modifier; START, MID and END narrow the days to a third of the
     * period, rounded outward to whole sub-units.
     */
    TimeValue toValue(TimexMod mod) {
        if (mod == null) {
            return toValue();
        }
        if (mod != TimexMod.START && mod != TimexMod.MID && mod != TimexMod.END || grain == Grain.DAY) {
            return new TimeValue(TimexType.DATE, value(), mod, start, last());
        }
        if (grain == Grain.MONTH) {
            // months keep the newsroom's fixed days: 1-10, 11-20, 21 to the end, whatever their length
            LocalDate first = start.plusDays(mod == TimexMod.START ? 0 : mod == TimexMod.MID ? 10 : 20);
            LocalDate last = mod == TimexMod.START ? start.plusDays(9) : mod == TimexMod.MID ? start.plusDays(19) : last();
            return new TimeValue(TimexType.DATE, value(), mod, first, last);
        }
        ChronoUnit sub = switch (grain) {
            case WEEK, MONTH -> ChronoUnit.DAYS;
            case SEASON, QUARTER, HALF, YEAR -> ChronoUnit.MONTHS;
            default -> ChronoUnit.YEARS;
        };
        long n = sub.between(start, end());
        long from = mod == TimexMod.START ? 0 : (long) Math.floor(n * (mod == TimexMod.MID ? 1 : 2) / 3.0);
        long to = (long) Math.ceil(n * (mod == TimexMod.START ? 1 : mod == TimexMod.MID ? 2 : 3) / 3.0);
        LocalDate first = start.plus(from, sub);
        LocalDate last = start.plus(to, sub).minusDays(1);
        return new TimeValue(TimexType.DATE, value(), mod, first, last);
    }

    /** The first day of a month with a given day number, clamped to the month's length. */
    static LocalDate clampDay(int year, int month, int day) {
        LocalDate first = LocalDate.of(year, month, 1);
        return first.withDayOfMonth(Math.min(day, first.with(TemporalAdjusters.lastDayOfMonth()).getDayOfMonth()));
    }
}
