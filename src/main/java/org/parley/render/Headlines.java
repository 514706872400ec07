package org.parley.render;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.ActorKind;
import org.parley.model.DataFile;
import org.parley.model.Event;
import org.parley.model.EventMode;
import org.parley.model.EventType;
import org.parley.model.Participant;
import org.parley.model.ParticipantRole;

/**
 * The headline of an event on the timeline ("Antony Blinken met Hakan Fidan in Ankara"), made from its
 * record (type, parties with their parts, place, mode) with the phrasing of {@code data/render/headlines.tsv}.
 *
 * <p>The extractor's {@code summary} is left as it is: it tells how the event was read, while a headline must
 * say who did what with whom, where, in the words of a newsroom's timeline, and its phrasing belongs to
 * whoever edits the site, not to the extraction rules. For each type the first row whose slots ({@code
 * {source}}, {@code {target}}, {@code {all}}, {@code {many}}) are all filled is taken; the mode picks the column.
 */
public final class Headlines {
    private static final String FILE = "data/render/headlines.tsv";
    private static final Pattern SLOT = Pattern.compile("\\{(source|target|all|many|place|n)}");
    private static final int NAMED = 3;
    private static final Headlines STANDARD = load();

    /** One row: the headline in each mode's words. */
    private record Row(String asserted, String planned, String hypothetical, String negated) {
        String in(EventMode mode) {
            return switch (mode) {
                case ASSERTED -> asserted;
                case PLANNED -> planned;
                case HYPOTHETICAL -> hypothetical;
                case NEGATED, DENIED -> negated;
            };
        }
    }

    private final Map<EventType, List<Row>> byType;
    private final Map<String, Row> words;

    private Headlines(Map<EventType, List<Row>> byType, Map<String, Row> words) {
        this.byType = byType;
        this.words = words;
    }

    /** The headlines of Parley's data file. */
    public static Headlines standard() {
        return STANDARD;
    }

    /** The headline of an event. */
    public String of(Event e) {
        Map<String, String> slots = new LinkedHashMap<>();
        slots.put("source", names(e, ParticipantRole.SOURCE, e.mode()));
        slots.put("target", names(e, ParticipantRole.TARGET, e.mode()));
        slots.put("all", names(e, null, e.mode()));
        slots.put("many", parties(e, null).size() > 1 ? slots.get("all") : "");
        String headline = null;
        for (Row r : byType.getOrDefault(e.type(), List.of())) {
            String t = r.in(e.mode());
            if (filled(t, slots)) {
                headline = fill(t, slots);
                break;
            }
        }
        if (headline == null) {
            headline = e.type().name(); // a type the file does not phrase: the checks at load make this rare
        }
        if (e.place() != null && !e.place().isBlank()) {
            headline += " " + fill(words.get("PLACE").in(e.mode()), Map.of("place", e.place().strip()));
        }
        return headline;
    }

    /**
     * The parties of one part as the headline names them. A state is left out where one of its own people
     * stands beside it ("Naftali Bennett and Vladimir Putin", not "... Russia and Vladimir Putin"): the person
     * says more, and the state's colour is on the row already.
     */
    private List<String> parties(Event e, ParticipantRole part) {
        List<Participant> of = e.actors().stream().filter(p -> part == null || p.part() == part).toList();
        List<String> names = new ArrayList<>();
        for (Participant p : of) {
            boolean ownPersonBeside = p.actor().kind() == ActorKind.STATE && p.actor().country() != null
                    && of.stream().anyMatch(o -> o.actor().kind() == ActorKind.PERSON
                            && p.actor().country().equals(o.actor().country()));
            if (!ownPersonBeside && !names.contains(p.actor().name())) {
                names.add(p.actor().name());
            }
        }
        return names;
    }

    private String names(Event e, ParticipantRole part, EventMode mode) {
        List<String> names = parties(e, part);
        if (names.isEmpty()) {
            return "";
        }
        String and = " " + words.get("AND").in(mode) + " ";
        if (names.size() > NAMED + 1) {
            String others = fill(words.get("OTHERS").in(mode), Map.of("n", Integer.toString(names.size() - NAMED)));
            return String.join(", ", names.subList(0, NAMED)) + and + others;
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + and + names.get(names.size() - 1);
    }

    private static boolean filled(String template, Map<String, String> slots) {
        Matcher m = SLOT.matcher(template);
        while (m.find()) {
            if (slots.getOrDefault(m.group(1), "").isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static String fill(String template, Map<String, String> slots) {
        Matcher m = SLOT.matcher(template);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(slots.getOrDefault(m.group(1), "")));
        }
        m.appendTail(b);
        return b.toString();
    }

    /** Reads the data file; a bad row stops the load with a message naming the file, the line and the problem. */
    private static Headlines load() {
        Map<EventType, List<Row>> byType = new EnumMap<>(EventType.class);
        Map<String, Row> words = new LinkedHashMap<>();
        DataFile file = DataFile.resource(FILE);
        for (DataFile.Row r : file.rows()) {
            if (r.size() != 5) {
                throw r.error("5 columns expected, found " + r.size());
            }
            Row row = new Row(r.field(1), r.field(2), r.field(3), r.field(4));
            String key = r.field(0);
            if (List.of("PLACE", "AND", "OTHERS").contains(key)) {
                words.put(key, row);
            } else {
                try {
                    byType.computeIfAbsent(EventType.parse(key), k -> new ArrayList<>()).add(row);
                } catch (IllegalArgumentException e) {
                    throw r.error(e.getMessage());
                }
            }
        }
        for (String w : List.of("PLACE", "AND", "OTHERS")) {
            if (!words.containsKey(w)) {
                throw new IllegalStateException(FILE + ": no " + w + " row");
            }
        }
        for (EventType t : EventType.values()) {
            List<Row> rows = byType.getOrDefault(t, List.of());
            if (rows.isEmpty() || filledWithNoParty(rows)) {
                continue;
            }
            throw new IllegalStateException(FILE + ": type " + t + " needs a last row with no slot, for an event with no party");
        }
        return new Headlines(byType, words);
    }

    private static boolean filledWithNoParty(List<Row> rows) {
        return rows.stream().anyMatch(r -> !SLOT.matcher(r.asserted()).find());
    }
}
