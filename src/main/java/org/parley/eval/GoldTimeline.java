package org.parley.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.actor.NameFolding;

/**
 * A gold timeline of one article, in the form of {@code ../shared/gold/seed-events.json}: the events a careful
 * editor would put on a timeline, with the dates and actors a system must find, and what it must not output.
 *
 * @param source    the gold file
 * @param file      the article's file name
 * @param record    the id of the JSON Lines record the gold is about, or {@code null}
 * @param published the article's publication day
 * @param aliases   every gold actor's folded names (canonical name first) by canonical name
 * @param events    the gold events
 * @param mustNot   what a system must not output, in words
 */
public record GoldTimeline(Path source, String file, String record, LocalDate published,
                           Map<String, Set<String>> aliases, List<GoldEvent> events, List<String> mustNot) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * One gold event.
     *
     * @param id        its id; the same id in two gold files is one happening told by two articles
     * @param must      whether any release must find it
     * @param types     its type first, then the {@code also_types}
     * @param mode      the gold mode, or {@code null} when the gold gives none
     * @param value     the TIMEX3 value
     * @param accept    other values accepted
     * @param earliest  first day of the span
     * @param latest    last day of the span
     * @param width     days of the gold value's own interval: a system date may be no wider
     * @param actors    canonical names of actors, parties and targets
     * @param evidence  the words of the article that tell it
     */
    public record GoldEvent(String id, boolean must, List<String> types, String mode, String value, List<String> accept,
                            LocalDate earliest, LocalDate latest, long width, List<String> actors, String evidence) {
    }

    /** Reads a gold file; a malformed one gets a message naming the file and the field. */
    public static GoldTimeline read(Path file) {
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": not a gold timeline in JSON: " + e.getMessage(), e);
        }
        JsonNode article = root.path("article");
        if (!article.hasNonNull("file") || !root.path("events").isArray()) {
            throw new IllegalArgumentException(file + ": a gold timeline needs 'article.file' and 'events'");
        }
        Map<String, Set<String>> aliases = new LinkedHashMap<>();
        root.path("actors").fields().forEachRemaining(e -> {
            Set<String> names = new LinkedHashSet<>();
            names.add(NameFolding.key(e.getKey()));
            e.getValue().path("aliases").forEach(a -> names.add(NameFolding.key(a.asText())));
            aliases.put(e.getKey(), names);
        });
        List<GoldEvent> events = new ArrayList<>();
        for (JsonNode e : root.path("events")) {
            String where = file + ": event " + e.path("id").asText("?");
            List<String> types = new ArrayList<>();
            types.add(e.path("type").asText());
            e.path("also_types").forEach(t -> types.add(t.asText()));
            JsonNode d = e.path("date");
            String value = d.path("value").asText(null);
            String mod = d.path("mod").asText(null);
            List<String> accept = new ArrayList<>();
            d.path("accept").forEach(a -> accept.add(a.asText()));
            LocalDate[] own = value == null ? null : interval(value, mod);
            LocalDate earliest = day(d.path("span").path(0), where);
            LocalDate latest = day(d.path("span").path(1), where);
            if (earliest == null && own != null) {
                earliest = own[0];
                latest = own[1];
            }
            long width = own == null ? Long.MAX_VALUE : own[1].toEpochDay() - own[0].toEpochDay() + 1;
            Set<String> actors = new LinkedHashSet<>();
            for (String f : List.of("actors", "parties", "targets")) {
                e.path(f).forEach(a -> actors.add(a.asText()));
            }
            events.add(new GoldEvent(e.path("id").asText(), e.path("must").asBoolean(false), types,
                    e.path("mode").asText(null), value, accept, earliest, latest, width, List.copyOf(actors),
                    e.path("evidence").asText("")));
        }
        List<String> mustNot = new ArrayList<>();
        root.path("must_not").forEach(m -> mustNot.add(m.asText()));
        LocalDate published = day(article.path("published"), file + ": article.published");
        return new GoldTimeline(file, article.path("file").asText(), article.path("record").asText(null), published,
                aliases, events, mustNot);
    }

    private static LocalDate day(JsonNode n, String where) {
        if (n == null || n.isMissingNode() || n.isNull()) {
            return null;
        }
        try {
            return LocalDate.parse(n.asText().substring(0, Math.min(10, n.asText().length())));
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            throw new IllegalArgumentException(where + ": '" + n.asText() + "' is not a day (2024-01-31)", e);
        }
    }

    /**
     * The days a TIMEX3 value stands for ({@code 2023} with mod END is 2023-09-01..2023-12-31; ranges
     * {@code a/b} run from a's first day to b's last), or {@code null} when it names no days.
     */
    public static LocalDate[] interval(String value, String mod) {
        if (value.contains("/")) {
            String[] parts = value.split("/", 2);
            LocalDate[] a = interval(parts[0], null);
            LocalDate[] b = interval(parts[1], null);
            return a == null || b == null ? null : new LocalDate[] {a[0], b[1]};
        }
        LocalDate[] whole = whole(value);
        if (whole == null || mod == null || mod.isEmpty()) {
            return whole;
        }
        long days = whole[1].toEpochDay() - whole[0].toEpochDay() + 1;
        boolean year = value.matches("\\d{4}");
        return switch (mod) {
            case "START" -> year ? new LocalDate[] {whole[0], whole[0].withMonth(4).withDayOfMonth(30)}
                    : new LocalDate[] {whole[0], whole[0].plusDays(days / 3 - 1)};
            case "MID" -> year ? new LocalDate[] {whole[0].withMonth(5), whole[0].withMonth(8).withDayOfMonth(31)}
                    : new LocalDate[] {whole[0].plusDays(days / 3), whole[1].minusDays(days / 3)};
            case "END" -> year ? new LocalDate[] {whole[0].withMonth(9), whole[1]}
                    : new LocalDate[] {whole[1].minusDays(days / 3 - 1), whole[1]};
            default -> whole;
        };
    }

    private static LocalDate[] whole(String v) {
        try {
            if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate d = LocalDate.parse(v);
                return new LocalDate[] {d, d};
            }
            if (v.matches("\\d{4}-\\d{2}")) {
                LocalDate d = LocalDate.parse(v + "-01");
                return new LocalDate[] {d, d.withDayOfMonth(d.lengthOfMonth())};
            }
            if (v.matches("\\d{4}")) {
                int y = Integer.parseInt(v);
                return new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
            }
            if (v.matches("\\d{4}-W\\d{2}(-WE)?")) {
                LocalDate monday = LocalDate.of(Integer.parseInt(v.substring(0, 4)), 6, 1)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(v.substring(6, 8)))
                        .with(DayOfWeek.MONDAY);
                return v.endsWith("-WE") ? new LocalDate[] {monday.plusDays(5), monday.plusDays(6)}
                        : new LocalDate[] {monday, monday.plusDays(6)};
            }
            if (v.matches("\\d{4}-Q[1-4]")) {
                int q = v.charAt(6) - '0';
                LocalDate s = LocalDate.of(Integer.parseInt(v.substring(0, 4)), 3 * q - 2, 1);
                return new LocalDate[] {s, s.plusMonths(3).minusDays(1)};
            }
            if (v.matches("\\d{4}-H[12]")) {
                int h = v.charAt(6) - '0';
                LocalDate s = LocalDate.of(Integer.parseInt(v.substring(0, 4)), 6 * h - 5, 1);
                return new LocalDate[] {s, s.plusMonths(6).minusDays(1)};
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }
}
