package org.parley.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.event.EventJson;
import org.parley.event.HappeningMerger;
import org.parley.model.Event;

/**
 * A run killed with SIGKILL at any moment loses at most what it did since its last checkpoint, leaves an index whose
 * events are those of the articles it committed, and the next run goes on from there and ends with the index a clean
 * run gives, event for event.
 */
class CheckpointTest {
    @TempDir
    Path killed;
    @TempDir
    Path clean;

    @Test
    void killedRunsLoseAtMostTheWorkSinceTheirLastCheckpointAndTheNextRunEndsWhereACleanOneDoes() throws Exception {
        // before the first checkpoint, at a checkpoint's article (the kill may fall inside its commit), late in the run
        for (int killAt : new int[] {3, 10, 22}) {
            int before = articles(killed).size();
            Said said = runUntil(killAt);
            Map<String, String> kept = articles(killed);
            assertTrue(kept.size() >= before + said.committed(), "killed after put " + said.put() + ": " + kept.size()
                    + " articles kept, " + (before + said.committed()) + " were committed");
            assertTrue(kept.size() <= before + said.put(), "nothing beyond what the run put");
            assertEquals(mergedEventsOf(kept.keySet()), sorted(events(killed)), "the index is the merge of the articles it kept");
        }
        int kept = articles(killed).size();
        IndexReport resumed = run(killed);
        assertTrue(kept > 0, "the killed runs kept something");
        assertEquals(kept, resumed.unchanged(), "the last run skips what the killed ones committed: " + resumed.summary());
        assertEquals(CheckpointedRun.ARTICLES - kept, resumed.added());
        run(clean);
        assertEquals(events(clean), events(killed), "event for event as a clean run");
        assertEquals(articles(clean), articles(killed));
        try (EventSearcher a = EventSearcher.open(clean); EventSearcher b = EventSearcher.open(killed)) {
            assertEquals(a.knownActors(), b.knownActors());
        }
    }

    /** What a killed run said before it died: the last article it put and the articles it had put at its last commit. */
    private record Said(int put, int committed) {
    }

    /** Starts the child run and kills it once it says "put n"; then reads what else it said before it died. */
    private Said runUntil(int n) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                CheckpointedRun.class.getName(), killed.toString(), "10").redirectErrorStream(true).start();
        int put = 0;
        int committed = 0;
        boolean killedIt = false;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("put ")) {
                    put = Integer.parseInt(line.substring(4));
                } else if (line.startsWith("commit ")) {
                    committed = Integer.parseInt(line.substring(7));
                }
                if (put == n && !killedIt) {
                    // SIGKILL through the handle: no shutdown hook, no close, and its output stays readable
                    child.toHandle().destroyForcibly();
                    killedIt = true;
                }
            }
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        assertTrue(killedIt, "the child run got to put " + n);
        return new Said(put, committed);
    }

    private static IndexReport run(Path dir) throws IOException {
        try (LuceneEventIndex index = LuceneEventIndex.open(dir, new HappeningMerger())) {
            return new Indexer(CheckpointedRun.source(), CheckpointedRun.PIPELINE, 2)
                    .checkpoints(new Checkpoints(CheckpointedRun.COMMIT_EVERY, java.time.Duration.ofHours(1))).run(index);
        }
    }

    private static Map<String, String> articles(Path dir) throws IOException {
        try (LuceneEventIndex index = LuceneEventIndex.open(dir, new HappeningMerger())) {
            return index.manifest();
        }
    }

    private static List<String> events(Path dir) throws IOException {
        try (EventSearcher s = EventSearcher.open(dir)) {
            return s.allEvents().stream().map(EventJson::toJson).toList();
        }
    }

    /** What one merge of the events of these articles gives, sorted. */
    private static List<String> mergedEventsOf(java.util.Set<String> ids) {
        List<Event> raw = new ArrayList<>();
        for (String id : ids) {
            raw.addAll(CheckpointedRun.PIPELINE.apply(Fixtures.article(id, "")).events());
        }
        return sorted(new HappeningMerger().merge(raw).stream().map(EventJson::toJson).toList());
    }

    private static List<String> sorted(List<String> lines) {
        List<String> out = new ArrayList<>(lines);
        java.util.Collections.sort(out);
        return out;
    }
}
