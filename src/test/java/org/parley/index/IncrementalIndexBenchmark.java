package org.parley.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.parley.bench.HeapWatch;
import org.parley.event.ArticleEvents;
import org.parley.event.HappeningMerger;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.EventMode;
import org.parley.model.EventType;
import org.parley.model.Mention;
import org.parley.model.Participant;
import org.parley.model.ParticipantRole;

/**
 * What an incremental run costs as the index grows for years: indexes of 10k, 100k and 1M synthetic events (an archive
 * that grows by a steady {@value #EVENTS_PER_YEAR} events a year, some thirty a day, so that 100 times the events is
 * 100 times the years),
 * then 100 new articles of the latest month put in and committed, each time in a fresh JVM on a fresh copy of the
 * index: wall and CPU time, peak heap and heap live after collections, and how many raw events the commit merged again.
 * With {@code -Dbench.full=true} it also times what the commit did before the merge by block: every raw event of the
 * index read back and merged at once. Prints figures; asserts nothing.
 *
 * <p>Not part of the default test run (its name does not end in Test). Run it with
 * {@code mvn -q -o test -Dtest=IncrementalIndexBenchmark -Dbench.sizes=10000,100000,1000000 -Dbench.dir=/tmp/parley-incremental}.
 * The indexes are built once into {@code bench.dir} and reused by later runs (building 1M events takes a while).
 */
@Tag("benchmark")
class IncrementalIndexBenchmark {
    static final int EVENTS_PER_YEAR = Integer.getInteger("bench.perYear", 10_000);
    static final int EVENTS_PER_MONTH = EVENTS_PER_YEAR / 12;
    /** Events in a hundred that have no date at all (Reuters-21578: 3 in a hundred). */
    static final int UNDATED_PERCENT = Integer.getInteger("bench.undated", 5);
    static final int EVENTS_PER_ARTICLE = 3;
    static final int NEW_ARTICLES = 100;
    private static final int ACTORS = 5000;
    private static final YearMonth FIRST = YearMonth.of(1900, 1);
    private static final EventType[] TYPES = EventType.values();

