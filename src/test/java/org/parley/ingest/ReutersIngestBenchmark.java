package org.parley.ingest;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.parley.model.Problem;

/**
 * Prints how fast ingest reads all of Reuters-21578 (stories, characters, seconds); asserts nothing
 * about time. Runs only when asked:
 * {@code mvn -q -o test -Dtest=ReutersIngestBenchmark -Dparley.bench=true}.
 */
class ReutersIngestBenchmark {
    private static final Path CORPUS = Path.of("..", "shared", "corpora", "reuters21578");

    @Test
    void readAllOfReuters() {
        Assumptions.assumeTrue(Boolean.getBoolean("parley.bench"), "benchmark: run with -Dparley.bench=true");
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "../shared not present: skipping the Reuters benchmark");
        run("warm-up");
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        for (int i = 1; i <= 3; i++) {
            run("run " + i);
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "ingest reuters: peak heap %.1f MB (max %d MB)%n",
                peak / 1e6, Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    private static void run(String label) {
        long[] stories = {0};
        long[] characters = {0};
        List<Problem> problems = new ArrayList<>();
        // CPU time too: on a shared 2-core machine the wall clock mostly measures the neighbours
        long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long start = System.nanoTime();
        new ArticleFolder(CORPUS).read(article -> {
            stories[0]++;
            characters[0] += article.body().length() + article.title().length();
        }, problems::add);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf(Locale.ROOT,
                "ingest reuters %s: %d stories, %d characters, %.2f s (%.2f s CPU), %.0f stories/s, %.1f M chars/s"
                        + " (per CPU second: %.0f stories, %.1f M chars), %d problems%n",
                label, stories[0], characters[0], seconds, cpu, stories[0] / seconds, characters[0] / seconds / 1e6,
                stories[0] / cpu, characters[0] / cpu / 1e6, problems.size());
    }
}
