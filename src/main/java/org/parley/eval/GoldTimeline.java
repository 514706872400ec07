package org.parley.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
     * @param evidence  the words of the article that tell it (empty until an {@code anchor} is resolved)
     * @param anchor    where the evidence stands in the record's text, for articles whose words may not be copied
     *                  into this project, or {@code null} when the evidence is given verbatim
     */
    public record GoldEvent(String id, boolean must, List<String> types, String mode, String value, List<String> accept,
                            LocalDate earliest, LocalDate latest, long width, List<String> actors, String evidence,
                            EvidenceAnchor anchor) {
        /** This event with its anchored evidence read from the record's text. */
        GoldEvent withEvidence(String text) {
            return new GoldEvent(id, must, types, mode, value, accept, earliest, latest, width, actors, text, anchor);
        }
    }

    /**
     * Evidence given by position instead of by its words: {@code start} and {@code end} are {@code String}
     * indices into the JSON Lines record's {@code text}, {@code sha1} the first hex digits of the SHA-1 of the
     * UTF-8 bytes between them, so that a gold file can point at a research-only article without holding its
     * words and a changed article is noticed rather than misread.
     */
    public record EvidenceAnchor(int start, int end, String sha1) {
        /** The evidence in a record's text, or a message saying why it is not there. */
        public String resolve(String text, String where) {
            if (start < 0 || end > text.length() || start >= end) {
                throw new IllegalArgumentException(where + ": evidence_at " + start + ".." + end
                        + " is outside the record's text (" + text.length() + " characters)");
            }
            String words = text.substring(start, end);
            if (!sha1Of(words).startsWith(sha1.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException(where + ": evidence_at " + start + ".." + end
                        + " no longer holds the words it was written for (sha1 " + sha1 + ", found " + sha1Of(words).substring(0, 10) + ")");
            }
            return words;
        }

        static String sha1Of(String s) {
            try {
                byte[] d = MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(d);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("the JDK has no SHA-1", e);
            }
        }
    }

    /**
     * This timeline with every anchored evidence read from its record's text; a bad anchor is an
     * {@link IllegalArgumentException} naming the gold file and the event.
     */
    public GoldTimeline withEvidenceFrom(String recordText) {
        List<GoldEvent> resolved = new ArrayList<>();
        for (GoldEvent e : events) {
            resolved.add(e.anchor() == null ? e : e.withEvidence(e.anchor().resolve(recordText, source + ": event " + e.id())));
        }
        return new GoldTimeline(source, file, record, published, aliases, List.copyOf(resolved), mustNot);
    }

    /** Whether some event gives its evidence by position, so that the record's text is needed to read it. */
    public boolean anchored() {
        return events.stream().anyMatch(e -> e.anchor() != null);
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
            JsonNode at = e.path("evidence_at");
            EvidenceAnchor anchor = null;
            if (!at.isMissingNode()) {
                if (!at.path("start").isInt() || !at.path("end").isInt() || !at.path("sha1").isTextual()) {
                    throw new IllegalArgumentException(where + ": evidence_at needs start, end (numbers) and sha1");
                }
                anchor = new EvidenceAnchor(at.path("start").asInt(), at.path("end").asInt(), at.path("sha1").asText());
            }
            events.add(new GoldEvent(e.path("id").asText(), e.path("must").asBoolean(false), types,
                    e.path("mode").asText(null), value, accept, earliest, latest, width, List.copyOf(actors),
                    e.path("evidence").asText(""), anchor));
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
