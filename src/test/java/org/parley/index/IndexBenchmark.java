package org.parley.index;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.DateBasis;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.EventMode;
import org.parley.model.EventType;
import org.parley.model.Mention;
import org.parley.model.Participant;
import org.parley.model.ParticipantRole;
import org.parley.model.TimeValue;
import org.parley.model.TimexMod;
import org.parley.model.TimexType;

/**
 * How fast the index answers an analyst: builds an index of synthetic events (1,000,000 by default)
 * with Zipf-distributed actors and places and dates weighted toward recent years, then times random
 * actor queries and actor + date + facet queries. Prints figures; asserts nothing about speed.
 *
 * <p>Not part of the default test run (its name does not end in Test). Run it with
 * {@code mvn -q -o test -Dtest=IndexBenchmark -Dbench.events=1000000 -Dbench.queries=5000}
 * (or {@code java -Xmx2g -Dbench.events=... -cp target/classes:target/test-classes:DEPS org.parley.index.IndexBenchmark}).
 * It writes {@code target/bench-index}; {@code -Dbench.reuse=true} times the queries again on it without rebuilding.
 * Wall-clock latency on a shared machine mostly measures the other processes, so each query's CPU
 * time is printed next to it, with the load average.
 */
@Tag("benchmark")
class IndexBenchmark {
    private static final int ACTORS = 5000;
    private static final int PLACES = 400;
    private static final int SOURCES = 60;
    private static final String[] WORDS = ("talks ceasefire proposal meeting envoy sanctions call phone summit agreement "
            + "negotiations peace prisoner exchange grain corridor security guarantees border troops withdrawal aid "
            + "weapons minister president delegation mediator statement rejected offered signed warned demanded urged")
            .split(" ");

    /** Runs the benchmark outside Maven: {@code java -cp target/classes:target/test-classes:DEPS org.parley.index.IndexBenchmark}. */
    public static void main(String[] args) throws IOException {
        new IndexBenchmark().measure();
    }

