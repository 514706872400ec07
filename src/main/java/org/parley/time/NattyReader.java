package org.parley.time;

import com.joestelmach.natty.DateGroup;
import com.joestelmach.natty.Parser;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.function.IntUnaryOperator;
import org.parley.model.TimeValue;
import org.parley.model.TimexType;

/**
 * Natty 0.13, made safe, for the long tail of free-form expressions Parley's rules leave.
 *
 * <p>Only sentences that hold a phrase of {@code data/time/natty-triggers.txt} ("a fortnight from
 * today") outside the spans Parley's rules took reach Natty, and Natty's reading is kept only when it
 * covers that phrase and holds Parley's expressions whole (it then replaces them). That keeps Natty
 * away from what it gets wrong, which Parley's rules take first: bare years (it reads "2023" as 20:23),
 * seasons (it throws a NullPointerException on any season after 2020 and loses the whole input),
 * months and weekdays without a year (it looks forward; news looks back) and holidays (it re-reads its
 * iCalendar file for each, about 128 ms a parse; Parley computes them from data/time/holidays.tsv). Each call is guarded; ANTLR's error messages, which Natty
 * prints to {@code System.err}, are dropped for the calling thread only; Natty's 1-based per-line
 * positions are mapped back to text offsets; each thread has its own parser (Natty's is not thread-safe).
 */
final class NattyReader {
    /** One expression Natty read. */
    record Hit(int start, int end, TimeValue value) { }

    private static final List<String> TRIGGERS = loadTriggers();
    private static final ThreadLocal<Parser> PARSER =
            ThreadLocal.withInitial(() -> new Parser(TimeZone.getTimeZone("UTC")));
    private static final ThreadLocal<Boolean> QUIET = ThreadLocal.withInitial(() -> Boolean.FALSE);

    static {
        installQuietErr();
    }

    /** Natty's reading of the sentences with an untaken trigger; never throws. */
    List<Hit> addLongTail(String text, LocalDate anchor, List<int[]> taken, IntUnaryOperator sentenceStart,
                          IntUnaryOperator sentenceEnd) {
        List<Hit> hits = new ArrayList<>();
        String lower = null;
        int done = 0;
        for (String trigger : TRIGGERS) {
            if (lower == null) {
                lower = text.toLowerCase(Locale.ROOT);
            }
            for (int at = lower.indexOf(trigger); at >= 0; at = lower.indexOf(trigger, at + 1)) {
                int end = at + trigger.length();
                if (at > 0 && Character.isLetter(lower.charAt(at - 1)) || end < lower.length()
                        && Character.isLetter(lower.charAt(end)) || at < done || inside(taken, at)) {
                    continue;
                }
                int s0 = sentenceStart.applyAsInt(at);
                int s1 = Math.max(sentenceEnd.applyAsInt(at), end);
                done = s1;
                for (Hit h : parse(text.substring(s0, s1), s0, anchor)) {
                    if (h.start() <= at && at < h.end() && !overlaps(hits, h) && !cuts(taken, h)) {
                        hits.add(h);
                    }
                }
            }
        }
        return hits;
    }

    /** Whether a hit cuts through one of Parley's expressions instead of holding it whole. */
    private static boolean cuts(List<int[]> taken, Hit h) {
        for (int[] s : taken) {
            boolean overlap = s[0] < h.end() && h.start() < s[1];
            if (overlap && (s[0] < h.start() || s[1] > h.end())) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(List<Hit> hits, Hit h) {
        for (Hit x : hits) {
            if (x.start() < h.end() && h.start() < x.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean inside(List<int[]> spans, int at) {
        for (int[] s : spans) {
            if (s[0] <= at && at < s[1]) {
                return true;
            }
        }
        return false;
    }

    /** Natty's expressions in a sentence that starts at {@code offset} in the text. */
    static List<Hit> parse(String sentence, int offset, LocalDate anchor) {
        List<Hit> out = new ArrayList<>();
        List<DateGroup> groups;
        try {
            groups = quietly(() -> PARSER.get().parse(sentence,
                    Date.from(anchor.atTime(12, 0).toInstant(ZoneOffset.UTC))));
        } catch (RuntimeException e) {
            return out; // Natty's own failure (its season table ends in 2020): Parley goes on without it
        }
        int[] lineStarts = sentence.lines().mapToInt(l -> 0).toArray();
        int pos = 0;
        for (int i = 0; i < lineStarts.length; i++) {
            lineStarts[i] = pos;
            int nl = sentence.indexOf('\n', pos);
            pos = nl < 0 ? sentence.length() : nl + 1;
        }
        for (DateGroup g : groups) {
            if (g.getDates().isEmpty() || g.isRecurring()) {
                continue;
            }
            int line = Math.min(Math.max(g.getLine(), 1), Math.max(lineStarts.length, 1)) - 1;
            int start = (lineStarts.length == 0 ? 0 : lineStarts[line]) + g.getPosition() - 1;
            String words = g.getText();
            if (start < 0 || start + words.length() > sentence.length()
                    || !sentence.regionMatches(true, start, words, 0, words.length())) {
                start = sentence.toLowerCase(Locale.ROOT).indexOf(words.toLowerCase(Locale.ROOT));
                if (start < 0) {
                    continue;
                }
            }
            LocalDateTime when = LocalDateTime.ofInstant(g.getDates().get(0).toInstant(), ZoneOffset.UTC);
            LocalDate day = when.toLocalDate();
            TimeValue v = g.isTimeInferred()
                    ? new TimeValue(TimexType.DATE, day.toString(), null, day, day)
                    : new TimeValue(TimexType.TIME, String.format(Locale.ROOT, "%sT%02d:%02d", day, when.getHour(),
                            when.getMinute()), null, day, day);
            out.add(new Hit(offset + start, offset + start + words.length(), v));
        }
        return out;
    }

    private static List<String> loadTriggers() {
        return TimeData.file("natty-triggers.txt").words();
    }

    /** Runs a call with this thread's error output silenced (see {@link #quietFor}). */
    static <T> T quietly(java.util.function.Supplier<T> call) {
        QUIET.set(Boolean.TRUE);
        try {
            return call.get();
        } finally {
            QUIET.set(Boolean.FALSE);
        }
    }

    /** A stream that passes everything to {@code target} except what a thread prints inside {@link #quietly}. */
    static PrintStream quietFor(PrintStream target) {
        return new QuietErr(target);
    }

    /** Puts a filter in front of {@code System.err} that drops what a thread prints while inside Natty. */
    private static synchronized void installQuietErr() {
        PrintStream original = System.err;
        if (original instanceof QuietErr) {
            return;
        }
        System.setErr(quietFor(original));
    }

    /** {@code System.err} that stays silent for a thread while it is inside a Natty call. */
    private static final class QuietErr extends PrintStream {
        QuietErr(PrintStream target) {
            super(new OutputStream() {
                @Override
                public void write(int b) {
                    if (!QUIET.get()) {
                        target.write(b);
                    }
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    if (!QUIET.get()) {
                        target.write(b, off, len);
                    }
                }

                @Override
                public void flush() {
                    target.flush();
                }
            }, true, StandardCharsets.UTF_8);
        }
    }
}
