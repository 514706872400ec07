package org.parley.time;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which way a clause looks from its narrative time, so that "in August" or "on Friday" without a
 * year can be placed: news mostly looks back, so a clause without a marker counts as past.
 * Markers come from {@code data/time/tense-markers.tsv}.
 */
enum Tense {
    PAST, PRESENT, FUTURE;

    /** How close a reporting verb must stand to date the expression ("said Tuesday", "on Tuesday said"). */
    private static final int REPORT_REACH = 16;
    /**
     * How far after the expression a future marker still counts: farther on it belongs to a reported
     * clause ("warned on Thursday that strikes could harm ..."), not to the expression's own.
     */
    private static final int AFTER_REACH = 40;
    /** How close an "-ed" word must stand to decide alone ("announced on Wednesday", not "an unspecified date in"). */
    private static final int ED_REACH = 4;
    /** Marker phrase (lower case, words joined by one space) to its kind; kinds as in the data file. */
    private static final Map<String, String> MARKERS = new HashMap<>();
    private static final java.util.Set<String> DEADLINES = new java.util.HashSet<>();
    /** Every marker's first word, first two words and so on: the phrases a longer marker may grow from. */
    private static final java.util.Set<String> MARKER_STARTS = new java.util.HashSet<>();

    /** Whether a word right before a date makes it a deadline, which lies ahead ("by May", "until Friday"). */
    static boolean deadline(String wordBefore) {
        return DEADLINES.contains(wordBefore);
    }
    /** Words before a verb form that make it a participle or an infinitive ("will be paid"), not a past. */
    private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("be", "been", "being", "to", "will",
            "would", "could", "should", "can", "may", "might", "must", "is", "are", "get", "gets");
    private static int longestMarker = 1;

    static {
        load();
    }

    /** The markers of one sentence, found once and asked for each expression in it. */
    static final class Markers {
        private final List<int[]> spans = new ArrayList<>(); // start, end, kind (0 past 1 future 2 report 3 ed)
        private boolean present;
        private final CharSequence sentence;

        /** Reads a sentence's words and the markers among them. */
        Markers(CharSequence sentence) {
            this.sentence = sentence;
            List<int[]> words = new ArrayList<>();
            int n = sentence.length();
            for (int i = 0; i < n; i++) {
                char c = sentence.charAt(i);
                if (Character.isLetter(c) || c == '\'' && i + 1 < n && Character.isLetter(sentence.charAt(i + 1))) {
                    int j = i + 1;
                    while (j < n && (Character.isLetter(sentence.charAt(j)) || sentence.charAt(j) == '\''
                            || sentence.charAt(j) == '’')) {
                        j++;
                    }
                    words.add(new int[] {i, j});
                    i = j - 1;
                }
            }
            // Each word lower-cased once; a phrase grows only while some marker begins with it (the markers of
            // every sentence with a date were the time stage's second hottest frame, see BENCHMARKS.md).
            String[] lower = new String[words.size()];
            for (int w = 0; w < words.size(); w++) {
                int[] span = words.get(w);
                lower[w] = sentence.subSequence(span[0], span[1]).toString().toLowerCase(Locale.ROOT).replace('’', '\'');
            }
            for (int w = 0; w < words.size(); w++) {
                boolean participle = w > 0 && AUXILIARIES.contains(lower[w - 1]);
                String key = null;
                for (int k = 0; k < longestMarker && w + k < words.size(); k++) {
                    int[] span = words.get(w + k);
                    key = k == 0 ? lower[w] : key + ' ' + lower[w + k];
                    String kind = MARKERS.get(key);
                    if (kind == null && k == 0 && key.endsWith("'ll")) {
                        kind = "FUTURE"; // "he'll"
                    }
                    if (kind != null && !(participle && kind.equals("PAST"))) {
                        add(kind, words.get(w)[0], span[1]);
                    } else if (k == 0 && !participle && key.length() > 4 && key.endsWith("ed")
                            && Character.isLowerCase(sentence.charAt(span[0]))) {
                        spans.add(new int[] {span[0], span[1], 3});
                    }
                    if (!MARKER_STARTS.contains(key)) {
                        break; // no longer phrase is a marker either
                    }
                }
            }
        }

