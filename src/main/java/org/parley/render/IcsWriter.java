package org.parley.render;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A small RFC 5545 writer for the site's {@code events.ics}: all-day and multi-day events, text
 * escaping and line folding at 75 octets.
 *
 * <p>Hand-written on purpose: Natty drags ical4j 1.0.2 onto the class path, so a newer ical4j would
 * clash with it, and biweekly is not among the libraries this build may use. Parley needs only
 * {@code VEVENT}s with {@code DATE} values, which take a few lines to write correctly.
 */
public final class IcsWriter {
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;
    private final StringBuilder out = new StringBuilder();

    /** Starts a calendar named for the site. */
    public IcsWriter(String name) {
        line("BEGIN:VCALENDAR");
        line("VERSION:2.0");
        line("PRODID:-//Parley//Parley timeline//EN");
        line("CALSCALE:GREGORIAN");
        line("X-WR-CALNAME:" + escape(name));
    }

    /**
     * Adds an event over whole days.
     *
     * @param uid         a globally unique, stable id
     * @param stamp       the day the event became known (the DTSTAMP RFC 5545 requires; a fixed day keeps the
     *                    output the same on every run)
     * @param first       its first day
     * @param last        its last day (inclusive)
     * @param summary     its title
     * @param description its text, or {@code null}
     * @param location    where, or {@code null}
     * @param url         its page, or {@code null}
     * @param categories  its categories
     */
    public IcsWriter event(String uid, LocalDate stamp, LocalDate first, LocalDate last, String summary,
                           String description, String location, String url, List<String> categories) {
        line("BEGIN:VEVENT");
        line("UID:" + escape(uid));
        line("DTSTAMP:" + BASIC.format(stamp) + "T000000Z");
        line("DTSTART;VALUE=DATE:" + BASIC.format(first));
        // DTEND of an all-day event is exclusive: the day after the last one.
        line("DTEND;VALUE=DATE:" + BASIC.format(last.plusDays(1)));
        line("SUMMARY:" + escape(summary));
        if (description != null && !description.isBlank()) {
            line("DESCRIPTION:" + escape(description));
        }
        if (location != null && !location.isBlank()) {
            line("LOCATION:" + escape(location));
        }
        if (url != null) {
            line("URL:" + url);
        }
        if (!categories.isEmpty()) {
            line("CATEGORIES:" + String.join(",", categories.stream().map(IcsWriter::escape).toList()));
        }
        line("TRANSP:TRANSPARENT");
        line("END:VEVENT");
        return this;
    }

    /** Ends the calendar and gives its text (CRLF line ends, UTF-8 when written). */
    public String finish() {
        line("END:VCALENDAR");
        return out.toString();
    }

    /** Escapes a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 3.3.11). */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case ';' -> b.append("\\;");
                case ',' -> b.append("\\,");
                case '\n' -> b.append("\\n");
                case '\r' -> {
                    if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                        b.append("\\n");
                    }
                }
                default -> b.append(c < 0x20 && c != '\t' ? ' ' : c);
            }
        }
        return b.toString();
    }

    /** Writes a content line folded at 75 octets without splitting a UTF-8 character (RFC 5545 3.1). */
    private void line(String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + n > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += n;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
