package org.parley.event;

import java.time.LocalDate;
import org.parley.actor.Gazetteer;
import org.parley.actor.GazetteerActorResolver;
import org.parley.model.AnalyzedText;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Article;
import org.parley.time.ParleyTemporalTagger;

/** Test views of one-sentence articles, read by the real tagger and resolver, for the tests of single passes. */
final class Views {
    private static final ParleyTemporalTagger TIME = new ParleyTemporalTagger();
    private static final GazetteerActorResolver ACTORS = new GazetteerActorResolver();
    private static final EventRules PATTERNS = EventRules.standard();
    private static final RuleTriggerSpotter TRIGGERS = new RuleTriggerSpotter(PATTERNS.triggers);

    private Views() {
    }

    /** The view of the first sentence of a text published on a day. */
    static SentenceView of(String published, String text) {
        LocalDate day = LocalDate.parse(published);
        Article article = new Article("t", "t.txt", null, day, "Title", text).withDatelineMarked();
        AnalyzedText analyzed = TestTexts.analyze(text).withDateline(article.dateline());
        AnnotatedArticle annotated = new AnnotatedArticle(article, TIME.tag(analyzed, day), ACTORS.resolve(analyzed, day));
        ArticleView a = new ArticleView(annotated, analyzed, Gazetteer.standard(), PATTERNS);
        var s = analyzed.sentences().get(0);
        return SentenceView.of(a, s, new SourceAttributionFinder(PATTERNS).find(a, s), TRIGGERS.spot(s));
    }

    /** The trigger match of a view whose words are given. */
    static TriggerMatch trigger(SentenceView v, String words) {
        return v.triggers.stream().filter(t -> v.text(t.start(), t.end()).equals(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no trigger '" + words + "' in " + v.text()));
    }
}