    @Test
    void measure() throws IOException {
        int events = Integer.getInteger("bench.events", 1_000_000);
        int queries = Integer.getInteger("bench.queries", 5000);
        Path dir = Path.of("target", "bench-index");
        // -Dbench.reuse=true measures queries on the index a previous run built (same seed, same actors)
        boolean reuse = Boolean.getBoolean("bench.reuse") && Files.exists(dir.resolve("write.lock"));
        if (!reuse) {
            deleteTree(dir);
        }
        SplittableRandom rnd = new SplittableRandom(42);
        Zipf actorZipf = new Zipf(ACTORS, 1.0);
        Zipf placeZipf = new Zipf(PLACES, 1.1);
        List<Actor> actors = new ArrayList<>();
        for (int i = 0; i < ACTORS; i++) {
            String name = "Actor" + i + " Surname" + i;
            actors.add(new Actor("actor-" + i, name, i % 3 == 0 ? ActorKind.STATE : ActorKind.PERSON,
                    String.format(Locale.ROOT, "C%02d", i % 90), List.of("A" + i, "Mr. Surname" + i), List.of()));
        }

        long t0 = System.nanoTime();
        long cpu0 = processCpuNanos();
        if (!reuse) {
            build(dir, events, rnd, actors, actorZipf, placeZipf);
        }
        double buildSeconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "build cpu (all threads of this process, merges included): %.1f s%n",
                (processCpuNanos() - cpu0) / 1e9);
        long bytes;
        try (Stream<Path> files = Files.list(dir)) {
            bytes = files.mapToLong(p -> p.toFile().length()).sum();
        }
        measureQueries(dir, events, queries, buildSeconds, bytes, rnd, actors, actorZipf);
    }

    private static void build(Path dir, int events, SplittableRandom rnd, List<Actor> actors, Zipf actorZipf, Zipf placeZipf)
            throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(EventSchema.analyzer())
                .setIndexSort(EventSchema.indexOrder()).setRAMBufferSizeMB(256);
        try (FSDirectory d = FSDirectory.open(dir); IndexWriter w = new IndexWriter(d, config)) {
            for (int i = 0; i < events; i++) {
                w.addDocument(EventSchema.build(EventSchema.toDocument(randomEvent(i, rnd, actors, actorZipf, placeZipf),
                        id -> "source" + (Math.abs(id.hashCode()) % SOURCES))));
            }
            for (Actor a : actors) {
                w.addDocument(EventSchema.toDocument(a));
            }
            w.forceMerge(1);
            w.commit();
        }
    }

    private static void measureQueries(Path dir, int events, int queries, double buildSeconds, long bytes,
                                       SplittableRandom rnd, List<Actor> actors, Zipf actorZipf) throws IOException {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        try (EventSearcher s = EventSearcher.open(dir)) {
            long[][] wall = new long[2][queries];
            long[][] busy = new long[2][queries];
            long found = 0;
            for (int round = -1; round < 1; round++) { // round -1 warms up the JIT and the page cache
                for (int q = 0; q < queries; q++) {
                    Actor a = actors.get(actorZipf.next(rnd));
                    String name = rnd.nextBoolean() ? a.name() : a.aliases().get(rnd.nextInt(2));
                    int year = 1990 + rnd.nextInt(35);
                    EventQuery byActor = EventQuery.builder().actor(name).limit(20).build();
                    EventQuery byActorAndDate = EventQuery.builder().actor(name)
                            .from(LocalDate.of(year, 1 + rnd.nextInt(12), 1)).to(LocalDate.of(year + 1, 12, 31)).limit(20).build();
                    for (int kind = 0; kind < 2; kind++) {
                        long c0 = cpu.getCurrentThreadCpuTime();
                        long t0q = System.nanoTime();
                        SearchResult r = kind == 0 ? s.search(byActor) : s.search(byActorAndDate, true);
                        long t1q = System.nanoTime();
                        long c1 = cpu.getCurrentThreadCpuTime();
                        if (round == 0) {
                            wall[kind][q] = t1q - t0q;
                            busy[kind][q] = c1 - c0;
                            found += kind == 0 ? r.total() : 0;
                        }
                    }
                }
            }
            System.out.printf(Locale.ROOT, "events: %,d; build (add + forceMerge + commit): %.1f s; index: %.1f MB, %.0f bytes/event%n",
                    events, buildSeconds, bytes / 1e6, (double) bytes / events);
            System.out.printf(Locale.ROOT, "actor queries (%d, limit 20, avg %.0f hits)%n  wall: %s%n  cpu:  %s%n", queries,
                    (double) found / queries, percentiles(wall[0]), percentiles(busy[0]));
            System.out.printf(Locale.ROOT, "actor + date + facets queries (%d)%n  wall: %s%n  cpu:  %s%n", queries,
                    percentiles(wall[1]), percentiles(busy[1]));
            System.out.printf(Locale.ROOT, "load average while measuring: %.1f on %d processors%n",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
        }
    }

    private static Event randomEvent(int i, SplittableRandom rnd, List<Actor> actors, Zipf actorZipf, Zipf placeZipf) {
        int n = 1 + rnd.nextInt(3);
        List<Participant> parts = new ArrayList<>();
        List<String> used = new ArrayList<>();
        while (parts.size() < n) {
            Actor a = actors.get(actorZipf.next(rnd));
            if (!used.contains(a.id())) {
                used.add(a.id());
                parts.add(new Participant(a, null, parts.isEmpty() ? ParticipantRole.SOURCE : ParticipantRole.TARGET));
            }
        }
        EventType type = EventType.values()[Math.min(rnd.nextInt(EventType.values().length + 6) % EventType.values().length,
                EventType.values().length - 1)];
        String place = rnd.nextInt(10) < 6 ? "Place" + placeZipf.next(rnd) : null;
        StringBuilder sentence = new StringBuilder(parts.get(0).actor().name());
        for (int w = 0; w < 18; w++) {
            sentence.append(' ').append(WORDS[rnd.nextInt(WORDS.length)]);
        }
        sentence.append('.');
        String articleId = "art" + (i / 3);
        Mention m = new Mention(articleId, LocalDate.of(2024, 1, 1), "Title " + articleId, null, sentence.toString(),
                0, sentence.length(), null);
        return new Event("ev" + i, type, EventMode.ASSERTED, randomDate(rnd), parts, place, sentence.toString(), null,
                List.of(m));
    }

    /** Dates weighted toward recent years (quadratically), at mixed precision; 5% undated. */
    private static EventDate randomDate(SplittableRandom rnd) {
        int kind = rnd.nextInt(100);
        if (kind < 5) {
            return EventDate.none();
        }
        double u = rnd.nextDouble();
        LocalDate day = LocalDate.of(1987, 1, 1).plusDays((long) (Math.sqrt(u) * 38 * 365));
        return dated(kind, day);
    }

    /**
     * A date around a day at the precision a number from 5 to 99 draws: the day (under 55), its month (under 80), its
     * year (under 90) or the end of its year.
     */
    static EventDate dated(int kind, LocalDate day) {
        TimeValue v;
        if (kind < 55) {
            v = new TimeValue(TimexType.DATE, day.toString(), null, day, day);
        } else if (kind < 80) {
            LocalDate first = day.withDayOfMonth(1);
            v = new TimeValue(TimexType.DATE, first.toString().substring(0, 7), null, first, first.plusMonths(1).minusDays(1));
        } else if (kind < 90) {
            v = new TimeValue(TimexType.DATE, Integer.toString(day.getYear()), null, day.withDayOfYear(1),
                    day.withMonth(12).withDayOfMonth(31));
        } else {
            v = new TimeValue(TimexType.DATE, Integer.toString(day.getYear()), TimexMod.END,
                    LocalDate.of(day.getYear(), 9, 1), LocalDate.of(day.getYear(), 12, 31));
        }
        return new EventDate(v, DateBasis.TEXT, v.value());
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static String percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms",
                at(sorted, 0.50), at(sorted, 0.90), at(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    private static double at(long[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.round(p * (sorted.length - 1)))] / 1e6;
    }

    /** Deletes a folder and all it holds, if it is there. */
    static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** Samples ranks 0..n-1 with probability proportional to 1/(rank+1)^s, as names in news are spread. */
    private static final class Zipf {
        private final double[] cumulative;

        Zipf(int n, double s) {
            cumulative = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += 1 / Math.pow(i + 1, s);
                cumulative[i] = sum;
            }
            for (int i = 0; i < n; i++) {
                cumulative[i] /= sum;
            }
        }

        int next(SplittableRandom rnd) {
            int i = Arrays.binarySearch(cumulative, rnd.nextDouble());
            return Math.min(cumulative.length - 1, i >= 0 ? i : -i - 1);
        }
    }
}
