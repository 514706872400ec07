package org.parley.time;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
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

    private static final Map<Tense, Pattern> MARKERS = load();

    /**
     * The tense of a sentence as seen from one expression in it: the nearest future or past marker
     * wins, so "said Friday he will visit in August" reads "Friday" as past and "August" as future.
     *
     * @param sentence the sentence text
     * @param at       offset of the expression inside the sentence
     */
    static Tense around(CharSequence sentence, int at) {
        int future = nearest(MARKERS.get(FUTURE).matcher(sentence), at);
        int past = nearest(MARKERS.get(PAST).matcher(sentence), at);
        if (future < Integer.MAX_VALUE && future <= past) {
            return FUTURE;
        }
        if (past < Integer.MAX_VALUE) {
            return PAST;
        }
        return MARKERS.get(PRESENT).matcher(sentence).find() ? PRESENT : PAST;
    }

    private static int nearest(Matcher m, int at) {
        int best = Integer.MAX_VALUE;
        while (m.find()) {
            int d = m.end() <= at ? at - m.end() : Math.max(0, m.start() - at);
            best = Math.min(best, d);
        }
        return best;
    }

    private static Map<Tense, Pattern> load() {
        String name = TimeData.FOLDER + "tense-markers.tsv";
        try (InputStream in = Tense.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("time data file missing from the class path: " + name);
            }
            Map<Tense, String> words = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t"))
                    .collect(Collectors.groupingBy(r -> Tense.valueOf(r[0]), () -> new EnumMap<>(Tense.class),
                            Collectors.mapping(r -> Pattern.quote(r[1]), Collectors.joining("|"))));
            Map<Tense, Pattern> out = new EnumMap<>(Tense.class);
            for (Tense t : values()) {
                String alt = words.getOrDefault(t, "(?!)") + (t == PAST ? "|[a-z]{2,}ed" : "");
                out.put(t, Pattern.compile("(?<![\\w'])(?:" + alt + ")(?!\\w)", t == PAST ? 0 : Pattern.CASE_INSENSITIVE));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
