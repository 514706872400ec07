package org.parley.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.AnalyzedText;
import org.parley.model.Dateline;
import org.parley.model.Sentence;
import org.parley.model.TimeExpression;
import org.parley.model.TimeValue;
import org.parley.model.TimexMod;
import org.parley.model.TimexType;
import org.parley.text.RequiredLiterals;

/**
 * Parley's temporal tagger: its own rules for the forms news uses.
 *
 * <p><b>Parley's rules, not Natty.</b> The patterns of {@code data/time/patterns.tsv} take the forms that
 * Natty 0.13 gets wrong or cannot anchor: bare years ("in 2023", which Natty reads as 20:23), months
 * and days without a year (Natty looks forward, news looks back), fuzzy parts, seasons (Natty throws
 * on seasons after 2020), quarters, halves, decades, durations, sets, holidays (Natty re-reads its
 * calendar file for each one) and anaphors ("the day before"). Natty once read the sentences left with
 * "from today", "from tomorrow" or "after tomorrow"; TempEval-3 on TimeBank+AQUAINT scored the same
 * without it (value F1 80.11 both ways: no such phrase is in it), and over a whole sentence its ANTLR parser
 * prints errors that only a JVM-wide {@code System.err} filter silenced, so the tagger no longer calls it.
 * Natty reads what people type into a search instead ({@link TypedDates}), where its free forms help.
 *
 * <p><b>Narrative time.</b> Relative expressions count from the document date unless the text shows
 * it was written on another day. The day of its dateline ("WASHINGTON, August 13 (Xinhua) --", Wikinews's
 * "Wednesday, January 23, 2019"), when it lies within a week of the document date, is the narrative time: the
 * dateline ingest marked on an analysed text, or the one {@link Dateline#find} finds in a bare text (the one
 * finder every stage shares). Otherwise, when the text names at
 * least two days by month and day without a year ("February 12"), as a story does for its own
 * recent days, and every such day (placed in its nearest year) lies more than
 * {@value #REPUBLISHED_AFTER_DAYS} days before the document date, the story is taken as republished
 * and its narrative time is the latest of them. The seed article, printed 2024-06-12, names February 11
 * and 12: its "early last week" is the week before February 12, 2024 ({@code 2024-W06}, mod START).
 *
 * <p><b>Fuzzy parts.</b> "early", "mid" and "late", "the beginning/middle/end of" give mod START, MID
 * or END and narrow the days to the first, middle or last third of the period, rounded outward to
 * whole sub-units ({@code data/time/fuzzy-parts.tsv}): the end of 2023 is 2023-09-01..2023-12-31,
 * late in a month is day 21 to its end.
 *
 * <p><b>Ranges.</b> "late 2023 and early 2024", "between March and May 2023" and "from 2019 to 2021"
 * become one expression whose value joins the two ends with a slash ({@code 2023/2024}) and whose
 * days run from the first day of the first end to the last day of the second; the year of the second
 * end is carried to the first. TimeML annotates the two ends apart: {@link #timeMl()} keeps them apart
 * and writes decades as TimeBank does ({@code 199} where Parley writes {@code 199X}).
 *
 * <p>Thread-safe and cheap: the data files are read once; each call keeps its state on the stack and
 * nothing else is shared.
 */
public final class ParleyTemporalTagger implements TemporalTagger {
    /** Days between a story's latest yearless date and its document date beyond which it counts as republished. */
    public static final int REPUBLISHED_AFTER_DAYS = 90;

    private static final class Shared {
        static final TimeData DATA = new TimeData();
    }

