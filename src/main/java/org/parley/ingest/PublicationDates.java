package org.parley.ingest;

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
