package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reuters-21578 into the local index, into a collection of the in-process cluster (2 nodes, 2 shards x 2 replicas) by
 * one worker, and into another by two workers at once ({@code --shard 1/2}, {@code 2/2}), each with one pipeline
 * thread: wall time, articles a second, and the heap in use after a collection at the end of each run. The workers
 * and the Solr nodes share this JVM and the machine's cores, so the figures are of Parley's writes and merges through
 * SolrJ, not of a cluster of machines. Prints figures; checks only that the three stores hold the same events.
 *
 * <p>Not part of the default test run. Run it with
 * {@code mvn -q -o test -Dtest=SolrClusterBenchmark -Dbench.reuters=../shared/corpora/reuters21578}.
 */
@Tag("benchmark")
class SolrClusterBenchmark {
    @TempDir
    Path dir;

    @Test
    void reutersIntoTheClusterBesideTheLocalIndex() throws Exception {
        Path reuters = Path.of(System.getProperty("bench.reuters", "../shared/corpora/reuters21578"));
        Assumptions.assumeTrue(Files.isDirectory(reuters), "no Reuters-21578 at " + reuters);
        MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(2, Files.createDirectories(dir.resolve("solr")))
                .addConfig("parley", Path.of("src/main/resources/parley/solr/conf").toAbsolutePath()).build();
        try {
            String url = cluster.getJettySolrRunner(0).getBaseUrl().toString();
            for (String c : List.of("one", "two")) {
                CollectionAdminRequest.createCollection(c, "parley", 2, 2).process(cluster.getSolrClient());
                cluster.waitForActiveCollection(c, 2, 4);
            }
            String[] local = {"--index", dir.resolve("local").toString()};
            String[] one = {"--solr", url, "--collection", "one"};
            String[] two = {"--solr", url, "--collection", "two"};
            time("local index, 1 worker", reuters, List.<String[]>of(local));
            time("collection, 1 worker", reuters, List.<String[]>of(one));
            time("collection, 2 workers", reuters, List.of(concat(two, "--shard", "1/2"), concat(two, "--shard", "2/2")));
            String events = run(concat(new String[] {"search", "--all", "--format", "jsonl"}, local));
            assertEquals(events, run(concat(new String[] {"search", "--all", "--format", "jsonl"}, one)));
            assertEquals(events, run(concat(new String[] {"search", "--all", "--format", "jsonl"}, two)));
            System.out.printf(Locale.ROOT, "the same %d events in all three%n", events.lines().count());
        } finally {
            cluster.shutdown();
        }
    }

    /** Runs some workers at once over the corpus and prints what they took. */
    private static void time(String what, Path reuters, List<String[]> workers) throws Exception {
        long t0 = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        List<String> reports = java.util.Collections.synchronizedList(new ArrayList<>());
        for (String[] w : workers) {
            String[] index = {"index", "--articles", reuters.toString(), "--threads", "1", "--quiet"};
            Thread t = new Thread(() -> reports.add(run(concat(index, w))));
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(workers.size(), reports.size(), "a worker failed");
        double seconds = (System.nanoTime() - t0) / 1e9;
        int articles = reports.stream().mapToInt(r -> Integer.parseInt(r.split(" ")[0])).sum();
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf(Locale.ROOT, "%-24s %6d articles in %6.1f s wall: %6.1f articles/s; heap in use after it %4d MB%n",
                what, articles, seconds, articles / seconds, heap >> 20);
        reports.forEach(r -> System.out.println("    " + r.strip()));
    }

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Parley.run(args, new PrintWriter(out), new PrintWriter(err));
        if (code > 1) {
            throw new AssertionError(String.join(" ", args) + ": " + err);
        }
        return out.toString();
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
