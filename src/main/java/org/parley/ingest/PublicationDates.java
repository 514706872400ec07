package org.parley.ingest;

import com.joestelmach.natty.DateGroup;
import com.joestelmach.natty.Parser;
import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalQueries;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the publication date of an article as people and web pages write it ("12 June 2024",
 * "June 12, 2024", "2024-06-12T08:30:00+07:00", "Tue, 05 Mar 2024"), with the patterns listed in
 * data/ingest/date-patterns.txt.
 *
 * <p>Parsing is strict: an impossible day ("31 February 2024") is no date at all, never rolled over.
 * A numeric day and month ("12/06/2024") is read only when the order cannot matter or one part is
 * above 12; "05/06/2024" could be either May or June, so it is refused rather than guessed.
 */
public final class PublicationDates {
    private static final List<DateTimeFormatter> FORMATS = formats();
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    /** Compiled once: every article's date passes here. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ORDINAL = Pattern.compile("(?i)(\\d)(st|nd|rd|th)\\b");

    /** The longest date line given to Natty: a byline or a metadata value, never a paragraph. */
    private static final int WRITTEN_AT_MOST = 120;
    /** A date Natty read with its month, day and year all written: "(EXPLICIT_DATE (MONTH_OF_YEAR 3) (DAY_OF_MONTH 22) ... (YEAR_OF 2023))". */
    private static final Pattern WRITTEN_DAY = Pattern.compile(
            "\\(EXPLICIT_DATE \\(MONTH_OF_YEAR (\\d+)\\) \\(DAY_OF_MONTH (\\d+)\\)(?: \\(DAY_OF_WEEK \\d+\\))? \\(YEAR_OF (\\d+)\\)\\)");
    private static final ThreadLocal<Parser> NATTY = ThreadLocal.withInitial(() -> new Parser(TimeZone.getTimeZone("UTC")));

    private PublicationDates() {
    }

    /**
     * Dates already read, by their text: a wire archive gives the same few hundred date strings to thousands of stories,
     * and trying the formats one by one was a visible cost of ingest. Cleared when full, so it stays small.
     */
    private static final Map<String, Optional<LocalDate>> READ = new ConcurrentHashMap<>();
    private static final int READ_AT_MOST = 4096;
    private static final int CACHED_AT_MOST = 100;

    /** The day the text names, or empty when it names none, an impossible one, or an ambiguous one. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (text.length() > CACHED_AT_MOST) {
            return read(text); // a whole first line of a file without line breaks: not worth keeping
        }
        Optional<LocalDate> known = READ.get(text);
        if (known != null) {
            return known;
        }
        if (READ.size() >= READ_AT_MOST) {
            READ.clear();
        }
        Optional<LocalDate> date = read(text);
        READ.put(text, date);
        return date;
    }

    private static Optional<LocalDate> read(String text) {
        String cleaned = ORDINAL.matcher(SPACES.matcher(text.strip()).replaceAll(" ")).replaceAll("$1");
        if (cleaned.isEmpty() || cleaned.length() > 80) {
            return Optional.empty();
        }
        Matcher numeric = NUMERIC.matcher(cleaned);
        if (numeric.matches()) {
            return numeric(Integer.parseInt(numeric.group(1)), Integer.parseInt(numeric.group(2)),
                    Integer.parseInt(numeric.group(3)));
        }
        for (DateTimeFormatter format : FORMATS) {
            // a cheap trial parse first: exceptions for the many patterns that do not fit cost too much
            ParsePosition position = new ParsePosition(0);
            if (format.parseUnresolved(cleaned, position) == null || position.getIndex() != cleaned.length()) {
                continue;
            }
            try {
                LocalDate date = format.parse(cleaned).query(TemporalQueries.localDate());
                if (date != null) {
                    return Optional.of(date);
                }
            } catch (DateTimeParseException e) {
                // the pattern fits but the day does not exist ("31 February"): try the next pattern
            }
        }
        return Optional.empty();
    }

    /**
     * The day a free-form date line of a page names ("Published Wednesday, March 22, 2023 9:05 PM", "Updated
     * on 22 March 2023 at 9:05 am"): the strict patterns first, then Natty 0.13, whose grammar knows far more
     * ways of writing a date than a list of patterns can. Natty's reading is kept only when the text holds
     * exactly one date with its day, month and year all written out, and the day is taken from what Natty read,
     * not from the moment it computed, so that a late hour in another time zone does not move the day.
     * An ambiguous numeric date ("05/06/2024") is never handed to Natty, which would read it the American way.
     */
    public static Optional<LocalDate> parseWritten(String text) {
        Optional<LocalDate> strict = parse(text);
        if (strict.isPresent() || text == null || text.isBlank() || text.length() > WRITTEN_AT_MOST
                || ambiguous(text)) {
            return strict;
        }
        List<DateGroup> groups;
        try {
            groups = NATTY.get().parse(text.strip());
        } catch (RuntimeException e) {
            return Optional.empty(); // Natty's own failure: no date
        }
        List<LocalDate> days = new ArrayList<>();
        for (DateGroup g : groups) {
            Matcher m = WRITTEN_DAY.matcher(g.getSyntaxTree().toStringTree());
            while (m.find()) {
                try {
                    days.add(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)),
                            Integer.parseInt(m.group(2))));
                } catch (DateTimeException e) {
                    return Optional.empty(); // "February 30": no date, as in the strict patterns
                }
            }
        }
        return days.size() == 1 ? Optional.of(days.get(0)) : Optional.empty();
    }

    /** True when the text looks like it tried to be a date (so a failure is worth a specific message). */
    static boolean ambiguous(String text) {
        Matcher numeric = NUMERIC.matcher(text == null ? "" : text.strip());
        if (!numeric.matches()) {
            return false;
        }
        int a = Integer.parseInt(numeric.group(1));
        int b = Integer.parseInt(numeric.group(2));
        return a != b && a <= 12 && b <= 12;
    }

    private static Optional<LocalDate> numeric(int first, int second, int year) {
        try {
            if (first == second || first > 12) {
                return Optional.of(LocalDate.of(year, second, first));
            }
            if (second > 12) {
                return Optional.of(LocalDate.of(year, first, second));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static List<DateTimeFormatter> formats() {
        List<DateTimeFormatter> formats = new ArrayList<>();
        for (String pattern : IngestData.lines("date-patterns.txt")) {
            // English names ("June", "Tue") are what the patterns describe; Locale.ROOT would give "M06".
            formats.add(new DateTimeFormatterBuilder()
                    .parseCaseInsensitive()
                    .appendPattern(pattern)
                    .toFormatter(Locale.ENGLISH)
                    .withResolverStyle(ResolverStyle.STRICT));
        }
        return List.copyOf(formats);
    }
}
