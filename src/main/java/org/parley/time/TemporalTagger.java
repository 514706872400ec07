package org.parley.time;

import java.time.LocalDate;
import java.util.List;
import org.parley.model.AnalyzedText;
import org.parley.model.TimeExpression;

/** Finds the time expressions of a text and says what each means (TIMEX3 value and days). */
public interface TemporalTagger {
    /**
     * The time expressions of a text, in text order, without overlaps.
     *
     * @param text         the text; offsets of the result index into it
     * @param documentDate the day the text was published, the anchor of "yesterday" unless the text shows
     *                     that its story is told from an earlier day
     */
    List<TimeExpression> tag(String text, LocalDate documentDate);

    /**
     * The same for a text already split into sentences, which lets a tagger use tense and sentence
     * boundaries. By default it ignores them.
     */
    default List<TimeExpression> tag(AnalyzedText text, LocalDate documentDate) {
        return tag(text.text(), documentDate);
    }
}
