package org.parley.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.actor.Gazetteer;
import org.parley.model.ActorKind;
import org.parley.model.ActorMention;
import org.parley.model.AnalyzedText;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Dateline;
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
    /** The dateline ingest marked: it says where the story was written and dates nothing. */
    final Dateline dateline;
    final Gazetteer gazetteer;
    final EventRules rules;
    /** The words before an actor that put it in a phrase ({@code macros.psv}: prepositions). */
    final Set<String> prepositions;
    private final Set<String> determiners;
    /** "over", "in", "during" before a span up to now ({@code macros.psv}: span-to-now). */
    private final Pattern spanToNow;
    /** A duration of days, weeks or months, said or not: P1W, P2M, PXD. */
    private static final Pattern RECENT = Pattern.compile("P(\\d+|X)([DWM])");
    /** The words of a span that ends now: "the past week", "the last two months", "recent days". */
    private static final Pattern RECENT_WORDS = Pattern.compile("(?i)(?:the\\s+)?(?:past|last|recent)\\b");

    ArticleView(AnnotatedArticle article, AnalyzedText text, Gazetteer gazetteer, EventRules rules) {
        this.article = article;
        this.body = text.text();
        this.quotes = Quotes.of(body);
        this.sentences = text.sentences();
        this.published = NarrativeTime.of(article.article());
        this.dateline = article.article().dateline();
        this.gazetteer = gazetteer;
        this.rules = rules;
        this.prepositions = rules.wordSet("prepositions");
        this.determiners = rules.wordSet("determiners");
        this.spanToNow = Pattern.compile("(?i)\\b(?:" + rules.words("span-to-now") + ")\\s+$");
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

    /**
     * The anchored dates and times wholly inside a stretch, in text order: what can date an event; a span that runs up
     * to the narrative day ("over the past week", "in recent days", a duration to TimeML) is given as the days it covers.
     */
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
            } else if (t.start() >= start && t.end() <= end && v.type() == TimexType.DURATION) {
                TimeExpression span = spanToNow(t);
                if (span != null) {
                    out.add(span);
                }
            }
        }
        return out;
    }

    /**
     * "over the past week", "in the last two months", "in recent days": the days from the span's length before the
     * narrative day to it; {@code null} for any other duration ("for three years"). A span of unsaid length ("recent
     * days", "the past few weeks") is taken as a week of days, three weeks of weeks, three months of months.
     */
    private TimeExpression spanToNow(TimeExpression t) {
        Matcher m = RECENT.matcher(t.value().value());
        if (!RECENT_WORDS.matcher(t.text()).lookingAt() || !m.matches()
                || !spanToNow.matcher(body).region(Math.max(0, t.start() - 12), t.start()).find()) {
            return null;
        }
        int n = m.group(1).equals("X") ? -1 : Integer.parseInt(m.group(1));
        LocalDate from = switch (m.group(2)) {
            case "D" -> published.minusDays(n < 0 ? 7 : n);
            case "W" -> published.minusWeeks(n < 0 ? 3 : n);
            default -> published.minusMonths(n < 0 ? 3 : n);
        };
        TimeValue days = new TimeValue(TimexType.DATE, from + "/" + published, null, from, published);
        return new TimeExpression(t.start(), t.end(), t.text(), days);
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

    /**
     * Whether a state is named by an office of it with no name after ("the foreign minister of Japan met ..."): then
     * it stands for its side though "of" stands before it; "the president of France, Emmanuel Macron," is Macron's.
     */
    boolean officeOfState(ActorMention m, List<ActorMention> actors) {
        if (m.actor().kind() != ActorKind.STATE) {
            return false;
        }
        int from = Math.max(0, m.start() - 60);
        if (!rules.officeOf.matcher(body).region(from, m.start()).find()) {
            return false;
        }
        for (ActorMention n : actors) {
            if (n.start() >= m.end() && n.start() <= m.end() + 2 && n.actor().kind() == ActorKind.PERSON) {
                return false;
            }
        }
        return true;
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
