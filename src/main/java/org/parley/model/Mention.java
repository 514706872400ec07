package org.parley.model;

import java.time.LocalDate;

/**
 * One report of an event: the sentence of one article that tells it.
 *
 * @param article   id of the article
 * @param published the article's publication date
 * @param title     the article's title
 * @param url       the article's URL, or {@code null}
 * @param sentence  the sentence that proves the event
 * @param start     offset of the sentence in the article body
 * @param end       offset after the sentence
 * @param trigger   the word or words that made it an event ("met", "call"), or {@code null}
 */
public record Mention(String article, LocalDate published, String title, String url, String sentence,
                      int start, int end, String trigger) {
    public Mention {
        Checks.text(article, "mention article");
        Checks.span(start, end, "mention in " + article);
        Checks.text(sentence, "mention sentence");
    }
}
