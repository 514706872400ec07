package org.parley.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.event.ArticlePipeline;
import org.parley.event.EventJson;
import org.parley.ingest.ArticleFolder;
import org.parley.model.Article;
import org.parley.model.Event;

/** The bench measures the pipeline Parley's commands run, not a look-alike. */
class PipelineStagesTest {
    @Test
    void benchStagesTimedOrNotFindWhatTheStandardPipelineFinds() {
        List<Article> articles = new ArrayList<>();
        new ArticleFolder(Path.of("data", "articles")).read(articles::add, p -> { });
        ArticlePipeline standard = ArticlePipeline.standard();
        ArticlePipeline bench = PipelineStages.standard().timed(new StageClock()).pipeline();
        List<String> expected = new ArrayList<>();
        List<String> got = new ArrayList<>();
        for (Article a : articles) {
            standard.read(a).events().stream().map(EventJson::toJson).forEach(expected::add);
            for (Event e : bench.read(a).events()) {
                got.add(EventJson.toJson(e));
            }
        }
        assertFalse(expected.isEmpty());
        assertEquals(expected, got);
    }
}
