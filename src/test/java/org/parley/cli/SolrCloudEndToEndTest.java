package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.parley.index.EventIndex;
import org.parley.index.EventStores;
import org.parley.index.Indexer;
import org.parley.index.Shard;
import org.parley.index.StoreLocation;
import org.parley.ingest.IngestOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same Parley over a real SolrCloud: two Jetty nodes and ZooKeeper in this JVM, collections of 2 shards x 2
 * replicas made from the configset Parley ships. The commands are the real ones, with {@code --solr --collection} in
 * place of {@code --index}; the local index of the same articles is the measure. One cluster for the whole class.
 */
class SolrCloudEndToEndTest {
    @TempDir
    static Path dir;
    private static MiniSolrCloudCluster cluster;
    private static String url;
    /** How many articles data/articles holds, as the local run read them. */
    private static int articles;

    @BeforeAll
    static void startCluster() throws Exception {
        try {
            cluster = new MiniSolrCloudCluster.Builder(2, Files.createDirectories(dir.resolve("solr")))
                    .addConfig("parley", Path.of("src/main/resources/parley/solr/conf").toAbsolutePath())
                    .build();
        } catch (Exception | LinkageError e) {
            Assumptions.abort("a SolrCloud cannot start here: " + e);
        }
        url = cluster.getJettySolrRunner(0).getBaseUrl().toString();
        String report = CliRun.ok("index", "--articles", "data/articles", "--index", dir.resolve("local").toString(), "--quiet");
        articles = Integer.parseInt(report.split(" ")[0]);
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (cluster != null) {
            try {
                cluster.shutdown();
            } catch (Exception e) {
                // a node restarted by the node-stop test may still be recovering: its late shutdown is no finding
                System.err.println("SolrCloudEndToEndTest: the cluster was slow to shut down: " + e);
            }
        }
    }

    private static void collection(String name) throws Exception {
        CollectionAdminRequest.createCollection(name, "parley", 2, 2).process(cluster.getSolrClient());
        cluster.waitForActiveCollection(name, 2, 4);
    }

    private static String[] on(String collection, String... args) {
        return through(url, collection, args);
    }

    /** A command on a collection reached through a node's URL or a ZooKeeper host. */
    private static String[] through(String solr, String collection, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--solr", solr, "--collection", collection));
        return all.toArray(String[]::new);
    }

    private static String[] local(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--index", dir.resolve("local").toString()));
        return all.toArray(String[]::new);
    }

    @Test
    void theCollectionHoldsTheEventsOfTheLocalIndexAndAnswersTheSame() throws Exception {
        collection("same");
        String report = CliRun.ok(on("same", "index", "--articles", "data/articles", "--quiet"));
        assertTrue(report.contains("events"), report);
        String all = CliRun.ok(local("search", "--all", "--format", "jsonl"));
        assertTrue(all.lines().count() > 50, "the local index has the events of data/articles");
        assertEquals(all, CliRun.ok(on("same", "search", "--all", "--format", "jsonl")), "the same events, by id and content");
        // the seed's actors by an alias in another case, a date overlap, facets
        for (String[] q : List.of(new String[] {"search", "--actor", "mr. sullivan", "--format", "json"},
                new String[] {"search", "--from", "2023-11-01", "--to", "2023-12", "--type", "MEET", "--facets", "--format", "json"},
                new String[] {"search", "--place", "Turkey", "talks"})) {
            assertEquals(CliRun.ok(local(q)), CliRun.ok(on("same", q)), String.join(" ", q));
        }
        // a second run finds every article unchanged and leaves the events as they are
        String again = CliRun.ok(on("same", "index", "--articles", "data/articles", "--quiet"));
        assertTrue(again.contains("unchanged"), again);
        assertEquals(all, CliRun.ok(on("same", "search", "--all", "--format", "jsonl")));
    }

    @Test
    void twoWorkersAtOnceOverOverlappingArticlesLeaveNoDuplicateAndLoseNoMention() throws Exception {
        collection("two");
        // one worker takes half the articles, the other all of them: half are told by both, and every merge block the
        // halves share is merged by both, committing every two articles so that their merges meet
        List<Thread> workers = new ArrayList<>();
        List<Throwable> failed = java.util.Collections.synchronizedList(new ArrayList<>());
        for (String[] shard : List.of(new String[] {"--shard", "1/2"}, new String[] {"--shard", "1/1"})) {
            Thread t = new Thread(() -> {
                try {
                    CliRun.ok(on("two", "index", "--articles", "data/articles", "--quiet", "--commit-every", "2", shard[0], shard[1]));
                } catch (Throwable e) {
                    failed.add(e);
                }
            });
            workers.add(t);
            t.start();
        }
        for (Thread t : workers) {
            t.join();
        }
        assertEquals(List.of(), failed);
        assertEquals(CliRun.ok(local("search", "--all", "--format", "jsonl")), CliRun.ok(on("two", "search", "--all", "--format", "jsonl")));
    }

