package org.parley.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * The day of a holiday in a given year from its rule in {@code data/time/holidays.tsv}, computed
 * rather than looked up (Natty re-reads an iCalendar file for every holiday it meets).
 */
final class Holidays {
    private Holidays() {
    }

    /** The holiday's day in a year; rules: {@code MM-DD}, {@code EASTER+N}, {@code NTH:n:weekday:month}. */
    static LocalDate day(String rule, int year) {
        if (rule.startsWith("EASTER")) {
            return easter(year).plusDays(Integer.parseInt(rule.substring(6)));
        }
        if (rule.startsWith("NTH:")) {
            String[] p = rule.split(":");
            int n = Integer.parseInt(p[1]);
            DayOfWeek dow = DayOfWeek.of(Integer.parseInt(p[2]));
            LocalDate first = LocalDate.of(year, Integer.parseInt(p[3]), 1);
            return n < 0 ? first.with(TemporalAdjusters.lastInMonth(dow))
                    : first.with(TemporalAdjusters.dayOfWeekInMonth(n, dow));
        }
        return LocalDate.of(year, Integer.parseInt(rule.substring(0, 2)), Integer.parseInt(rule.substring(3, 5)));
    }

    /** Western Easter Sunday (the anonymous Gregorian computus). */
    static LocalDate easter(int y) {
        int a = y % 19;
        int b = y / 100;
        int c = y % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(y, month, day);
    }
}
