package org.parley.model;

import java.time.LocalDate;
import java.util.List;

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
 * @param rules     the ids of the rules that made it (trigger, roles, mode, place, date, source), so that an
 *                  editor can ask "why this event?"; empty when not known (an event read from an older index)
 */
public record Mention(String article, LocalDate published, String title, String url, String sentence,
                      int start, int end, String trigger, List<String> rules) {
    public Mention {
        Checks.text(article, "mention article");
        Checks.span(start, end, "mention in " + article);
        Checks.text(sentence, "mention sentence");
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    /** A mention without the ids of the rules that made it. */
    public Mention(String article, LocalDate published, String title, String url, String sentence,
                   int start, int end, String trigger) {
        this(article, published, title, url, sentence, start, end, trigger, List.of());
    }

    /** This mention with other rule ids: two readings of one sentence joined into one mention keep both ids. */
    public Mention withRules(List<String> other) {
        return new Mention(article, published, title, url, sentence, start, end, trigger, other);
    }
}
