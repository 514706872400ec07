package org.parley.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline that ingest marks on an article: the words that open its story and say where, and sometimes on which
 * day, it was written, not what happened there. Wire and newspaper forms ("WASHINGTON (Reuters) - ", "BEIJING/MOSCOW: ",
 * "DAMASCUS, Syria — ", "JERUSALEM, May 6 - ", "BUDAPEST, March 12 (Xinhua) --"), a place alone on the line before
 * the story ("Jakarta."), and a day alone on its line at the head ("Wednesday, January 23, 2019", as Wikinews and
 * AMALGUM print it, or "Tue, April 2, 2024").
 *
 * <p>Why one mark: the stages each looked for datelines in their own way and disagreed (issue 12). Ingest finds it
 * once; the time stage counts relative dates from its day, the actor stage takes none of its places for an actor, and
 * the event stage dates nothing by it and starts the story after it.
 *
 * @param start where it starts in the body
 * @param end   where the story's own words start after it
 * @param day   the day it names, when that day lies within {@value #DAY_WITHIN} days of publication; else {@code null}
 */
public record Dateline(int start, int end, LocalDate day) {
    /** No dateline. */
    public static final Dateline NONE = new Dateline(0, 0, null);
    /** How far from publication a dateline's day may lie and still be the day the story was written. */
    public static final int DAY_WITHIN = 7;
    /** How far into a body a dateline may stand: scraped pages put menus, captions and time stamps first. */
    private static final int HEAD_WITHIN = 6000;

    private static final String MONTH_WORD = "(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?"
            + "|Aug(?:ust|\\.)?|Sep(?:tember|t\\.|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)";
    private static final String MONTH = "(?<m>" + MONTH_WORD + ")";
    private static final String WEEKDAY = "(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday|\\.)?";
    /** Places in capitals ("KUALA LUMPUR", "KYIV/ISTANBUL"), a region after a comma ("Syria", "N.Y."), a day, an agency. */
    private static final Pattern WIRE = Pattern.compile(
            "\\p{Lu}[\\p{Lu}.'’ -]*\\p{Lu}\\.?(?:\\s*/\\s*\\p{Lu}[\\p{Lu}.'’ -]*\\p{Lu}\\.?)*"
                    + "(?:\\s*,\\s*\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*){0,2}(?=\\s*[-–—_(]|,?\\s*(?i:" + MONTH_WORD + ")))?"
                    + "(?:,?\\s*(?:(?<m>(?i:" + MONTH_WORD + "))\\.?\\s+(?<d>\\d{1,2})|(?<d2>\\d{1,2})\\s+(?<m2>(?i:" + MONTH_WORD + "))))?"
                    + "\\s*(?:\\([^)\\n]{1,30}\\)\\s*)?(?<mark>--|[-–—_:])(?:\\s+|$)");
    /** Places in any case before a day: "Toronto, Feb 26 - ", "RICHMOND, Va. Feb 26 - ", "AMSTERDAM, 2 March - ". */
    private static final Pattern WIRE_DAY = Pattern.compile(
            "\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}(?:\\s*,\\s*\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*){0,2})?"
                    + ",?\\s*(?:(?<m>(?i:" + MONTH_WORD + "))\\.?\\s+(?<d>\\d{1,2})|(?<d2>\\d{1,2})\\s+(?<m2>(?i:" + MONTH_WORD + ")))"
                    + "\\s*(?:\\([^)\\n]{1,30}\\)\\s*)?(?<mark>--|[-–—_])(?:\\s+|$)");
    /** A place alone on its line before the story: "Jakarta.", "Guangzhou, China.". */
    private static final Pattern PLACE_LINE = Pattern.compile(
            "\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+){0,2}(?:,\\s\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+){0,2})?\\.\\s*");
    /** A day alone on its line: "Wednesday, January 23, 2019", "Tue, April 2, 2024". */
    private static final Pattern DAY_LINE = Pattern.compile(
            WEEKDAY + ",?\\s+" + MONTH + "\\s+(?<d>\\d{1,2}),?\\s+(?<y>\\d{4})\\s*");
    private static final Map<String, Month> MONTHS = Map.ofEntries(Map.entry("jan", Month.JANUARY),
            Map.entry("feb", Month.FEBRUARY), Map.entry("mar", Month.MARCH), Map.entry("apr", Month.APRIL),
            Map.entry("may", Month.MAY), Map.entry("jun", Month.JUNE), Map.entry("jul", Month.JULY),
            Map.entry("aug", Month.AUGUST), Map.entry("sep", Month.SEPTEMBER), Map.entry("oct", Month.OCTOBER),
            Map.entry("nov", Month.NOVEMBER), Map.entry("dec", Month.DECEMBER));
    /** The words of a story after a place line or a colon: long enough to be no menu entry ("LIVE UPDATES: Bar exam"). */
    private static final int STORY_LINE = 60;

    public Dateline {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("dateline span " + start + ".." + end + " is not a span of a body");
        }
    }

    /** Whether there is a dateline. */
    public boolean present() {
        return end > start;
    }

    /** Whether the words {@code [from, to)} stand inside the dateline: its places, agency or day. */
    public boolean covers(int from, int to) {
        return present() && from >= start && to <= end;
    }

    /**
     * Where the words of a stretch {@code [from, to)} start: after the dateline when the stretch opens with it, else
     * {@code from}.
     */
    public int wordsStart(int from, int to) {
        return present() && start >= from && start < to && end <= to ? Math.max(from, end) : from;
    }

    /** The day stories are told from: the dateline's day when it has one, else the publication day. */
    public LocalDate dayOr(LocalDate published) {
        return day != null ? day : published;
    }

    /**
     * The dateline of a body: the first line of its head that opens with a wire dateline, is a place alone before the
     * story, or is a day alone (its day kept only when it lies within {@value #DAY_WITHIN} days of publication).
     */
    public static Dateline find(String body, LocalDate published) {
        int limit = Math.min(body.length(), HEAD_WITHIN);
        for (int line = 0; line < limit; line = next(body, line)) {
            int from = line;
            while (from < body.length() && (body.charAt(from) == ' ' || body.charAt(from) == '\t')) {
                from++;
            }
            int lineEnd = body.indexOf('\n', from);
            lineEnd = lineEnd < 0 ? body.length() : lineEnd;
            if (from >= lineEnd || !Character.isUpperCase(body.charAt(from))) {
                continue;
            }
            Matcher day = DAY_LINE.matcher(body).region(from, lineEnd);
            if (day.matches()) {
                return new Dateline(from, lineEnd, near(date(day, published), published));
            }
            Matcher place = PLACE_LINE.matcher(body).region(from, lineEnd);
            if (place.matches() && storyFollows(body, lineEnd)) {
                return new Dateline(from, lineEnd, null);
            }
            Matcher wire = WIRE.matcher(body).region(from, body.length());
            if (wire.lookingAt() && letters(body, from, wire.start("mark")) >= 3
                    && (!wire.group("mark").equals(":") || lineEnd - wire.end() >= STORY_LINE)) {
                return new Dateline(from, wire.end(), near(date(wire, published), published));
            }
            Matcher withDay = WIRE_DAY.matcher(body).region(from, body.length());
            if (withDay.lookingAt()) {
                return new Dateline(from, withDay.end(), near(date(withDay, published), published));
            }
        }
        return NONE;
    }

    private static int next(String body, int line) {
        int nl = body.indexOf('\n', line);
        return nl < 0 ? body.length() : nl + 1;
    }

    /** Whether the next line with words after {@code at} is a story's sentence, not a menu's entry. */
    private static boolean storyFollows(String body, int at) {
        int from = at;
        while (from < body.length() && Character.isWhitespace(body.charAt(from))) {
            from++;
        }
        int end = body.indexOf('\n', from);
        return (end < 0 ? body.length() : end) - from >= STORY_LINE;
    }

    private static int letters(String body, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (Character.isLetter(body.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** The day a match names: its year, or the year that puts its month and day nearest to publication. */
    private static LocalDate date(Matcher m, LocalDate published) {
        boolean dayLine = m.pattern() == DAY_LINE;
        String monthWord = m.group("m") != null || dayLine ? m.group("m") : m.group("m2");
        String dayWord = m.group("d") != null || dayLine ? m.group("d") : m.group("d2");
        if (monthWord == null || dayWord == null) {
            return null;
        }
        Month month = MONTHS.get(monthWord.substring(0, 3).toLowerCase(Locale.ROOT));
        int d = Integer.parseInt(dayWord);
        try {
            String y = dayLine ? m.group("y") : null;
            if (y != null) {
                return LocalDate.of(Integer.parseInt(y), month, d);
            }
            MonthDay md = MonthDay.of(month, d);
            LocalDate best = null;
            for (int year = published.getYear() - 1; year <= published.getYear() + 1; year++) {
                if (!md.isValidYear(year)) {
                    continue;
                }
                LocalDate c = md.atYear(year);
                if (best == null || Math.abs(c.toEpochDay() - published.toEpochDay()) < Math.abs(best.toEpochDay() - published.toEpochDay())) {
                    best = c;
                }
            }
            return best;
        } catch (DateTimeException e) {
            return null; // "February 30": no day
        }
    }

    private static LocalDate near(LocalDate day, LocalDate published) {
        return day != null && Math.abs(day.toEpochDay() - published.toEpochDay()) <= DAY_WITHIN ? day : null;
    }
}
