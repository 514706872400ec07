package org.parley.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.parley.model.EventMode;
import org.parley.model.EventType;

/**
 * The word lists of event extraction, read from {@code data/events/} on the classpath: triggers, mode cues,
 * settings that make a statement an event, and the words of summaries.
 *
 * <p>Kept apart from the extractor so that the lists can grow without touching code. Immutable.
 */
final class EventPatterns {
    private static final String BASE = "/parley/data/events/";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** A pattern that makes a sentence tell an event of a type. */
    record Trigger(Pattern pattern, EventType type, boolean verb, String cameo) {
    }

    /** Words before a trigger that set its mode. */
    record Cue(Pattern pattern, EventMode mode) {
    }

    /** Types where every party does the same thing (a meeting, a call): who is named first says nothing. */
    static final Set<EventType> SYMMETRIC = Set.of(EventType.MEET, EventType.NEGOTIATE, EventType.MEDIATE,
            EventType.AGREE, EventType.CALL);
    /** Types that happen somewhere worth saying. */
    static final Set<EventType> PLACED = Set.of(EventType.MEET, EventType.NEGOTIATE, EventType.MEDIATE,
            EventType.AGREE, EventType.STATEMENT, EventType.FIGHT, EventType.CALL);
    /** Happenings planned for a weekday: "would travel on Wednesday" is the Wednesday to come. */
    static final Set<EventType> MOVABLE = Set.of(EventType.MEET, EventType.CALL, EventType.NEGOTIATE);
    /** Acts done by saying: the day a report says they were said is their day ("called on all parties, his spokesman said on Saturday"). */
    static final Set<EventType> SPEECH_ACTS = Set.of(EventType.APPEAL, EventType.DEMAND, EventType.THREATEN);
    /** Acts that are made, not supposed: "would" before them does not make them hypothetical. */
    static final Set<EventType> SAID_ACTS = Set.of(EventType.STATEMENT, EventType.THREATEN, EventType.APPEAL, EventType.DEMAND);
    /** Types one verb can tell twice, with two objects in two places. */
    static final Set<EventType> SPLITTABLE = Set.of(EventType.MEET, EventType.AGREE, EventType.CALL, EventType.NEGOTIATE);

    private static volatile EventPatterns standard;

    final List<Trigger> triggers;
    final List<Cue> cues;
    final Pattern settings;
    final Map<EventType, String> summaries;
    /** Every NOUN trigger as one alternation, for "after a meeting"-style references. */
    final Map<EventType, Pattern> nouns;

    private EventPatterns() {
        List<Trigger> t = new ArrayList<>();
        Map<EventType, List<String>> nounParts = new EnumMap<>(EventType.class);
        for (String[] f : rows("triggers.psv", 4)) {
            EventType type = EventType.parse(f[1]);
            boolean verb = f[2].trim().equals("VERB");
            String cameo = f.length > 3 && !f[3].isBlank() ? f[3].trim() : type.cameo();
            t.add(new Trigger(bounded(f[0]), type, verb, cameo));
            if (!verb) {
                nounParts.computeIfAbsent(type, k -> new ArrayList<>()).add(f[0]);
            }
        }
        this.triggers = List.copyOf(t);
        List<Cue> c = new ArrayList<>();
        for (String[] f : rows("cues.psv", 2)) {
            c.add(new Cue(bounded(f[0]), EventMode.valueOf(f[1].trim())));
        }
        this.cues = List.copyOf(c);
        List<String> s = new ArrayList<>();
        for (String[] f : rows("settings.psv", 1)) {
            s.add(f[0]);
        }
        this.settings = bounded(String.join("|", s));
        Map<EventType, String> sum = new EnumMap<>(EventType.class);
        for (String[] f : rows("summaries.psv", 2)) {
            sum.put(EventType.parse(f[0]), f[1].trim());
        }
        this.summaries = Map.copyOf(sum);
        Map<EventType, Pattern> n = new EnumMap<>(EventType.class);
        nounParts.forEach((type, parts) -> n.put(type, Pattern.compile(
                "\\b(?:after|following|since)\\s+(?:an?\\s+|the\\s+|this\\s+|that\\s+|their\\s+|his\\s+|her\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:"
                        + String.join("|", parts) + ")(?![\\p{L}\\p{N}])", FLAGS)));
        this.nouns = Map.copyOf(n);
    }

    /** Whether a trigger's words name what is talked about rather than talks ("discussed"). */
    static boolean isTopic(String trigger) {
        return trigger.toLowerCase(Locale.ROOT).startsWith("discuss");
    }

    static EventPatterns standard() {
        EventPatterns p = standard;
        if (p == null) {
            synchronized (EventPatterns.class) {
                p = standard;
                if (p == null) {
                    p = new EventPatterns();
                    standard = p;
                }
            }
        }
        return p;
    }

    /** The wrapper {@link #bounded} puts around a data file's pattern. */
    private static final String BOUND_START = "(?<![\\p{L}\\p{N}])(?:";
    private static final String BOUND_END = ")(?![\\p{L}\\p{N}])";

    private static Pattern bounded(String regex) {
        try {
            return Pattern.compile(BOUND_START + regex.trim() + BOUND_END, FLAGS);
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException("bad pattern in " + BASE + ": " + regex + ": " + e.getDescription(), e);
        }
    }

    /**
     * The lines of a data file as {@code fields} fields; the first field, a pattern, may itself hold '|', so the
     * others are taken from the right.
     */
    private static List<String[]> rows(String file, int fields) {
        InputStream in = EventPatterns.class.getResourceAsStream(BASE + file);
        if (in == null) {
            throw new IllegalStateException(BASE + file + " is missing from the classpath");
        }
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = new String[fields];
                    String rest = line;
                    for (int i = fields - 1; i > 0; i--) {
                        int bar = rest.lastIndexOf('|');
                        if (bar < 0) {
                            throw new IllegalStateException(BASE + file + ": expected " + fields + " fields in '" + line + "'");
                        }
                        f[i] = rest.substring(bar + 1);
                        rest = rest.substring(0, bar);
                    }
                    f[0] = rest;
                    out.add(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BASE + file, e);
        }
        return out;
    }
}