    @Test
    void workersOfTheirOwnShardsTogetherIndexEveryArticleOnce() throws Exception {
        collection("shards");
        String first = CliRun.ok(on("shards", "index", "--articles", "data/articles", "--quiet", "--shard", "1/2"));
        String second = CliRun.ok(on("shards", "index", "--articles", "data/articles", "--quiet", "--shard", "2/2"));
        int a = Integer.parseInt(first.split(" ")[0]);
        int b = Integer.parseInt(second.split(" ")[0]);
        assertEquals(articles, a + b, first + second);
        assertTrue(a > 0 && b > 0, first + second);
        assertEquals(CliRun.ok(local("search", "--all", "--format", "jsonl")), CliRun.ok(on("shards", "search", "--all", "--format", "jsonl")));
    }

    @Test
    void aNodeStoppedInTheMiddleOfIndexingLosesNothing() throws Exception {
        collection("failover");
        List<Throwable> failed = java.util.Collections.synchronizedList(new ArrayList<>());
        Thread run = new Thread(() -> {
            try {
                CliRun.ok(on("failover", "index", "--articles", "data/articles", "--quiet", "--commit-every", "1"));
            } catch (Throwable e) {
                failed.add(e);
            }
        });
        run.start();
        // the second node goes once the run has committed its first article: half the replicas, and the leaders of
        // the shards it led, go with it; the run goes on against the other node's replicas
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(120);
        while (committedArticles("failover") == 0 && run.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        boolean midRun = run.isAlive();
        org.apache.solr.embedded.JettySolrRunner stopped = cluster.stopJettySolrRunner(1);
        try {
            cluster.waitForJettyToStop(stopped);
            run.join();
            assertEquals(List.of(), failed);
            assertTrue(midRun, "the run had ended before the node stopped: nothing was tested");
            assertEquals(CliRun.ok(local("search", "--all", "--format", "jsonl")),
                    CliRun.ok(on("failover", "search", "--all", "--format", "jsonl")));
        } finally {
            cluster.startJettySolrRunner(stopped);
            cluster.waitForAllNodes(60);
        }
    }

    @Test
    void aWorkerKilledInItsMergeLeavesMarkersTheNextWorkerMergesAgain() throws Exception {
        collection("killed");
        // half the articles indexed and merged first, so that the killed worker's blocks hold happenings already
        CliRun.ok(on("killed", "index", "--articles", "data/articles", "--quiet", "--shard", "1/2"));
        // the second worker dies inside its merge: its raw events and articles are written and visible, its markers
        // name the blocks, but no happening of its articles is written and its markers stay
        org.parley.event.EventMerger dies = events -> {
            throw new KilledInMerge();
        };
        Indexer worker = new Indexer(IndexCommand.Wiring.source(Path.of("data/articles"), IngestOptions.defaults()),
                IndexCommand.Wiring.pipeline(), 1).shard(Shard.parse("2/2"));
        try (EventIndex idx = EventStores.openIndex(StoreLocation.solr(url, "killed"), dies)) {
            assertThrows(KilledInMerge.class, () -> worker.run(idx));
        }
        assertTrue(count("killed", "kind:pending") > 0, "the killed worker left markers");
        assertNotEquals(CliRun.ok(local("search", "--all", "--format", "jsonl")),
                CliRun.ok(on("killed", "search", "--all", "--format", "jsonl")), "the killed worker's events are not merged yet");
        // the next worker finds every article stored as it is, merges the marked blocks and drops the markers
        String next = CliRun.ok(on("killed", "index", "--articles", "data/articles", "--quiet"));
        assertTrue(next.contains("unchanged"), next);
        assertEquals(0, count("killed", "kind:pending"), "the markers are dropped once their merge is committed");
        assertEquals(CliRun.ok(local("search", "--all", "--format", "jsonl")),
                CliRun.ok(on("killed", "search", "--all", "--format", "jsonl")));
    }

    @Test
    void aZooKeeperHostReachesTheCollectionAsANodesUrlDoes() throws Exception {
        collection("zk");
        // the cluster's ZooKeeper with its chroot, as an analyst would give it: host:port/solr
        String zk = cluster.getZkServer().getZkAddress();
        assertTrue(zk.contains("/"), zk);
        String report = CliRun.ok(through(zk, "zk", "index", "--articles", "data/articles", "--quiet"));
        assertEquals(articles, Integer.parseInt(report.split(" ")[0]), report);
        String all = CliRun.ok(local("search", "--all", "--format", "jsonl"));
        assertEquals(all, CliRun.ok(through(zk, "zk", "search", "--all", "--format", "jsonl")));
        assertEquals(all, CliRun.ok(on("zk", "search", "--all", "--format", "jsonl")), "written through ZooKeeper, read through a node");
    }

    /** What a merger throws to stand for its worker's death. */
    private static final class KilledInMerge extends RuntimeException {
        KilledInMerge() {
            super("killed in the merge");
        }
    }

    private static long count(String collection, String query) throws Exception {
        return cluster.getSolrClient().query(collection, new org.apache.solr.client.solrj.SolrQuery(query).setRows(0))
                .getResults().getNumFound();
    }

    private static long committedArticles(String collection) throws Exception {
        return count(collection, "kind:article");
    }
}
