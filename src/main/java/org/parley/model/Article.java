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
 */
public record Article(String id, String source, String url, LocalDate published, String title, String body) {
    public Article {
        Checks.text(id, "article id");
        Checks.text(source, "article source");
        Objects.requireNonNull(published, () -> "article " + source + " has no publication date");
        title = title == null ? "" : title;
        Objects.requireNonNull(body, () -> "article " + source + " has no body");
    }
}