    /** Kinds whose period a fuzzy word ("late", "the end of") may narrow. */
    private static final Set<String> FUZZABLE = Set.of("YEAR", "MONTH", "DECADE", "CENTURY", "RELUNIT", "SEASON",
            "QUARTER", "HALF", "FUZZYBASE", "ANAPHOR");
    private static final Pattern FUZZY_PREFIX = Pattern.compile(
            "(?i)(?:\\bthe\\s+)?\\b(?:(early|late|mid|earlier|later)(?:\\s+in(?:\\s+the)?)?[\\s-]+"
            + "|(end|beginning|start|close|turn|middle)\\s+of\\s+(?:the\\s+)?)$");
    /** Compiled once: asked of every expression found. */
    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");
    private static final Pattern DECADE_VALUE = Pattern.compile("\\d{3}X");
    private static final Pattern RANGE_LINK = Pattern.compile("(?i)\\s*(?:-|–|—|to|through|until|till|and)\\s*");
    private static final Pattern RANGE_OPEN = Pattern.compile("(?i)\\b(?:between|from)\\s+$");
    private static final Pattern YEAR_AFTER_DAY = Pattern.compile("(?i)\\s*,?\\s*(?:last|next|this) year");
    private static final Pattern BRACKET_OPEN = Pattern.compile("\\s*\\(\\s*");
    private static final Pattern BRACKET_CLOSE = Pattern.compile("\\s*\\)");
    private static final Pattern TIME_DAY_LINK = Pattern.compile("(?i)\\s*,?\\s*(?:on\\s+|at\\s+)?");
    private static final Set<String> ABBREVIATIONS = loadAbbreviations();
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]['\"’”]?\\s+(?=[A-Z\"'“‘(`])|\\n\\s*\\n");

    private final TimeData data;
    private final TimexReader reader;
    private final boolean joinRanges;

    /** A tagger for Parley's pipeline: ranges are one expression. */
    public ParleyTemporalTagger() {
        this(true);
    }

    private ParleyTemporalTagger(boolean joinRanges) {
        this.data = Shared.DATA;
        this.reader = new TimexReader(data);
        this.joinRanges = joinRanges;
    }

    /** A tagger that annotates as TimeML does: the two ends of a range are two expressions. */
    public static ParleyTemporalTagger timeMl() {
        return new ParleyTemporalTagger(false);
    }

    @Override
    public List<TimeExpression> tag(String text, LocalDate documentDate) {
        return tag(text, documentDate, Dateline.find(text, documentDate), at -> sentenceStart(text, at), at -> sentenceEnd(text, at));
    }

    @Override
    public List<TimeExpression> tag(AnalyzedText text, LocalDate documentDate) {
        String body = text.text();
        return tag(body, documentDate, text.dateline(), at -> {
            Sentence s = text.sentenceAt(at);
            return s == null ? sentenceStart(body, at) : s.start();
        }, at -> {
            Sentence s = text.sentenceAt(at);
            return s == null ? sentenceEnd(body, at) : s.end();
        });
    }

    /** One match of one pattern. */
    private record Candidate(int start, int end, TimeData.Rule rule) { }

    /** An accepted expression while the text is read. */
    private static final class Found {
        int start;
        int end;
        TimeValue value;
        Period period;
        final String kind;
        boolean explicitYear;

        Found(int start, int end, TimeValue value, Period period, String kind, boolean explicitYear) {
            this.start = start;
            this.end = end;
            this.value = value;
            this.period = period;
            this.kind = kind;
            this.explicitYear = explicitYear;
        }
    }

    private List<TimeExpression> tag(String text, LocalDate dct, Dateline dateline, IntUnaryOperator sentenceStart,
                                     IntUnaryOperator sentenceEnd) {
        java.util.Objects.requireNonNull(dct, "document date");
        List<Candidate> candidates = candidates(text);
        TimexReader.Context c = new TimexReader.Context(text, narrativeTime(text, candidates, dct, dateline));
        List<Found> found = new ArrayList<>();
        int taken = 0;
        int markersStart = -1;
        int markersEnd = -1;
        Tense.Markers markers = null;
        for (Candidate cand : candidates) {
            if (cand.start < taken) {
                continue;
            }
            Matcher m = rematch(cand, text);
            int s0 = sentenceStart.applyAsInt(cand.start);
            if (s0 != markersStart || cand.end > markersEnd) {
                markersStart = s0;
                markersEnd = Math.max(sentenceEnd.applyAsInt(cand.start), cand.end);
                markers = new Tense.Markers(text.subSequence(s0, markersEnd));
            }
            String before = TimexReader.wordBefore(text, cand.start);
            // "this year through August" ends a range that the first expression placed, not a deadline
            boolean rangeEnd = c.lastEnd >= 0 && c.lastEnd <= cand.start
                    && text.substring(c.lastEnd, cand.start).strip().equalsIgnoreCase(before);
            c.tense = Tense.deadline(before) && !rangeEnd ? Tense.FUTURE
                    : markers.at(cand.start - s0, cand.end - s0);
            Reading r = reader.read(cand.rule, m, c);
            if (r == null) {
                continue;
            }
            int start = cand.start;
            TimeValue value = r.value();
            String kind = cand.rule.kind();
            if (FUZZABLE.contains(kind) && r.period() != null && r.period().grain() != Grain.DAY) {
                Matcher f = FUZZY_PREFIX.matcher(text);
                f.region(Math.max(taken, start - 30), start);
                if (f.find()) {
                    String word = (f.group(1) != null ? f.group(1) : f.group(2)).toLowerCase(Locale.ROOT);
                    TimexMod mod = word.equals("earlier") ? TimexMod.START : word.equals("later") ? TimexMod.END
                            : TimexMod.valueOf(data.fuzzy.get(word));
                    value = r.period().toValue(mod);
                    start = f.start();
                } else if (kind.equals("FUZZYBASE")) {
                    if (r.period().grain() != Grain.YEAR) {
                        continue; // "the week", "the month" alone are too vague to tag
                    }
                    // "for the year" is a span of time; "the full year" names the year being reported
                    value = m.group().toLowerCase(Locale.ROOT).contains("full") ? r.value()
                            : new TimeValue(TimexType.DURATION, "P1Y", null, null, null);
                }
            }
            boolean explicitYear = FOUR_DIGITS.matcher(m.group()).find();
            found.add(new Found(start, cand.end, value, r.period(), kind, explicitYear));
            taken = cand.end;
            // "a year earlier" twice in a row both count from the same period, not from each other
            if (r.period() != null && value.type() != TimexType.DURATION && !kind.equals("OFFSET")
                    && !kind.equals("YEARAGO")) {
                c.last = r.period();
                c.lastEnd = cand.end;
            }
        }
        joinTimesToDays(text, found);
        joinWeekdaysToBracketedDays(text, found);
        joinYearsToDays(text, found);
        joinRanges(text, found);
        found.sort(Comparator.comparingInt(f -> f.start));
        List<TimeExpression> out = new ArrayList<>(found.size());
        for (Found f : found) {
            TimeValue v = f.value;
            if (!joinRanges && DECADE_VALUE.matcher(v.value()).matches()) {
                // TimeBank writes a decade with three digits ("199"); Parley's contract says 199X
                v = new TimeValue(v.type(), v.value().substring(0, 3), v.mod(), v.earliest(), v.latest());
            }
            out.add(new TimeExpression(f.start, f.end, text.substring(f.start, f.end), v));
        }
        return out;
    }

    /**
     * Every match of every pattern, ordered by start, then longest, then pattern order. Each pattern
     * is tried only at the starts of the words it may begin with (patterns.tsv's second column):
     * one pass over the text instead of one per pattern.
     */
    private List<Candidate> candidates(String text) {
        List<Candidate> out = new ArrayList<>();
        Map<TimeData.Rule, Matcher> matchers = new IdentityHashMap<>(); // records hash every field
        // A rule whose words the text lacks altogether ("century", "quarter", a month) is not tried at all.
        Map<TimeData.Rule, Boolean> possible = new IdentityHashMap<>();
        String folded = RequiredLiterals.fold(text);
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char ch = text.charAt(i);
            boolean apostropheDigit = (ch == '\'' || ch == '’') && i + 1 < n && Character.isDigit(text.charAt(i + 1));
            if (!Character.isLetterOrDigit(ch) && !apostropheDigit
                    || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                continue;
            }
            String key;
            if (Character.isDigit(ch) || apostropheDigit) {
                key = TimeData.DIGIT;
            } else {
                int j = i;
                while (j < n && Character.isLetter(text.charAt(j))) {
                    j++;
                }
                if (!data.mayBeFirstWord(text, i, j)) {
                    continue; // no rule starts with this word
                }
                key = text.substring(i, j).toLowerCase(Locale.ROOT);
            }
            List<TimeData.Rule> rules = data.byFirstWord.get(key);
            if (rules == null) {
                continue;
            }
            for (TimeData.Rule rule : rules) {
                if (!possible.computeIfAbsent(rule, r -> RequiredLiterals.of(r.pattern()).mayMatch(folded))) {
                    continue;
                }
                Matcher m = matchers.computeIfAbsent(rule, r -> {
                    Matcher x = r.pattern().matcher(text);
                    x.useTransparentBounds(true);
                    x.useAnchoringBounds(false);
                    return x;
                });
                m.region(i, n);
                if (!m.lookingAt() || m.end() == i) {
                    continue;
                }
                int end = m.end();
                if (end < n && Character.isLetterOrDigit(text.charAt(end - 1)) && Character.isLetterOrDigit(text.charAt(end))) {
                    continue; // stops inside a word
                }
                out.add(new Candidate(i, end, rule));
            }
        }
        out.sort(Comparator.comparingInt(Candidate::start).thenComparing(Comparator.comparingInt(Candidate::end).reversed())
                .thenComparingInt(cand -> cand.rule.line()));
        return out;
    }

    private static Matcher rematch(Candidate cand, String text) {
        Matcher m = cand.rule.pattern().matcher(text);
        m.region(cand.start, text.length());
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        if (!m.lookingAt() || m.end() != cand.end) {
            m.region(cand.start, cand.end);
            m.lookingAt();
        }
        return m;
    }

    /**
     * The day relative expressions count from: the day of the dateline, else the document date, unless the story's
     * own yearless dates all lie long before it (a republished story; see the class comment).
     */
    private LocalDate narrativeTime(String text, List<Candidate> candidates, LocalDate dct, Dateline dateline) {
        if (dateline.day() != null) {
            return dateline.day();
        }
        LocalDate latest = null;
        int yearless = 0;
        TimexReader.Context c = new TimexReader.Context(text, dct);
        c.tense = Tense.PRESENT; // the nearest year, whichever way
        for (Candidate cand : candidates) {
            if (!cand.rule.kind().equals("DAY") || aloneOnItsLine(text, cand)) {
                continue; // a date line heading the file is the document's own date, not the story's
            }
            Matcher m = rematch(cand, text);
            String month = cand.rule.group(m, "m");
            if (month == null || !Character.isUpperCase(month.charAt(0)) || cand.rule.group(m, "y") != null) {
                continue;
            }
            Reading r = reader.read(cand.rule, m, c);
            if (r == null || r.period() == null) {
                continue;
            }
            LocalDate day = r.period().start();
            if (!day.plusDays(REPUBLISHED_AFTER_DAYS).isBefore(dct)) {
                return dct; // the story names a day close to its date (or after it): it is fresh
            }
            yearless++;
            if (latest == null || day.isAfter(latest)) {
                latest = day;
            }
        }
        return latest != null && yearless >= 2 ? latest : dct;
    }

    private static boolean aloneOnItsLine(String text, Candidate cand) {
        int from = text.lastIndexOf('\n', cand.start - 1) + 1;
        int to = text.indexOf('\n', cand.end);
        return text.substring(from, to < 0 ? text.length() : to).trim().length() == cand.end - cand.start;
    }

    /** "5 p.m. EST Nov. 9", "noon Thursday", "Friday at 3 p.m.": one TIME on that day. */
    private static void joinTimesToDays(String text, List<Found> found) {
        for (int i = 0; i + 1 < found.size(); i++) {
            Found a = found.get(i);
            Found b = found.get(i + 1);
            boolean timeThenDay = a.value.type() == TimexType.TIME && isDay(b);
            boolean dayThenTime = isDay(a) && b.value.type() == TimexType.TIME && b.value.value().contains("T")
                    && Character.isDigit(b.value.value().charAt(b.value.value().indexOf('T') + 1));
            if (!(timeThenDay || dayThenTime) || !TIME_DAY_LINK.matcher(text.substring(a.end, b.start)).matches()) {
                continue;
            }
            Found time = timeThenDay ? a : b;
            Found day = timeThenDay ? b : a;
            if (!time.value.value().contains("T") || !Character.isDigit(time.value.value().charAt(time.value.value().indexOf('T') + 1))) {
                continue;
            }
            String clock = time.value.value().substring(time.value.value().indexOf('T'));
            a.value = new TimeValue(TimexType.TIME, day.period.value() + clock, time.value.mod(),
                    day.period.start(), day.period.start());
            a.period = day.period;
            a.end = b.end;
            found.remove(i + 1);
        }
    }

    /**
     * "Thursday (May 16)", "on Wednesday (Nov 15)": the day in brackets is the day, the weekday only confirms it (an
     * outlet in another time zone may print the weekday of its own day), so the two are one expression with the
     * bracketed day's value.
     */
    private static void joinWeekdaysToBracketedDays(String text, List<Found> found) {
        for (int i = 0; i + 1 < found.size(); i++) {
            Found a = found.get(i);
            Found b = found.get(i + 1);
            if (!a.kind.equals("WEEKDAY") || !isDay(b) || !BRACKET_OPEN.matcher(text.substring(a.end, b.start)).matches()) {
                continue;
            }
            Matcher close = BRACKET_CLOSE.matcher(text).region(b.end, text.length());
            if (!close.lookingAt()) {
                continue;
            }
            a.value = b.value;
            a.period = b.period;
            a.explicitYear = b.explicitYear;
            a.end = close.end();
            found.remove(i + 1);
        }
    }

    /**
     * "Nov. 14 last year", "on March 3 this year": the year named after a day or month without one is its year, so
     * the two are one expression (on their own, "Nov. 14" would be read in the year of the story).
     */
    private static void joinYearsToDays(String text, List<Found> found) {
        for (int i = 0; i + 1 < found.size(); i++) {
            Found a = found.get(i);
            Found b = found.get(i + 1);
            boolean dayOrMonth = a.period != null && (a.period.grain() == Grain.DAY || a.period.grain() == Grain.MONTH)
                    && !a.explicitYear && a.value.type() == TimexType.DATE;
            if (!dayOrMonth || b.period == null || b.period.grain() != Grain.YEAR
                    || !YEAR_AFTER_DAY.matcher(text.substring(a.end, b.end)).matches()) {
                continue;
            }
            int year = b.period.start().getYear();
            LocalDate start = a.period.start().withYear(year);
            Period p = a.period.grain() == Grain.DAY ? Period.day(start) : Period.month(year, start.getMonthValue());
            a.value = p.toValue(a.value.mod());
            a.period = p;
            a.end = b.end;
            a.explicitYear = true; // a range must not move it to the other end's year
            found.remove(i + 1);
        }
    }

    private static boolean isDay(Found f) {
        return f.period != null && f.period.grain() == Grain.DAY && f.value.type() == TimexType.DATE
                && !f.value.value().endsWith("WE");
    }

    /** Carries the year of a range's second end to the first and, for Parley, makes the range one expression. */
    private void joinRanges(String text, List<Found> found) {
        for (int i = 0; i + 1 < found.size(); i++) {
            Found a = found.get(i);
            Found b = found.get(i + 1);
            if (a.period == null || b.period == null || a.value.type() != TimexType.DATE
                    || b.value.type() != TimexType.DATE || !RANGE_LINK.matcher(text.substring(a.end, b.start)).matches()) {
                continue;
            }
            boolean opened = RANGE_OPEN.matcher(text.substring(Math.max(0, a.start - 10), a.start)).find();
            boolean fuzzyPair = a.value.mod() != null && b.value.mod() != null;
            String link = text.substring(a.end, b.start).trim().toLowerCase(Locale.ROOT);
            if (!opened && !fuzzyPair && !(link.equals("-") || link.equals("–") || link.equals("to") || link.equals("through"))
                    || a.period.grain() != b.period.grain() && !fuzzyPair) {
                continue; // "2023-Q4" is one quarter, not a range from a year to a quarter
            }
            if (!a.explicitYear && b.explicitYear && a.period.grain() == b.period.grain()
                    && a.period.grain().atMost(Grain.HALF) && a.period.grain() != Grain.WEEK) {
                int year = b.period.start().getYear();
                Period moved = a.period.shift(Grain.YEAR, year - a.period.start().getYear());
                if (moved.start().isAfter(b.period.start())) {
                    moved = moved.shift(Grain.YEAR, -1);
                }
                a.period = moved;
                a.value = a.value.mod() == null ? moved.toValue() : moved.toValue(a.value.mod());
            }
            if (!joinRanges || !a.period.start().isBefore(b.period.start()) || a.value.earliest() == null) {
                continue;
            }
            a.value = new TimeValue(TimexType.DATE, a.value.value() + "/" + b.value.value(), null,
                    a.value.earliest(), b.value.latest());
            a.end = b.end;
            found.remove(i + 1);
        }
    }

    private static int sentenceStart(String text, int at) {
        int from = Math.max(0, at - 400);
        Matcher m = SENTENCE_END.matcher(text);
        m.region(from, at);
        int start = from;
        while (m.find()) {
            if (endsSentence(text, m.start())) {
                start = m.end();
            }
        }
        return start;
    }

    private static int sentenceEnd(String text, int at) {
        Matcher m = SENTENCE_END.matcher(text);
        m.region(at, Math.min(text.length(), at + 400));
        while (m.find()) {
            if (endsSentence(text, m.start())) {
                return m.start() + 1;
            }
        }
        return Math.min(text.length(), at + 400);
    }

    /** Whether the mark at {@code at} ends a sentence: not the period of "Mr.", "Feb." or an initial. */
    private static boolean endsSentence(String text, int at) {
        if (text.charAt(at) != '.') {
            return true;
        }
        int i = at;
        while (i > 0 && (Character.isLetter(text.charAt(i - 1)) || text.charAt(i - 1) == '.')) {
            i--;
        }
        String word = text.substring(i, at).toLowerCase(Locale.ROOT);
        return word.length() > 1 && !ABBREVIATIONS.contains(word);
    }

    private static Set<String> loadAbbreviations() {
        return Set.copyOf(TimeData.file("abbreviations.txt").words());
    }
}
