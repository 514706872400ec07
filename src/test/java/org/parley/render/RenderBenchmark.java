package org.parley.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.ActorMention;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Article;
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
 * Renders 50,000 synthetic events and prints how long it took and how large the pages are; the targets
 * are under a minute and under 2 MB for the page of a year. Run it with
 * {@code mvn -q -o test -Dtest=RenderBenchmark -Dparley.bench=true} (it skips otherwise, to keep the
 * suite fast).
 */
class RenderBenchmark {
    static final int EVENTS = Integer.getInteger("parley.bench.events", 50_000);

    @Test
    void renderFiftyThousandEvents() throws IOException {
        Assumptions.assumeTrue(Boolean.getBoolean("parley.bench"), "benchmark: run with -Dparley.bench=true");
        Synthetic s = synthetic(EVENTS, 42);
        Path out = Path.of("target", "bench-site");
        String jfr = System.getProperty("parley.bench.jfr");
        jdk.jfr.Recording recording = null;
        if (jfr != null) {
            try {
                recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
            } catch (java.text.ParseException e) {
                throw new IllegalStateException(e);
            }
            recording.start();
        }
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        RenderReport r = new ThymeleafSiteRenderer(new SiteOptions("Benchmark", null, null)).render(s.events, s.articles, out);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long cpuMs = (os.getProcessCpuTime() - cpu0) / 1_000_000;
        if (recording != null) {
            recording.stop();
            recording.dump(Path.of(jfr));
        }
        long largestYear = 0;
        String largestName = "";
        try (Stream<Path> years = Files.list(out.resolve("years"))) {
            for (Path p : years.toList()) {
                long size = Files.size(p);
                if (size > largestYear) {
                    largestYear = size;
                    largestName = p.getFileName().toString();
                }
            }
        }
        System.out.printf(Locale.ROOT, "render benchmark: %d events, %d articles -> %d pages, %d files, %.1f MB in %.1f s "
                        + "(%.1f s of CPU, %.0f events/s); index.html %d KB; largest year page %s %.2f MB; search-index.js %.1f MB; heap used %d MB%n",
                r.events(), s.articles.size(), r.pages(), r.files(), r.bytes() / 1e6, ms / 1000.0, cpuMs / 1000.0, r.events() * 1000.0 / ms,
                Files.size(out.resolve("index.html")) / 1024, largestName, largestYear / 1e6,
                Files.size(out.resolve("search-index.js")) / 1e6,
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
        assertEquals(EVENTS, r.events());
    }

    record Synthetic(List<Event> events, List<AnnotatedArticle> articles) {
    }

    /** Events over ten years with every precision of date, 400 actors, 60 places and 5,000 articles. */
    static Synthetic synthetic(int n, long seed) {
        Random rnd = new Random(seed);
        String[] countries = {"USA", "RUS", "UKR", "TUR", "CHN", "FRA", "DEU", "GBR", "IND", "BRA", "QAT", "SAU"};
        List<Actor> actors = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            actors.add(new Actor("actor-" + i, "Actor Número " + i, i % 5 == 0 ? ActorKind.STATE : ActorKind.PERSON,
                    countries[i % countries.length], List.of(), List.of()));
        }
        List<AnnotatedArticle> articles = new ArrayList<>();
        String sentence = "Officials of both sides met for talks about a ceasefire, three sources said on Tuesday. ";
        for (int i = 0; i < 5000; i++) {
            String body = sentence.repeat(20);
            Actor a = actors.get(i % actors.size());
            articles.add(new AnnotatedArticle(new Article("art-" + i, "bench/" + i + ".txt", "https://example.org/" + i,
                    LocalDate.of(2015, 1, 1).plusDays(i % 3650), "Article " + i, body), List.of(),
                    List.of(new ActorMention(0, 9, "Officials", a, null))));
        }
        EventType[] types = EventType.values();
        EventMode[] modes = EventMode.values();
        List<Event> events = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            LocalDate day = LocalDate.of(2015, 1, 1).plusDays(rnd.nextInt(3652));
            TimeValue v = switch (i % 6) {
                case 0 -> new TimeValue(TimexType.DATE, String.valueOf(day.getYear()), TimexMod.END,
                        LocalDate.of(day.getYear(), 9, 1), LocalDate.of(day.getYear(), 12, 31));
                case 1 -> new TimeValue(TimexType.DATE, day.toString().substring(0, 7), null, day.withDayOfMonth(1),
                        day.withDayOfMonth(day.lengthOfMonth()));
                default -> new TimeValue(TimexType.DATE, day.toString(), null, day, day);
            };
            int art = rnd.nextInt(articles.size());
            Actor x = actors.get(rnd.nextInt(actors.size()));
            Actor y = actors.get(rnd.nextInt(actors.size()));
            List<Participant> ps = x == y ? List.of(new Participant(x, null, ParticipantRole.SOURCE))
                    : List.of(new Participant(x, "Minister", ParticipantRole.SOURCE), new Participant(y, null, ParticipantRole.TARGET));
            events.add(new Event(String.format(Locale.ROOT, "ev-%06d", i), types[i % types.length],
                    i % 10 == 0 ? modes[rnd.nextInt(modes.length)] : EventMode.ASSERTED,
                    new EventDate(v, DateBasis.TEXT, "on Tuesday"), ps, i % 3 == 0 ? "City " + (i % 60) : null,
                    x.name() + " and " + y.name() + " met for talks about a ceasefire", i % 4 == 0 ? "three sources" : null,
                    List.of(new Mention("art-" + art, articles.get(art).article().published(), "Article " + art,
                            "https://example.org/" + art, sentence.strip(), 0, sentence.strip().length(), "met"))));
        }
        return new Synthetic(events, articles);
    }
}
