package org.parley.event;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.Article;
import org.parley.text.RequiredLiterals;

/**
 * The day an article's story is told from: the day of its dateline when ingest marked one with a day (Wikinews and
 * AMALGUM print it on the story's first line, which may be a day after the page's date; a wire's "JERUSALEM, May 6 -"),
 * else its publication date, unless an editor's note says the story was first published earlier ("This story was
 * first published on February 17, 2024"). Relative dates ("on Friday") are read against it, so a republished story
 * keeps the dates it was written with.
 */
public final class NarrativeTime {
    private static final Pattern FIRST_PUBLISHED = Pattern.compile(
            "(?i)\\b(?:first|originally) published (?:on )?(\\p{L}+ \\d{1,2},? \\d{4}|\\d{1,2} \\p{L}+,? \\d{4}|\\d{4}-\\d{2}-\\d{2})");
    private static final List<DateTimeFormatter> FORMS = List.of(
            DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH), DateTimeFormatter.ofPattern("MMMM d yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH), DateTimeFormatter.ofPattern("d MMMM, yyyy", Locale.ENGLISH),
            DateTimeFormatter.ISO_LOCAL_DATE);
    private static final int NOTE_WINDOW = 800;

    private NarrativeTime() {
    }

    /** The narrative day of an article: an earlier first publication its note states, else its dateline's day or publication date. */
    public static LocalDate of(Article article) {
        String head = article.body().substring(0, Math.min(article.body().length(), NOTE_WINDOW));
        Matcher m = RequiredLiterals.matcher(FIRST_PUBLISHED, head);
        if (m.find()) {
            for (DateTimeFormatter f : FORMS) {
                try {
                    LocalDate d = LocalDate.parse(m.group(1), f);
                    if (d.isBefore(article.published())) {
                        return d;
                    }
                } catch (DateTimeParseException e) {
                    // try the next form
                }
            }
        }
        return article.dateline().dayOr(article.published());
    }
}
