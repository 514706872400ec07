package org.parley.event;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.ActorKind;
import org.parley.model.ActorMention;
import org.parley.model.Sentence;

/**
 * One sentence as the passes see it: its words, the actors that can be parties to its events, its trigger matches,
 * who it is attributed to, the wire dateline it may open with, and its clause boundaries.
 *
 * <p>Why one view: each pass used to find these for itself (the dateline twice, the actors of the sentence for every
 * trigger); now they are found once, before any trigger is read, and every pass reads the same ones. Immutable but
 * for the boundaries, found on first use by the one thread reading the sentence.
 */
final class SentenceView {
    private static final Pattern BOUNDARY = Pattern.compile(
            "(?<![\\p{L}])(?:that|but|while|which|who|whom|where|because|although|whereas|so)(?![\\p{L}])|;|:|\\bas saying\\b"
                    + "|\\b(?:said|says)\\s(?=(?:the|a|an|it|they|he|she|we)\\s|(?-i:\\p{Lu}))"
                    + "|,\\s*and\\s+(?=(?-i:\\p{Lu})\\p{L}+\\s+(?-i:\\p{Ll}+ed|said|met|spoke|told|flew)\\b)"
                    // "after then-House Speaker Nancy Pelosi visited Taiwan": a clause of its own, with its own subject
                    + "|\\b(?:after|before|since|when|until)\\s+(?=(?:then-)?(?-i:\\p{Lu})[\\p{L}-]*(?:\\s+(?-i:\\p{Lu})[\\p{L}.-]*){0,4}\\s+(?-i:\\p{Ll}+ed|said|met|flew|went|had|was|were)\\b)"
                    + "|,\\s*as(?![\\p{L}])(?!\\s+(?:well|part|of|in|a|an|saying|expected|planned|agreed)\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATIVE_WORD = Pattern.compile("(?i)who|whom|which|where");
    private static final Pattern PLACE_BEFORE = Pattern.compile(
            "\\b(?:in|at|near|outside|to)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?,\\s*$");
    /** A capitalised word right before a state's name, inside a sentence: "Ford Canada", "Air France". */
    private static final Pattern COMPANY_WORD = Pattern.compile("(?<=\\p{Ll}[,;]?\\s)\\p{Lu}\\p{Ll}+\\s$");

    /** A clause boundary: a conjunction, a relative pronoun, a semicolon; {@code relative} for "who", "which". */
    record Boundary(int start, int end, boolean relative) {
    }

    final ArticleView article;
    final Sentence sentence;
    /** Where the sentence's own words start, after a wire dateline ("WASHINGTON/BRUSSELS -"), which says where it was written. */
    final int datelineEnd;
    final Attribution attribution;
    /** The actors that can be parties: not the sentence's source, not a medium, not a place's state, not a company's word. */
    final List<ActorMention> parties;
    /** The sentence's trigger matches, longest first at each place, none inside another. */
    final List<TriggerMatch> triggers;
    private List<Boundary> boundaries;

    private SentenceView(ArticleView article, Sentence sentence, int datelineEnd, Attribution attribution,
                         List<ActorMention> parties, List<TriggerMatch> triggers) {
        this.article = article;
        this.sentence = sentence;
        this.datelineEnd = datelineEnd;
        this.attribution = attribution;
        this.parties = parties;
        this.triggers = triggers;
    }

    /** The view of a sentence whose attribution and triggers are known. */
    static SentenceView of(ArticleView article, Sentence s, Attribution attribution, List<TriggerMatch> triggers) {
        String body = article.body;
        int datelineEnd = article.dateline.wordsStart(s.start(), s.end());
        List<ActorMention> parties = new ArrayList<>();
        for (ActorMention m : article.actorsIn(datelineEnd, s.end())) {
            boolean inAttribution = attribution.spans().stream().anyMatch(a -> a.holds(m.start(), m.end()));
            // "in Bali, Indonesia": the state names where the place is; "Ford Canada said": a company's name
            boolean placeName = m.actor().kind() == ActorKind.STATE
                    && PLACE_BEFORE.matcher(body.substring(Math.max(s.start(), m.start() - 60), m.start())).find();
            boolean companyName = m.actor().kind() == ActorKind.STATE
                    && COMPANY_WORD.matcher(body.substring(Math.max(s.start(), m.start() - 30), m.start())).find()
                    && article.actorsIn(Math.max(s.start(), m.start() - 30), m.start()).isEmpty();
            if (!inAttribution && !article.gazetteer.isMedia(m.actor()) && !placeName && !companyName) {
                parties.add(m);
            }
        }
        return new SentenceView(article, s, datelineEnd, attribution, List.copyOf(parties), List.copyOf(triggers));
    }

    int start() {
        return sentence.start();
    }

    int end() {
        return sentence.end();
    }

    String text() {
        return sentence.text();
    }

    /** The body between two offsets. */
    String text(int start, int end) {
        return article.body.substring(start, end);
    }

    /** The clause boundaries of the sentence in text order, found once for all its triggers. */
    List<Boundary> boundaries() {
        if (boundaries == null) {
            List<Boundary> found = new ArrayList<>();
            Matcher b = BOUNDARY.matcher(text());
            while (b.find()) {
                found.add(new Boundary(start() + b.start(), start() + b.end(), RELATIVE_WORD.matcher(b.group()).matches()));
            }
            boundaries = List.copyOf(found);
        }
        return boundaries;
    }
}
