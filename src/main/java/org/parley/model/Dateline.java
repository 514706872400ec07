package org.parley.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A wire story's dateline: the places in capitals, the agency and the day that open a story and say where and when it
 * was written, not what happened there ("WASHINGTON/BRUSSELS/KYIV - ", "JERUSALEM, May 6 - ", "MOSCOW (Reuters) -").
 *
 * <p>Why here: the stages each looked for datelines in their own way; this is the one finder they are to share (the
 * event stage reads it now; the time and actor stages still have their own, see issue 12). Stateless.
 */
public final class Dateline {
    /** Places in capitals, an agency in brackets, a day, then a dash and a space. */
    private static final Pattern HEAD = Pattern.compile(
            "\\s*\\p{Lu}[\\p{Lu}.'’ -]*(?:/\\p{Lu}[\\p{Lu}.'’ -]*)*(?:\\([^)]*\\))?(?:,\\s*\\p{L}+\\.?\\s+\\d{1,2})?\\s*[-–—]\\s");
    /** What stands before a dateline's day: its places and agency. */
    private static final Pattern BEFORE_DAY = Pattern.compile("\\s*(?:\\p{Lu}[\\p{Lu} .'’-]*)(?:\\([^)]*\\))?,?\\s*");
    /** What follows a dateline's day: the dash, or the agency. */
    private static final Pattern AFTER_DAY = Pattern.compile("\\s*[-–—(].*");

    private Dateline() {
    }

    /** Where the words of a stretch {@code [from, to)} start after the dateline that opens it; {@code from} without one. */
    public static int wordsStart(CharSequence text, int from, int to) {
        Matcher m = HEAD.matcher(text).region(from, to);
        return m.lookingAt() ? m.end() : from;
    }

    /**
     * Whether the words {@code [start, end)} of a stretch {@code [from, to)} are the day of its dateline: only places
     * in capitals (and an agency) before them, a dash or an agency right after.
     */
    public static boolean isDay(CharSequence text, int from, int to, int start, int end) {
        return BEFORE_DAY.matcher(text.subSequence(from, start)).matches()
                && AFTER_DAY.matcher(text.subSequence(end, Math.min(to, end + 4))).matches();
    }
}