    @Test
    void measure() throws Exception {
        Path base = Path.of(System.getProperty("bench.dir", "target/bench-incremental"));
        int runs = Integer.getInteger("bench.runs", 3);
        boolean full = Boolean.getBoolean("bench.full");
        for (String s : System.getProperty("bench.sizes", "10000,100000").split(",")) {
            int events = Integer.parseInt(s.strip());
            Path index = base.resolve("index-" + events + "-" + EVENTS_PER_YEAR + "-" + UNDATED_PERCENT);
            if (!Files.exists(index.resolve("built"))) {
                build(index, events);
            }
            System.out.printf(Locale.ROOT, "%,d events (%,d months at %,d a year, %d%% undated), index %.0f MB, %s", events,
                    months(events), EVENTS_PER_YEAR, UNDATED_PERCENT, size(index) / 1e6,
                    Files.readString(index.resolve("built")));
            for (int r = 0; r < runs; r++) {
                Path copy = base.resolve("copy");
                copyTree(index, copy);
                System.out.println("  add   " + child("add", copy, events));
                IndexBenchmark.deleteTree(copy);
            }
            if (full) {
                System.out.println("  whole " + child("whole", index, events));
            }
            System.out.printf(Locale.ROOT, "  load average %.1f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static long months(int events) {
        return (events + EVENTS_PER_MONTH - 1) / EVENTS_PER_MONTH;
    }

    /** Builds an index of about {@code events} events, in the order the months came, committing every 10,000 articles. */
    private static void build(Path index, int events) throws IOException {
        IndexBenchmark.deleteTree(index);
        long t0 = System.nanoTime();
        Synthetic world = new Synthetic(new SplittableRandom(14));
        try (LuceneEventIndex idx = LuceneEventIndex.open(index, new HappeningMerger())) {
            int articles = events / EVENTS_PER_ARTICLE;
            for (int a = 0; a < articles; a++) {
                idx.putArticle(world.article("art" + a, FIRST.plusMonths((long) a * EVENTS_PER_ARTICLE / EVENTS_PER_MONTH)));
                if ((a + 1) % 10_000 == 0) {
                    idx.commit();
                }
            }
            idx.commit();
        }
        Files.writeString(index.resolve("built"), "built in " + (System.nanoTime() - t0) / 1_000_000_000 + " s\n");
        System.out.printf(Locale.ROOT, "built %,d events in %.0f s%n", events, (System.nanoTime() - t0) / 1e9);
    }

    /** Runs one measurement in a JVM of its own, so that its heap figures are its own, and returns its line. */
    private static String child(String what, Path index, int events) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx" + System.getProperty("bench.xmx", "1g"),
                "-Dbench.perYear=" + EVENTS_PER_YEAR, "-Dbench.undated=" + UNDATED_PERCENT, "-cp", System.getProperty("java.class.path"),
                IncrementalIndexBenchmark.class.getName(), what, index.toString(), Integer.toString(events))
                .redirectErrorStream(true).start();
        StringBuilder out = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            r.lines().forEach(l -> out.append(l).append(' '));
        }
        p.waitFor();
        return out.toString().strip();
    }

    /** The child: {@code add DIR EVENTS} puts 100 new articles of the latest month and commits; {@code whole DIR EVENTS}
     * reads every raw event and merges them at once. */
    public static void main(String[] args) throws IOException {
        Path index = Path.of(args[1]);
        int events = Integer.parseInt(args[2]);
        var cpu = ManagementFactory.getThreadMXBean();
        HeapWatch heap = HeapWatch.start();
        long c0 = cpu.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        String what;
        if (args[0].equals("add")) {
            Synthetic world = new Synthetic(new SplittableRandom(events));
            YearMonth last = FIRST.plusMonths(months(events) - 1);
            try (LuceneEventIndex idx = LuceneEventIndex.open(index, new HappeningMerger())) {
                for (int a = 0; a < NEW_ARTICLES; a++) {
                    idx.putArticle(world.article("new" + a, last));
                }
                long total = idx.commit();
                what = String.format(Locale.ROOT, "re-merged %,d raw events into %,d; %,d events in the index",
                        idx.lastCommit().raw(), idx.lastCommit().events(), total);
            }
        } else {
            List<Event> raw = new ArrayList<>();
            try (FSDirectory d = FSDirectory.open(index); DirectoryReader r = DirectoryReader.open(d)) {
                IndexSearcher s = new IndexSearcher(r);
                TermQuery q = new TermQuery(new Term(EventSchema.KIND, EventSchema.RAW));
                StoredFields stored = r.storedFields();
                for (ScoreDoc sd : s.search(q, Math.max(1, s.count(q))).scoreDocs) {
                    Document doc = stored.document(sd.doc, java.util.Set.of(EventSchema.RAW_EVENT));
                    raw.add(EventSchema.rawEventOf(doc));
                }
            }
            int merged = new HappeningMerger().merge(raw).size();
            what = String.format(Locale.ROOT, "read and merged %,d raw events into %,d", raw.size(), merged);
        }
        long wall = System.nanoTime() - t0;
        long busy = cpu.getCurrentThreadCpuTime() - c0;
        heap.close();
        System.out.printf(Locale.ROOT, "%.2f s wall, %.2f s cpu, peak heap %.0f MB, live after gc %.0f MB: %s%n",
                wall / 1e9, busy / 1e9, heap.peak() / 1e6, heap.liveAfterGc() / 1e6, what);
    }

    /**
     * Articles of a made-up world: 5,000 actors (a third of them states) of 90 countries named with Zipf's law, three
     * events an article of every type, mostly asserted, dated to the day (about half), the month (a quarter), the year
     * or late in the year (a tenth each), or, {@code bench.undated} in a hundred, not at all.
     */
    static final class Synthetic {
        private final SplittableRandom rnd;
        private final double[] zipf = new double[ACTORS];
        private final List<Actor> actors = new ArrayList<>();

        Synthetic(SplittableRandom rnd) {
            this.rnd = rnd;
            double sum = 0;
            for (int i = 0; i < ACTORS; i++) {
                sum += 1.0 / (i + 1);
                zipf[i] = sum;
                actors.add(new Actor("actor-" + i, "Actor" + i + " Surname" + i, i % 3 == 0 ? ActorKind.STATE : ActorKind.PERSON,
                        String.format(Locale.ROOT, "C%02d", i % 90), List.of("A" + i, "Mr. Surname" + i), List.of()));
            }
            for (int i = 0; i < ACTORS; i++) {
                zipf[i] /= sum;
            }
        }

        ArticleEvents article(String id, YearMonth month) {
            LocalDate published = month.atEndOfMonth();
            String body = "Report " + id + " of " + month + ".";
            Article article = new Article(id, id + ".txt", null, published, "Title " + id, body);
            List<Event> events = new ArrayList<>();
            for (int i = 0; i < EVENTS_PER_ARTICLE; i++) {
                events.add(event(id, i, month, published));
            }
            return new ArticleEvents(new AnnotatedArticle(article, List.of(), List.of()), events);
        }

        private Event event(String article, int n, YearMonth month, LocalDate published) {
            List<Participant> parts = new ArrayList<>();
            int count = 1 + rnd.nextInt(3);
            while (parts.size() < count) {
                Actor a = actors.get(actor());
                if (parts.stream().noneMatch(p -> p.actor().id().equals(a.id()))) {
                    parts.add(new Participant(a, null, parts.isEmpty() ? ParticipantRole.SOURCE : ParticipantRole.TARGET));
                }
            }
            EventType type = TYPES[rnd.nextInt(TYPES.length)];
            EventMode mode = rnd.nextInt(10) == 0 ? EventMode.PLANNED : EventMode.ASSERTED;
            String sentence = parts.get(0).actor().name() + " and others, report " + article + " event " + n + ".";
            Mention m = new Mention(article, published, "Title " + article, null, sentence, 0, sentence.length(), null);
            return new Event(type.name().toLowerCase(Locale.ROOT) + "-" + article + "-" + n, type, mode, date(month), parts,
                    rnd.nextInt(10) < 4 ? "Place" + rnd.nextInt(300) : null, sentence, null, List.of(m));
        }

        private int actor() {
            int i = Arrays.binarySearch(zipf, rnd.nextDouble());
            return Math.min(ACTORS - 1, i >= 0 ? i : -i - 1);
        }

        private EventDate date(YearMonth month) {
            if (rnd.nextInt(100) < UNDATED_PERCENT) {
                return EventDate.none();
            }
            int kind = 5 + rnd.nextInt(95);
            return IndexBenchmark.dated(kind, month.atDay(1 + rnd.nextInt(month.lengthOfMonth())));
        }
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        IndexBenchmark.deleteTree(to);
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                if (!f.getFileName().toString().equals("write.lock")) {
                    Files.copy(f, to.resolve(f.getFileName()));
                }
            }
        }
    }
}
