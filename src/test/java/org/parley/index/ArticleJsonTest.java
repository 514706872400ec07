package org.parley.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.ActorMention;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.model.EventType;
import org.parley.model.TimeExpression;
import org.parley.model.TimeValue;
import org.parley.model.TimexType;

class ArticleJsonTest {
    @Test
    void anAnnotatedArticleComesBackEqual() {
        String body = "In January Mr. Sullivan phoned <script>Ushakov</script> for P3D \"quoted\".";
        Article a = new Article("id1", "news/a.html", "https://example.org/a", LocalDate.of(2024, 6, 12), "Tïtle", body);
        AnnotatedArticle in = new AnnotatedArticle(a,
                List.of(new TimeExpression(3, 10, "January", new TimeValue(TimexType.DATE, "2024-01", null,
                                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31))),
                        new TimeExpression(62, 65, "P3D", new TimeValue(TimexType.DURATION, "P3D", null, null, null))),
                List.of(new ActorMention(11, 23, "Mr. Sullivan", Fixtures.SULLIVAN, null),
                        new ActorMention(39, 46, "Ushakov", Fixtures.USHAKOV, "Presidential aide")));
        assertEquals(in, ArticleJson.fromJson(ArticleJson.toJson(in)));
    }

    @Test
    void theDatelineIngestMarkedComesBackWithTheArticle() {
        Article a = new Article("id2", "news/b.txt", null, LocalDate.of(2024, 6, 12), "T",
                "MOSCOW, June 11 - The Kremlin said it was ready to talk.").withDatelineMarked();
        AnnotatedArticle in = new AnnotatedArticle(a, List.of(), List.of());
        AnnotatedArticle back = ArticleJson.fromJson(ArticleJson.toJson(in));
        assertEquals(LocalDate.of(2024, 6, 11), back.article().dateline().day());
        assertEquals(in, back);
    }

    @Test
    void rawEventsKeepTheirActorsAliases() {
        Event e = Fixtures.event("e1", EventType.CALL, Fixtures.month("2024-01"), "Geneva", "a1", "They spoke.",
                Fixtures.SULLIVAN, Fixtures.USHAKOV);
        assertEquals(List.of(e), EventSchema.rawEventsFromJson(EventSchema.rawEventsToJson(List.of(e))));
    }

    @Test
    void malformedJsonSaysSo() {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> ArticleJson.fromJson("{oops"));
        assertEquals(true, ex.getMessage().startsWith("malformed JSON"));
    }
}
