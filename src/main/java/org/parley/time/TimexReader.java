package org.parley.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import org.parley.model.TimeValue;
import org.parley.model.TimexMod;
import org.parley.model.TimexType;

/**
 * Turns one pattern match of {@code data/time/patterns.tsv} into a TIMEX3 value, given the narrative
 * time, the tense around the match and the period last mentioned before it.
 *
 * <p>Expressions without a year are placed by tense: a month, a day or a weekday in a past-tense
 * clause is the latest one on or before the narrative time, in a future-tense clause the first one
 * on or after it. Anaphoric expressions ("the day before", "a year earlier", "that week") count from
 * the period last mentioned, or from the narrative time when none was.
 */
final class TimexReader {
    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
            "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first");
    private static final List<String> DECADE_WORDS = List.of("twenties", "thirties", "forties", "fifties",
            "sixties", "seventies", "eighties", "nineties");
    /** Words before "May" or "March" that make them months rather than verbs. */
    private static final java.util.Set<String> MONTH_CUES = java.util.Set.of("in", "of", "since", "until", "till",
            "by", "early", "late", "mid", "last", "next", "this", "from", "to", "through", "during", "before",
            "after", "and", "between", "or", "on", "for", "that", "each", "every", "mid-");

    /** Words before a bare year that make it a year even when a lower-case word follows ("the 1990 treaty"). */
    private static final java.util.Set<String> YEAR_CUES = java.util.Set.of("the", "fiscal", "calendar", "year",
            "mid-", "summer", "spring", "fall", "autumn", "winter", "a", "its", "their", "his", "her", "'s");
    private static final java.util.regex.Pattern NEXT_LOWER_WORD = java.util.regex.Pattern.compile("\\s+[a-z]{2,}[^s\\W]s\\b");

    private final TimeData data;

    TimexReader(TimeData data) {
        this.data = data;
    }

    /** Where a match stands: everything its meaning depends on besides its own words. */
    static final class Context {
        final String text;
        final LocalDate anchor;
        Tense tense = Tense.PAST;
        Period last;
        int lastEnd = -1;

        Context(String text, LocalDate anchor) {
            this.text = text;
            this.anchor = anchor;
        }

        /** The period anaphors count from: the last one mentioned, or the narrative day. */
        Period base() {
            return last != null ? last : Period.day(anchor);
        }

        /**
         * The period "the month" or "that week" lies in: the last one mentioned when it is no longer than that unit,
         * else the narrative day ("It was founded in 1992. ... sanctioned Iran earlier in the month": this month).
         */
        Period baseWithin(Grain unit) {
            return last != null && last.grain().atMost(unit) ? last : Period.day(anchor);
        }
    }

    /** The meaning of a match, or {@code null} when it is not a time expression after all. */
    Reading read(TimeData.Rule rule, Matcher m, Context c) {
        try {
            return switch (rule.kind()) {
                case "DAY" -> day(rule, m, c);
                case "SLASH" -> slash(rule, m);
                case "MONTH" -> month(rule, m, c);
                case "YEAR" -> year(rule, m, c);
                case "DECADE" -> decade(rule, m, c);
                case "CENTURY" -> century(rule, m);
                case "WEEKDAY" -> weekday(rule, m, c);
                case "TODAY" -> today(rule, m, c);
                case "RELUNIT" -> relUnit(rule, m, c);
                case "ANAPHOR" -> anaphor(rule, m, c);
                case "OFFSET" -> offset(rule, m, c);
                case "WITHIN" -> within(rule, m, c);
                case "SEASON" -> season(rule, m, c);
                case "QUARTER" -> quarter(rule, m, c);
                case "QUARTERREF" -> quarterRef(rule, m, c);
                case "HALF" -> half(rule, m, c);
                case "DURATION" -> duration(rule, m);
                case "SET" -> set(rule, m);
                case "TIME" -> time(rule, m, c);
                case "HOLIDAY" -> holiday(rule, m, c);
                case "REF" -> reference(rule, m);
                case "FUZZYBASE" -> fuzzyBase(rule, m, c);
                case "YEARAGO" -> yearAgo(rule, m, c);
                case "YEAREND" -> new Reading(Period.year(c.anchor.getYear()).toValue(TimexMod.END),
                        Period.year(c.anchor.getYear())); // "by year-end": the end of the year in talk
                default -> throw new IllegalStateException("unknown pattern kind " + rule.kind()
                        + " in data/time/patterns.tsv line " + rule.line());
            };
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null; // "February 30", "25/13/2024": not a date
        }
    }

    // ---- dates with a day -------------------------------------------------------------------------

    private Reading day(TimeData.Rule r, Matcher m, Context c) {
        String monthWord = r.group(m, "m");
        String wd = r.group(m, "wd");
        if (!capitalised(monthWord) || wd != null && !capitalised(wd)) {
            return null;
        }
        int month = monthWord != null ? data.months.get(TimeData.key(monthWord))
                : r.group(m, "mm") != null ? Integer.parseInt(r.group(m, "mm")) : c.anchor.getMonthValue();
        int day = Integer.parseInt(r.group(m, "d"));
        if (day < 1 || day > 31 || month < 1 || month > 12) {
            return null;
        }
        String y = r.group(m, "y");
        LocalDate date;
        if (y != null) {
            date = LocalDate.of(Integer.parseInt(y), month, day);
        } else if (monthWord == null && r.group(m, "mm") == null) {
            date = LocalDate.of(c.anchor.getYear(), month, day); // "on the 3rd": this month
        } else {
            date = yearless(month, day, wd == null ? null : DayOfWeek.of(data.weekdays.get(TimeData.key(wd))), c);
        }
        return period(Period.day(date));
    }

    /** A month and day without a year, in the year that fits the weekday, else the tense, else the nearest. */
    static LocalDate yearless(int month, int day, DayOfWeek weekday, Context c) {
        LocalDate best = null;
        long bestScore = Long.MAX_VALUE;
        for (int dy = -1; dy <= 1; dy++) {
            int year = c.anchor.getYear() + dy;
            if (day > LocalDate.of(year, month, 1).lengthOfMonth()) {
                continue;
            }
            LocalDate d = LocalDate.of(year, month, day);
            long gap = d.toEpochDay() - c.anchor.toEpochDay();
            long score = Math.abs(gap);
            if (c.tense != Tense.FUTURE && gap > 3 || c.tense == Tense.FUTURE && gap < -3) {
                score += 200; // against the tense: only when the other way is much farther
            }
            if (weekday != null && d.getDayOfWeek() != weekday) {
                score += 1000;
            }
            if (score < bestScore) {
                bestScore = score;
                best = d;
            }
        }
        if (best == null) {
            throw new java.time.DateTimeException("no such day");
        }
        return best;
    }

    private Reading slash(TimeData.Rule r, Matcher m) {
        int a = Integer.parseInt(r.group(m, "a"));
        int b = Integer.parseInt(r.group(m, "b"));
        String ys = r.group(m, "y");
        int year = Integer.parseInt(ys);
        if (ys.length() == 2) {
            year += year > 40 ? 1900 : 2000;
        }
        int month;
        int day;
        if (a > 12 && b <= 12) {
            day = a;
            month = b;
        } else if (b > 12 && a <= 12 || a == b) {
            month = a;
            day = b;
        } else {
            return null; // 03/04/2024: day or month first cannot be told
        }
        return period(Period.day(LocalDate.of(year, month, day)));
    }

    // ---- months, years, decades ---------------------------------------------------------------------

    private Reading month(TimeData.Rule r, Matcher m, Context c) {
        String word = r.group(m, "m");
        if (!capitalised(word)) {
            return null;
        }
        String key = TimeData.key(word);
        int month = data.months.get(key);
        String y = r.group(m, "y");
        String rel = lower(r.group(m, "rel"));
        boolean fullName = key.length() > 3 && !key.equals("sept") || word.endsWith(".");
        if (y == null && rel == null) {
            if (!fullName && !key.equals("may")) {
                return null; // a bare "Jan" or "Dec" is more often a name than a month
            }
            if ((key.equals("may") || key.equals("march")) && !MONTH_CUES.contains(wordBefore(c.text, m.start()))) {
                return null;
            }
        }
        int am = c.anchor.getMonthValue();
        int ay = c.anchor.getYear();
        int year;
        String yrel = lower(r.group(m, "yrel"));
        if (y != null) {
            year = Integer.parseInt(y);
        } else if (yrel != null) {
            year = ay + (yrel.equals("last") ? -1 : yrel.equals("next") ? 1 : 0);
        } else if (rel == null) {
            year = switch (c.tense) {
                case FUTURE -> month < am ? ay + 1 : ay;
                case PRESENT -> Math.abs(month - am) <= 6 ? ay : month > am ? ay - 1 : ay + 1; // the nearest
                default -> month > am ? ay - 1 : ay;
            };
        } else {
            year = switch (rel) {
                case "last", "past", "previous" -> month >= am ? ay - 1 : ay;
                case "next", "coming" -> month <= am ? ay + 1 : ay;
                default -> ay;
            };
        }
        return period(Period.month(year, month));
    }

    private Reading year(TimeData.Rule r, Matcher m, Context c) {
        if (r.group(m, "yw") != null) {
            return period(Period.year(spelledYear(lower(r.group(m, "yw")))));
        }
        int year = Integer.parseInt(r.group(m, "y"));
        char before = m.start() > 0 ? c.text.charAt(m.start() - 1) : ' ';
        boolean mid = before == '-' && lower(c.text.substring(Math.max(0, m.start() - 4), m.start())).equals("mid-");
        if (before == '$' || before == '#' || before == '/' || before == ':' || before == '-' && !mid
                || before == '.' || before == ',' && m.start() > 1 && Character.isDigit(c.text.charAt(m.start() - 2))) {
            return null;
        }
        String prev = wordBefore(c.text, m.start());
        if (prev.equals("no") || prev.equals("number") || prev.equals("route") || prev.equals("flight")) {
            return null;
        }
        if (year < 1900 && !MONTH_CUES.contains(prev)) {
            return null;
        }
        if (r.group(m, "y").length() == m.group().length() && !MONTH_CUES.contains(prev) && !YEAR_CUES.contains(prev) && !prev.endsWith("'s")
                && NEXT_LOWER_WORD.matcher(c.text).region(m.end(), Math.min(c.text.length(), m.end() + 20)).lookingAt()) {
            return null; // "employs 2023 workers": a count of things, not a year
        }
        return period(Period.year(year));
    }

    /** "nineteen ninety-six" = 1996, "two thousand and one" = 2001. */
    private int spelledYear(String words) {
        String[] w = words.replace('-', ' ').replace(" and ", " ").trim().split("\\s+");
        if (w[0].equals("two") && w[1].equals("thousand")) {
            return 2000 + (w.length > 2 ? data.numbers.get(w[2]) : 0);
        }
        int year = data.numbers.get(w[0]) * 100;
        for (int i = 1; i < w.length; i++) {
            year += w[i].equals("oh") ? 0 : data.numbers.get(w[i]);
        }
        return year;
    }

    private Reading decade(TimeData.Rule r, Matcher m, Context c) {
        String word = r.group(m, "decw");
        int decade;
        if (word != null) {
            decade = (c.anchor.getYear() / 100 - (c.anchor.getYear() % 100 < 20 ? 1 : 0)) * 100
                    + 10 * (DECADE_WORDS.indexOf(lower(word)) + 2);
        } else {
            String century = r.group(m, "c");
            int digit = Integer.parseInt(r.group(m, "dec"));
            String matched = m.group();
            if (century == null) {
                if (!matched.contains("'") && !lower(matched).startsWith("the")) {
                    return null; // "in his 60s" is an age
                }
                int cent = c.anchor.getYear() / 100;
                decade = (digit * 10 > c.anchor.getYear() % 100 ? cent - 1 : cent) * 100 + digit * 10;
            } else {
                decade = Integer.parseInt(century) * 100 + digit * 10;
            }
        }
        return period(Period.decade(decade));
    }

    private Reading century(TimeData.Rule r, Matcher m) {
        String w = lower(r.group(m, "cent"));
        int n = Character.isDigit(w.charAt(0)) ? Integer.parseInt(w) : ORDINALS.indexOf(w) + 1;
        if (n < 1 || n > 21) {
            return null;
        }
        return period(Period.century((n - 1) * 100));
    }

    // ---- weekdays and days around now ----------------------------------------------------------------

    private Reading weekday(TimeData.Rule r, Matcher m, Context c) {
        String wd = r.group(m, "wd");
        if (!capitalised(wd)) {
            return null;
        }
        String key = TimeData.key(wd);
        if (key.length() <= 3 && !wd.endsWith(".") && r.group(m, "rel") == null) {
            return null; // "Sun", "Sat", "Wed" alone are names or verbs more often than days
        }
        DayOfWeek dow = DayOfWeek.of(data.weekdays.get(key));
        String rel = lower(r.group(m, "rel"));
        LocalDate a = c.anchor;
        LocalDate date;
        Tense tense = c.text.startsWith("'s", m.end()) || c.text.startsWith("’s", m.end())
                ? Tense.PAST : c.tense; // "Wednesday's ruling" reports what has happened
        if (rel == null) {
            date = switch (tense) {
                case FUTURE -> a.with(TemporalAdjusters.nextOrSame(dow));
                default -> a.with(TemporalAdjusters.previousOrSame(dow));
            };
        } else {
            date = switch (rel) {
                case "last", "past", "previous" -> a.with(TemporalAdjusters.previous(dow));
                case "next", "coming" -> a.with(TemporalAdjusters.next(dow));
                default -> a.with(DayOfWeek.MONDAY).with(TemporalAdjusters.nextOrSame(dow));
            };
        }
        String tod = lower(r.group(m, "tod"));
        // only the parts of day listed in weekday-parts.txt narrow the day ("Friday morning" stays the day)
        return partOfDay(Period.day(date), tod != null && data.weekdayParts.contains(tod) ? tod : null);
    }

    private static LocalDate nearest(LocalDate a, DayOfWeek dow) {
        LocalDate back = a.with(TemporalAdjusters.previousOrSame(dow));
        LocalDate ahead = a.with(TemporalAdjusters.nextOrSame(dow));
        return a.toEpochDay() - back.toEpochDay() <= ahead.toEpochDay() - a.toEpochDay() ? back : ahead;
    }

    private Reading today(TimeData.Rule r, Matcher m, Context c) {
        String tod = r.group(m, "tod");
        LocalDate a = c.anchor;
        String dw2 = lower(r.group(m, "dw2"));
        if (dw2 != null) {
            return period(Period.day(a.plusDays(dw2.startsWith("before") ? -2 : 2)));
        }
        String dw = lower(r.group(m, "dw")).replaceAll("\\s+", " ");
        return switch (dw) {
            case "yesterday" -> partOfDay(Period.day(a.minusDays(1)), tod);
            case "tomorrow" -> partOfDay(Period.day(a.plusDays(1)), tod);
            case "tonight" -> partOfDay(Period.day(a), "night");
            case "overnight" -> partOfDay(Period.day(a.minusDays(1)), "night");
            case "last" -> partOfDay(Period.day("night".equalsIgnoreCase(tod) ? a.minusDays(1) : a), tod);
            default -> partOfDay(Period.day(a), tod);
        };
    }

    /** A day, or a TIME for a part of it ("Friday morning" = {@code 2024-02-09TMO}). */
    private static Reading partOfDay(Period day, String tod) {
        if (tod == null) {
            return period(day);
        }
        String code = switch (lower(tod)) {
            case "morning" -> "MO";
            case "afternoon" -> "AF";
            case "evening" -> "EV";
            default -> "NI";
        };
        return new Reading(new TimeValue(TimexType.TIME, day.value() + "T" + code, null, day.start(), day.start()), day);
    }

    // ---- relative units and anaphors ----------------------------------------------------------------

    private static Grain grain(String unit) {
        return switch (lower(unit)) {
            case "day", "night", "morning", "evening", "afternoon" -> Grain.DAY;
            case "week", "weekend", "fortnight" -> Grain.WEEK;
            case "month" -> Grain.MONTH;
            case "quarter" -> Grain.QUARTER;
            case "decade" -> Grain.DECADE;
            case "century" -> Grain.CENTURY;
            default -> Grain.YEAR;
        };
    }

    private Reading relUnit(TimeData.Rule r, Matcher m, Context c) {
        String unit = lower(r.group(m, "unit"));
        if (lower(r.group(m, "rel")).equals("the")) {
            // "the weekend": the one just past, or in a future clause the next one
            LocalDate sat = c.anchor.with(DayOfWeek.SATURDAY);
            boolean inIt = c.anchor.getDayOfWeek().getValue() >= 6;
            Period week = Period.week(c.anchor);
            return weekend(inIt || c.tense == Tense.FUTURE ? week : sat.isAfter(c.anchor) ? week.shift(Grain.WEEK, -1) : week);
        }
        int n = switch (lower(r.group(m, "rel"))) {
            case "last", "past", "previous" -> -1;
            case "next", "coming", "following" -> 1;
            default -> 0;
        };
        Period p = Period.containing(grain(unit), c.anchor).shift(grain(unit), n);
        return unit.equals("weekend") ? weekend(p) : period(p);
    }

    private static Reading weekend(Period week) {
        LocalDate sat = week.start().plusDays(5);
        return new Reading(new TimeValue(TimexType.DATE, week.value() + "-WE", null, sat, sat.plusDays(1)), week);
    }

    private Reading anaphor(TimeData.Rule r, Matcher m, Context c) {
        String unit = lower(r.group(m, "unit"));
        String rel = lower(r.group(m, "rel"));
        String dir = lower(r.group(m, "dir"));
        Grain g = grain(unit);
        Period base = c.base();
        if (!g.atMost(base.grain()) && base.grain() != Grain.DAY && g != Grain.DAY) {
            base = Period.containing(g, base.start());
        }
        Period p = base.grain() == Grain.SEASON ? Period.containing(g, base.start())
                : Period.containing(g, base.start());
        int n;
        if (dir != null) {
            n = dir.equals("before") || dir.equals("earlier") ? -1 : 1;
        } else if (rel == null || rel.startsWith("that") || rel.contains("same")) {
            n = 0;
        } else {
            n = switch (rel) {
                case "previous", "prior", "preceding" -> -1;
                default -> 1;
            };
        }
        p = p.shift(g, n);
        if (unit.equals("weekend")) {
            return weekend(p);
        }
        if (unit.equals("night") || unit.equals("morning") || unit.equals("evening") || unit.equals("afternoon")) {
            return partOfDay(p, unit);
        }
        return period(p);
    }

    private Reading offset(TimeData.Rule r, Matcher m, Context c) {
        String unit = lower(r.group(m, "unit"));
        int n = count(r.group(m, "n"));
        String dir = lower(r.group(m, "dir") != null ? r.group(m, "dir") : r.group(m, "dir2")).replaceAll("\\s+", " ");
        boolean back = dir.equals("ago") || dir.equals("earlier") || dir.equals("before") || dir.equals("previously")
                || dir.equals("back");
        if (unit.equals("hour") || unit.equals("minute") || unit.equals("second")) {
            return null;
        }
        if (n < 0) {
            return new Reading(ref(back ? "PAST_REF" : "FUTURE_REF"), null);
        }
        String[] u = data.units.get(unit);
        n *= Integer.parseInt(u[1]);
        Grain g = grain(unit);
        boolean fromNow = dir.equals("ago") || dir.equals("from now") || dir.equals("hence") || dir.equals("back");
        Period base = fromNow ? Period.day(c.anchor) : c.base();
        // "a year ago" beside "the third quarter" means that quarter a year before: keep the finer period.
        Period p;
        if (g == Grain.YEAR && n == 1 && recentPart(m, c)) { // "41 years ago" is a year, whatever was named
            p = c.last;
        } else {
            p = Period.containing(g, base.start());
        }
        p = p.shift(g == Grain.DECADE || g == Grain.CENTURY ? Grain.YEAR : g, back ? -n : n);
        if (g == Grain.DECADE || g == Grain.CENTURY) {
            p = Period.containing(g, p.start());
        }
        TimexMod mod = approx(r.group(m, "approx"), back);
        return new Reading(mod == null ? p.toValue() : p.toValue(mod), p);
    }

    /** Whether a month, quarter or half was named shortly before: financial news counts "a year ago" from it. */
    private static boolean recentPart(Matcher m, Context c) {
        return c.last != null && c.last.grain() != Grain.DAY && c.last.grain() != Grain.WEEK
                && c.last.grain().atMost(Grain.HALF) && c.lastEnd >= 0 && m.start() - c.lastEnd < 600;
    }

    private Reading yearAgo(TimeData.Rule r, Matcher m, Context c) {
        String q = lower(r.group(m, "q"));
        if (q != null) {
            int n = List.of("first", "second", "third", "fourth").indexOf(q) + 1;
            int year = c.last != null && c.last.grain() == Grain.QUARTER ? c.last.start().getYear()
                    : latestStarted(Period.quarter(c.anchor.getYear(), n), c).start().getYear();
            return period(Period.quarter(year - 1, n));
        }
        if (recentPart(m, c)) {
            return period(c.last.shift(Grain.YEAR, -1));
        }
        if ("quarter".equals(lower(r.group(m, "what")))) {
            // the last quarter reported on, a year before
            return period(Period.containing(Grain.QUARTER, c.anchor).shift(Grain.QUARTER, -1).shift(Grain.YEAR, -1));
        }
        return period(Period.year(c.anchor.getYear() - 1));
    }

    private static TimexMod approx(String word, boolean back) {
        if (word == null) {
            return null;
        }
        String w = lower(word).replaceAll("\\s+", " ");
        if (w.equals("more than") || w.equals("over") || w.equals("just over")) {
            return back ? TimexMod.BEFORE : TimexMod.AFTER;
        }
        if (w.equals("less than") || w.equals("almost") || w.equals("nearly")) {
            return back ? TimexMod.AFTER : TimexMod.BEFORE;
        }
        return TimexMod.APPROX;
    }

    private Reading within(TimeData.Rule r, Matcher m, Context c) {
        Grain g = grain(r.group(m, "unit"));
        String rel = lower(r.group(m, "rel"));
        Period p = Period.containing(g, rel.equals("this") ? c.anchor : c.baseWithin(g).start());
        return new Reading(p.toValue(lower(r.group(m, "pos")).equals("earlier") ? TimexMod.START : TimexMod.END), p);
    }

    private Reading fuzzyBase(TimeData.Rule r, Matcher m, Context c) {
        Grain g = grain(r.group(m, "unit"));
        String det = lower(m.group()).substring(0, 4);
        return period(Period.containing(g, det.startsWith("this") ? c.anchor : c.base().start()));
    }

    // ---- seasons, quarters, halves ----------------------------------------------------------------

    private Reading season(TimeData.Rule r, Matcher m, Context c) {
        String word = lower(r.group(m, "season"));
        String[] s = data.seasons.get(word);
        String y = r.group(m, "y");
        String rel = lower(r.group(m, "rel"));
        boolean the = r.group(m, "the") != null;
        if (y == null && rel == null) {
            String prev = wordBefore(c.text, m.start());
            boolean cue = the || prev.equals("early") || prev.equals("late") || prev.equals("mid")
                    || prev.equals("mid-") || prev.equals("during");
            int after = m.end();
            if (!cue || c.text.regionMatches(true, after, " of ", 0, 4)) {
                return null; // "prices fall", "the fall of Kabul"
            }
        }
        int first = Integer.parseInt(s[1]);
        if (y != null) {
            return period(Period.season(Integer.parseInt(y), s[0], first));
        }
        LocalDate a = c.anchor;
        boolean forward = rel == null ? c.tense == Tense.FUTURE : rel.equals("next") || rel.equals("coming");
        Period best = null;
        for (int dy = -2; dy <= 1; dy++) {
            Period p = Period.season(a.getYear() + dy, s[0], first);
            boolean started = !p.start().isAfter(a);
            boolean ended = !p.end().isAfter(a);
            boolean ok = rel == null ? (forward ? !ended : started)
                    : switch (rel) {
                        case "last", "past", "previous" -> ended;
                        case "next", "coming" -> !started;
                        default -> p.start().getYear() == a.getYear();
                    };
            if (ok && (best == null || !forward)) {
                best = p; // backward: the latest that fits; forward: the first
            }
        }
        return best == null ? null : period(best);
    }

    private Reading quarter(TimeData.Rule r, Matcher m, Context c) {
        String qw = r.group(m, "qn") != null ? r.group(m, "qn").substring(1) : lower(r.group(m, "q"));
        int q = switch (qw) {
            case "first", "1st", "1" -> 1;
            case "second", "2nd", "2" -> 2;
            case "third", "3rd", "3" -> 3;
            default -> 4;
        };
        Integer year = explicitYear(r, m, c);
        if (year != null) {
            return period(Period.quarter(year, q));
        }
        return period(latestStarted(Period.quarter(c.anchor.getYear(), q), c));
    }

    private Reading half(TimeData.Rule r, Matcher m, Context c) {
        int h = lower(r.group(m, "h")).equals("first") ? 1 : 2;
        Integer year = explicitYear(r, m, c);
        if (year != null) {
            return period(Period.half(year, h));
        }
        return period(latestStarted(Period.half(c.anchor.getYear(), h), c));
    }

    /** The year a quarter or half names ("1989's", "of 1989", "this year's"), or {@code null}. */
    private static Integer explicitYear(TimeData.Rule r, Matcher m, Context c) {
        for (String g : new String[] {"y", "y2"}) {
            if (r.group(m, g) != null) {
                return Integer.parseInt(r.group(m, g));
            }
        }
        for (String g : new String[] {"yrel", "yrel2"}) {
            String rel = lower(r.group(m, g));
            if (rel != null) {
                return c.anchor.getYear() + (rel.equals("last") ? -1 : rel.equals("next") ? 1 : 0);
            }
        }
        return null;
    }

    /**
     * A quarter or half without a year: the latest that has begun, whatever the tense, because news
     * reports a quarter's results after it ends ("expects to report third-quarter earnings").
     */
    private static Period latestStarted(Period inAnchorYear, Context c) {
        Period p = inAnchorYear;
        return p.start().isAfter(c.anchor) ? p.shift(Grain.YEAR, -1) : p;
    }

    private Reading quarterRef(TimeData.Rule r, Matcher m, Context c) {
        String rel = lower(r.group(m, "qrel"));
        if (rel != null) {
            rel = rel.replaceAll("\\s+", " ");
        }
        if ("current".equals(rel)) {
            return period(Period.containing(Grain.QUARTER, c.anchor));
        }
        boolean yearAgo = rel != null && (rel.startsWith("year") || rel.equals("prior-year"));
        Period q;
        if (c.last != null && c.last.grain() == Grain.QUARTER) {
            q = c.last;
        } else {
            q = Period.containing(Grain.QUARTER, c.anchor).shift(Grain.QUARTER, -1);
        }
        String y = r.group(m, "y");
        if (y != null) { // "the 1988 quarter": the quarter in talk, in that year
            return period(q.shift(Grain.YEAR, Integer.parseInt(y) - q.start().getYear()));
        }
        return period(yearAgo ? q.shift(Grain.YEAR, -1) : q);
    }

    // ---- durations, sets, times ---------------------------------------------------------------------

    private int count(String word) {
        if (word == null) {
            return 1;
        }
        String w = TimeData.key(word);
        Integer n = data.numbers.get(w);
        if (n != null) {
            return n;
        }
        return w.chars().allMatch(Character::isDigit) ? Integer.parseInt(w) : -1;
    }

    private Reading duration(TimeData.Rule r, Matcher m) {
        String unit = lower(r.group(m, "unit"));
        if (unit.equals("centurie")) {
            unit = "century";
        }
        String[] u = data.units.get(unit);
        if (u == null) {
            return null;
        }
        String n = r.group(m, "n");
        if (unit.equals("year") && "recent".equals(lower(r.group(m, "rel")))) {
            return new Reading(ref("PAST_REF"), null); // TimeBank reads "recent years" as the past
        }
        if (unit.equals("second") && n != null && count(n) == 1 && !Character.isDigit(n.charAt(0))) {
            return null; // "a second source" is an ordinal
        }
        String amount;
        if (n == null && r.group(m, "rel") != null && !lower(m.group()).endsWith("s")) {
            amount = u[1]; // "the past year": one
        } else if (n == null) {
            amount = "X";
        } else if (n.contains(".")) {
            amount = new java.math.BigDecimal(n).multiply(new java.math.BigDecimal(u[1])).stripTrailingZeros()
                    .toPlainString();
        } else {
            int k = count(n);
            amount = k < 0 ? "X" : Integer.toString(k * Integer.parseInt(u[1]));
        }
        boolean clock = unit.equals("hour") || unit.equals("minute") || unit.equals("second");
        String value = (clock ? "PT" : "P") + amount + u[0];
        boolean half = r.group(m, "half") != null || r.group(m, "half2") != null || r.group(m, "half3") != null;
        if (half && u.length > 2 && amount.matches("\\d+")) {
            String h = u[2]; // half a unit in a smaller one ("2 1/2 years" = P2Y6M), or more of the same ("5Y")
            value = h.endsWith(u[0]) && !clock && !h.startsWith("T")
                    ? "P" + (Integer.parseInt(amount) + Integer.parseInt(h.substring(0, h.length() - 1))) + u[0]
                    : value + h;
        }
        return new Reading(new TimeValue(TimexType.DURATION, value, null, null, null), null);
    }

    private Reading set(TimeData.Rule r, Matcher m) {
        String wd = r.group(m, "wd");
        if (wd != null) {
            if (!capitalised(wd) || TimeData.key(wd).length() <= 3) {
                return null;
            }
            return new Reading(new TimeValue(TimexType.SET, "XXXX-WXX-" + data.weekdays.get(TimeData.key(wd)),
                    null, null, null), null);
        }
        String adv = lower(r.group(m, "adv"));
        if (adv != null) {
            String v = switch (adv) {
                case "daily", "nightly" -> "P1D";
                case "weekly" -> "P1W";
                case "biweekly" -> "P2W";
                case "monthly" -> "P1M";
                case "quarterly" -> "P3M";
                case "hourly" -> "PT1H";
                default -> "P1Y";
            };
            return new Reading(new TimeValue(TimexType.SET, v, null, null, null), null);
        }
        String unit = lower(r.group(m, "unit"));
        String[] u = data.units.get(unit);
        String nw = lower(r.group(m, "n"));
        int k = nw == null || nw.equals("other") ? ("other".equals(nw) ? 2 : 1) : count(nw);
        boolean clock = unit.equals("hour") || unit.equals("minute") || unit.equals("second");
        String amount = k < 0 ? "X" : Integer.toString(k * Integer.parseInt(u[1]));
        return new Reading(new TimeValue(TimexType.SET, (clock ? "PT" : "P") + amount + u[0], null, null, null), null);
    }

    private Reading time(TimeData.Rule r, Matcher m, Context c) {
        String pod = r.group(m, "pod");
        if (pod != null) {
            return partOfDay(Period.day(c.anchor), pod);
        }
        String noon = lower(r.group(m, "noon"));
        int hh;
        int mi = 0;
        if (noon != null) {
            hh = noon.equals("midnight") ? 24 : 12;
        } else {
            hh = Integer.parseInt(r.group(m, "hh"));
            mi = r.group(m, "mi") == null ? 0 : Integer.parseInt(r.group(m, "mi"));
            String ampm = lower(r.group(m, "ampm"));
            if (ampm != null && ampm.startsWith("p") && hh < 12) {
                hh += 12;
            } else if (ampm != null && ampm.startsWith("a") && hh == 12) {
                hh = 0;
            }
            if (hh > 24 || mi > 59 || ampm != null && !ampm.startsWith("o") && Integer.parseInt(r.group(m, "hh")) > 12) {
                return null;
            }
        }
        Period day = c.last != null && c.last.grain() == Grain.DAY && c.lastEnd >= 0 && m.start() - c.lastEnd < 40
                ? c.last : Period.day(c.anchor);
        String v = day.value() + String.format(Locale.ROOT, "T%02d:%02d", hh, mi);
        TimexMod mod = r.group(m, "approx") == null ? null : TimexMod.APPROX;
        return new Reading(new TimeValue(TimexType.TIME, v, mod, day.start(), day.start()), day);
    }

    private Reading holiday(TimeData.Rule r, Matcher m, Context c) {
        String name = r.group(m, "hol");
        if (!capitalised(name)) {
            return null;
        }
        String rule = data.holidays.get(TimeData.key(name));
        String y = r.group(m, "y");
        String rel = lower(r.group(m, "rel"));
        int ay = c.anchor.getYear();
        LocalDate d;
        if (y != null) {
            d = Holidays.day(rule, Integer.parseInt(y));
        } else if (rel != null) {
            LocalDate now = Holidays.day(rule, ay);
            d = switch (rel) {
                case "last" -> now.isBefore(c.anchor) ? now : Holidays.day(rule, ay - 1);
                case "next" -> now.isAfter(c.anchor) ? now : Holidays.day(rule, ay + 1);
                default -> now;
            };
        } else {
            LocalDate now = Holidays.day(rule, ay);
            long gap = now.toEpochDay() - c.anchor.toEpochDay();
            if (c.tense == Tense.PAST && gap > 3) {
                d = Holidays.day(rule, ay - 1);
            } else if (c.tense == Tense.FUTURE && gap < -3) {
                d = Holidays.day(rule, ay + 1);
            } else {
                d = now;
            }
        }
        return period(Period.day(d));
    }

    private Reading reference(TimeData.Rule r, Matcher m) {
        String v = data.references.get(TimeData.key(r.group(m, "ref")));
        return v == null ? null : new Reading(ref(v), null);
    }

    private static TimeValue ref(String value) {
        return new TimeValue(TimexType.DATE, value, null, null, null);
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    private static Reading period(Period p) {
        return new Reading(p.toValue(), p);
    }

    /** Whether a month or weekday word is written as a name (capital first letter); {@code null} passes. */
    private static boolean capitalised(String word) {
        return word == null || Character.isUpperCase(word.charAt(0));
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    /** The word just before an offset, lower case, or "" at the start. */
    static String wordBefore(String text, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        int end = i + 1;
        while (i >= 0 && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-')) {
            i--;
        }
        return text.substring(i + 1, end).toLowerCase(Locale.ROOT);
    }
}
