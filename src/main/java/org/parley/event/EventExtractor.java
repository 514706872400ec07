package org.parley.event;

import java.util.List;
import org.parley.model.AnalyzedText;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Event;

/** Finds the diplomatic events an article reports, each with its actors, place, date and evidence. */
public interface EventExtractor {
    /**
     * The events of one article, one per happening it tells (a headline and a body paragraph telling the
     * same meeting give one event with two mentions).
     */
    List<Event> extract(AnnotatedArticle article, AnalyzedText text);
}
