package org.parley.time;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.parley.eval.TimeMlDocument;

/**
 * How fast the tagger reads news on one core: the whole TBAQ set after warm-up, in characters a
 * second, of the thread's CPU time (what one core gives) and of the wall clock (what a shared machine
 * gives). A benchmark prints figures, it asserts nothing. Its name keeps it out of {@code mvn test}
 * (Surefire runs {@code *Test} classes) and it skips unless asked:
 * {@code mvn -q -o test -Dtest=TaggerBenchmark -Dparley.benchmark=true}.
 */
@Tag("benchmark")
class TaggerBenchmark {
    private static final Path TBAQ = Path.of("..", "shared", "corpora", "tbaq");

    @Test
    void tagsTbaqAfterWarmUp() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("parley.benchmark"), "benchmark: run with -Dparley.benchmark=true");
        Assumptions.assumeTrue(Files.isDirectory(TBAQ), "../shared not present: skipping the benchmark");
        List<TimeMlDocument> docs = new ArrayList<>();
        try (Stream<Path> s = Files.list(TBAQ)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".tml")).sorted().toList()) {
                docs.add(TimeMlDocument.read(p));
            }
        }
        long chars = docs.stream().mapToLong(d -> d.text().length()).sum();
        ParleyTemporalTagger tagger = ParleyTemporalTagger.timeMl();
        long found = 0;
        for (int i = 0; i < 5; i++) { // warm-up: JIT, data files, Natty's parser
            for (TimeMlDocument d : docs) {
                found += tagger.tag(d.text(), d.dct()).size();
            }
        }
        int rounds = 10;
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            for (TimeMlDocument d : docs) {
                found += tagger.tag(d.text(), d.dct()).size();
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9; // what the thread used, whatever else ran
        System.out.printf(Locale.ROOT, "TaggerBenchmark: %d documents, %d characters, %d rounds on one thread:"
                + " %.0f characters/second of CPU time (%.1f ms a pass), %.0f characters/second wall clock"
                + " (%.1f ms a pass); %d expressions counted%n",
                docs.size(), chars, rounds, chars * rounds / cpu, cpu * 1000 / rounds, chars * rounds / seconds,
                seconds * 1000 / rounds, found);
    }
}
