package org.parley.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article after ingest: its clean body (page furniture and repeated paragraphs removed) and
 * the facts about it that the text itself does not carry.
 *
 * @param id        stable identifier, a hash of the source path or URL, so re-reading replaces, never duplicates
 * @param source    where it was read from: a path relative to the articles folder, or a URL
 * @param url       the article's own URL when known, else {@code null}
 * @param published the day it was published (the document creation time of TimeML)
 * @param title     the headline, cleaned
 * @param body      the clean text; all offsets of later stages index into this string
 * @param dateline  the dateline ingest found in the body ({@link Dateline#NONE} when it has none), which later
 *                  stages read instead of looking for it again
 */
public record Article(String id, String source, String url, LocalDate published, String title, String body,
                      Dateline dateline) {
    public Article {
        Checks.text(id, "article id");
        Checks.text(source, "article source");
        Objects.requireNonNull(published, () -> "article " + source + " has no publication date");
        title = title == null ? "" : title;
        Objects.requireNonNull(body, () -> "article " + source + " has no body");
        Objects.requireNonNull(dateline, () -> "article " + source + " has no dateline mark (Dateline.NONE for none)");
        if (dateline.end() > body.length()) {
            throw new IllegalArgumentException("article " + source + ": dateline " + dateline + " ends past its body of "
                    + body.length() + " characters");
        }
    }

    /** An article whose body has not been looked at for a dateline ({@link Dateline#NONE}). */
    public Article(String id, String source, String url, LocalDate published, String title, String body) {
        this(id, source, url, published, title, body, Dateline.NONE);
    }

    /** The same article with the dateline of its body marked, as ingest gives it ({@link Dateline#find}). */
    public Article withDatelineMarked() {
        return new Article(id, source, url, published, title, body, Dateline.find(body, published));
    }
}
