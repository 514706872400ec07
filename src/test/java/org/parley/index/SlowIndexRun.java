package org.parley.index;

import java.nio.file.Path;
import java.util.List;
import org.parley.model.EventType;

/**
 * A child process for {@link LuceneEventIndexTest}: puts articles into an index slowly, saying
 * "put N" after each, so that the test can kill it in the middle of a run; commits at the end.
 */
public final class SlowIndexRun {
    private SlowIndexRun() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        try (LuceneEventIndex index = LuceneEventIndex.open(dir, Fixtures.BY_ID)) {
            for (int i = 0; i < count; i++) {
                String id = "slow" + i;
                index.putArticle(Fixtures.articleEvents(Fixtures.article(id, "Body of " + id), List.of(
                        Fixtures.event("ev-" + id, EventType.MEET, Fixtures.day("2024-03-01"), null, id, "They met.",
                                Fixtures.PUTIN))));
                System.out.println("put " + (i + 1));
                System.out.flush();
                Thread.sleep(20);
            }
            index.commit();
            System.out.println("committed");
        }
    }
}
