package org.parley.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.parley.actor.Gazetteer;
import org.parley.model.ActorMention;
import org.parley.model.AnalyzedText;
import org.parley.model.AnnotatedArticle;
import org.parley.model.TimeExpression;
import org.parley.model.TimeValue;
import org.parley.model.TimexType;

/**
 * What every pass reads of one article: its body, quotes, narrative day, actor mentions and time expressions, with
 * the look-ups the passes share (the mentions and dates of a stretch, the word before an offset).
 *
 * <p>Built once per article and read by every sentence's passes; immutable, so the passes cannot disturb each other.
 */
final class ArticleView {

    final AnnotatedArticle article;
    final String body;
    final Quotes quotes;
    /** The article's sentences in order, for the passes that read a sentence with the ones before it. */
    final List<org.parley.model.Sentence> sentences;
    /** The day the article tells its news from (see {@link NarrativeTime}). */
    final LocalDate published;
    final Gazetteer gazetteer;
    final EventRules rules;
    /** The words before an actor that put it in a phrase ({@code macros.psv}: prepositions). */
    final Set<String> prepositions;
    private final Set<String> determiners;

    ArticleView(AnnotatedArticle article, AnalyzedText text, Gazetteer gazetteer, EventRules rules) {
        this.article = article;
        this.body = text.text();
        this.quotes = Quotes.of(body);
        this.sentences = text.sentences();
        this.published = NarrativeTime.of(article.article());
        this.gazetteer = gazetteer;
        this.rules = rules;
        this.prepositions = rules.wordSet("prepositions");
        this.determiners = rules.wordSet("determiners");
    }

    /** The body between two offsets. */
    String text(int start, int end) {
        return body.substring(start, end);
    }

    /** Whether the character at an offset stands inside a quote. */
    boolean quoted(int offset) {
        return quotes.at(offset);
    }

    /** The actor mentions wholly inside a stretch, in text order. */
    List<ActorMention> actorsIn(int start, int end) {
        List<ActorMention> all = article.actors();
        List<ActorMention> out = new ArrayList<>();
        for (int i = firstStartingAt(all, ActorMention::start, start); i < all.size() && all.get(i).start() < end; i++) {
            if (all.get(i).end() <= end) {
                out.add(all.get(i));
            }
        }
        return out;
    }

    /** The anchored dates and times wholly inside a stretch, in text order: what can date an event. */
    List<TimeExpression> timesIn(int start, int end) {
        List<TimeExpression> out = new ArrayList<>();
        List<TimeExpression> all = article.times();
        for (TimeExpression t : all.subList(firstStartingAt(all, TimeExpression::start, start), all.size())) {
            if (t.start() >= end) {
                break;
            }
            TimeValue v = t.value();
            if (t.start() >= start && t.end() <= end && v.isAnchored()
                    && (v.type() == TimexType.DATE || v.type() == TimexType.TIME)) {
                out.add(t);
            }
        }
        return out;
    }

    /** The word right before an offset, lower case, skipping determiners; empty after punctuation or a number. */
    String wordBefore(int at, int floor) {
        int i = at - 1;
        while (true) {
            while (i >= floor && Character.isWhitespace(body.charAt(i))) {
                i--;
            }
            int end = i + 1;
            while (i >= floor && Character.isLetter(body.charAt(i))) {
                i--;
            }
            if (end <= i + 1) {
                return "";
            }
            String w = body.substring(i + 1, end).toLowerCase(Locale.ROOT);
            if (!determiners.contains(w)) {
                return w;
            }
        }
    }

    /** Whether a mention is a possessor: "Russia's", "the Americans'". */
    boolean isPossessive(ActorMention m) {
        String after = body.substring(m.end(), Math.min(body.length(), m.end() + 2));
        return after.startsWith("'s") || after.startsWith("’s") || after.startsWith("s'") || after.equals("’") || after.startsWith("' ");
    }

    /** Whether a mention stands in a prepositional phrase ("with Wang", "to Moscow"), so that it is no subject. */
    boolean inPhrase(ActorMention m, int floor) {
        return prepositions.contains(wordBefore(m.start(), floor)) && !isPossessive(m);
    }

    /**
     * The index of the first of a text-ordered list of spans that starts at or after an offset. The stages
     * give their mentions and time expressions in text order; a binary search keeps a long article linear
     * where a scan of every mention for every sentence took minutes.
     */
    static <T> int firstStartingAt(List<T> inTextOrder, ToIntFunction<T> startOf, int offset) {
        int lo = 0;
        int hi = inTextOrder.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (startOf.applyAsInt(inTextOrder.get(mid)) < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