        private void add(String kind, int start, int end) {
            switch (kind) {
                case "PAST" -> spans.add(new int[] {start, end, 0});
                case "FUTURE" -> spans.add(new int[] {start, end, 1});
                case "REPORT" -> spans.add(new int[] {start, end, 2});
                default -> present = true;
            }
        }

        /**
         * The tense as seen from one expression: the nearest future or past marker outside it wins,
         * so "said Friday he will visit in August" reads "Friday" as past and "August" as future.
         *
         * @param from offset of the expression inside the sentence
         * @param to   offset after it
         */
        Tense at(int from, int to) {
            int future = nearest(1, from, to, AFTER_REACH);
            int past = nearest(0, from, to, Integer.MAX_VALUE);
            int report = nearest(2, from, to, Integer.MAX_VALUE);
            if (report <= REPORT_REACH) {
                past = Math.min(past, report); // "said Tuesday", "on Tuesday told"
            }
            int ed = nearest(3, from, to, Integer.MAX_VALUE);
            if (ed <= ED_REACH) {
                past = Math.min(past, ed); // "announced Wednesday", "predicted on Wednesday"
            }
            if (future == Integer.MAX_VALUE && past == Integer.MAX_VALUE) {
                past = nearest(3, from, to, Integer.MAX_VALUE); // "-ed" words only when nothing surer is there
            }
            if (future < Integer.MAX_VALUE && future <= past) {
                return FUTURE;
            }
            if (past < Integer.MAX_VALUE) {
                return PAST;
            }
            return present ? PRESENT : PAST;
        }

        /** Whether a future marker stands before an expression ("will meet on Tuesday"), so the clause has its own tense. */
        private boolean futureBefore(int from) {
            return spans.stream().anyMatch(s -> s[2] == 1 && s[1] <= from);
        }

        /** Whether a comma or quote stands between an expression and a reporting verb after it. */
        private boolean attribution(int from, int to) {
            for (int i = from; i < to; i++) {
                char ch = sentence.charAt(i);
                if (ch == ',' || ch == '"' || ch == '\u201d' || ch == '`' || ch == '\'' && i + 1 < to
                        && sentence.charAt(i + 1) == '\'') {
                    return true;
                }
            }
            return false;
        }

        private int nearest(int kind, int from, int to, int reachAfter) {
            int best = Integer.MAX_VALUE;
            for (int[] s : spans) {
                if (s[2] != kind || s[1] > from && s[0] < to) {
                    continue; // the expression's own words ("May 6", "next week") are not markers
                }
                int d = s[1] <= from ? from - s[1] : s[0] - to;
                if (s[0] >= to && d > reachAfter) {
                    continue;
                }
                if (kind == 2 && s[0] >= to && futureBefore(from) && attribution(to, s[0])) {
                    continue; // "will meet on Tuesday, he said": the report dates the telling, not the meeting
                }
                best = Math.min(best, d);
            }
            return best;
        }
    }

    /** The tense of a sentence around one expression (convenience for a single question). */
    static Tense around(CharSequence sentence, int from, int to) {
        return new Markers(sentence).at(from, to);
    }

    private static void load() {
        for (org.parley.model.DataFile.Row row : TimeData.file("tense-markers.tsv").rows()) {
            row.expect(2, "tense<TAB>phrase");
            String phrase = row.field(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            if (row.field(0).equals("DEADLINE")) {
                DEADLINES.add(phrase);
                continue;
            }
            MARKERS.put(phrase, row.field(0));
            for (int space = phrase.indexOf(' '); space > 0; space = phrase.indexOf(' ', space + 1)) {
                MARKER_STARTS.add(phrase.substring(0, space));
            }
            longestMarker = Math.max(longestMarker, phrase.split(" ").length);
        }
    }
}
