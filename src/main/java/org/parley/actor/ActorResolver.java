package org.parley.actor;

import java.time.LocalDate;
import java.util.List;
import org.parley.model.ActorMention;
import org.parley.model.AnalyzedText;

/** Finds the words of a text that name actors and says who they name. */
public interface ActorResolver {
    /**
     * The actor mentions of a text, in text order, without overlaps: gazetteer names, titled persons the
     * gazetteer does not know, and references back to them ("Mr. Sullivan", "the spokesperson").
     * A place is named here only where the text uses it for a government ("Washington said").
     *
     * @param text      the analysed text
     * @param published the article's date, to choose the office a person held
     */
    List<ActorMention> resolve(AnalyzedText text, LocalDate published);
}
