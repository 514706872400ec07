package org.parley.time;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
    private static final Map<String, Pattern> MARKERS = load();
    private static final Pattern ED = Pattern.compile("(?<![\\w'])[a-z]{2,}ed(?!\\w)");

    /**
     * The tense of a sentence as seen from one expression in it: the nearest future or past marker
     * outside the expression wins, so "said Friday he will visit in August" reads "Friday" as past
     * and "August" as future.
     *
     * @param sentence the sentence text
     * @param from     offset of the expression inside the sentence
     * @param to       offset after it
     */
    static Tense around(CharSequence sentence, int from, int to) {
        int future = nearest(MARKERS.get("FUTURE").matcher(sentence), from, to, AFTER_REACH);
        int past = nearest(MARKERS.get("PAST").matcher(sentence), from, to, Integer.MAX_VALUE);
        int report = nearest(MARKERS.get("REPORT").matcher(sentence), from, to, Integer.MAX_VALUE);
        if (report <= REPORT_REACH) {
            past = Math.min(past, report);
        }
        if (future == Integer.MAX_VALUE && past == Integer.MAX_VALUE) {
            past = nearest(ED.matcher(sentence), from, to, Integer.MAX_VALUE);
        }
        if (future < Integer.MAX_VALUE && future <= past) {
            return FUTURE;
        }
        if (past < Integer.MAX_VALUE) {
            return PAST;
        }
        return MARKERS.get("PRESENT").matcher(sentence).find() ? PRESENT : PAST;
    }

    private static int nearest(Matcher m, int from, int to, int reachAfter) {
        int best = Integer.MAX_VALUE;
        while (m.find()) {
            if (m.end() > from && m.start() < to) {
                continue; // the expression's own words ("May 6", "next week") are not markers
            }
            int d = m.end() <= from ? from - m.end() : m.start() - to;
            if (m.start() >= to && d > reachAfter) {
                continue;
            }
            best = Math.min(best, d);
        }
        return best;
    }

    private static Map<String, Pattern> load() {
        String name = TimeData.FOLDER + "tense-markers.tsv";
        try (InputStream in = Tense.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("time data file missing from the class path: " + name);
            }
            Map<String, String> words = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t"))
                    .collect(Collectors.groupingBy(r -> r[0],
                            Collectors.mapping(r -> Pattern.quote(r[1]), Collectors.joining("|"))));
            Map<String, Pattern> out = new HashMap<>();
            for (String kind : new String[] {"PAST", "PRESENT", "FUTURE", "REPORT"}) {
                out.put(kind, Pattern.compile("(?<![\\w'])(?:" + words.getOrDefault(kind, "(?!)") + ")(?!\\w)",
                        Pattern.CASE_INSENSITIVE));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
