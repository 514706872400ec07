package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.eval.EventEvaluation;
import org.parley.eval.EventScorer;
import org.parley.eval.EventScorer.ArticleScore;
import org.parley.eval.EventScorer.Match;
import org.parley.eval.GoldTimeline.GoldEvent;
import org.parley.event.ArticlePipeline;
import org.parley.model.Event;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Score events against gold timeline files. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Score extracted events against gold timelines (files in the form of ../shared/gold/seed-events.json, or folders of them).")
public final class EvalEventsCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "FILE|DIR", description = "A gold file or a folder of them; may be repeated.")
    List<Path> gold;

    @Option(names = "--articles", required = true, paramLabel = "DIR", description = "The folder that holds the gold files' articles.")
    Path articles;

    @Option(names = {"-v", "--details"}, description = "List every gold event with the event matched to it, every unmatched event, and each missed event beside the event found for it with a wrong date (DATE).")
    boolean details;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        for (Path g : gold) {
            if (!Files.exists(g)) {
                throw new UsageException("--gold " + g + ": no such file or folder");
            }
        }
        if (!Files.isDirectory(articles)) {
            throw new UsageException("--articles " + articles + ": not a folder");
        }
        EventEvaluation ev = EventEvaluation.run(gold, articles, ArticlePipeline.standard());
        PrintWriter out = spec.commandLine().getOut();
        for (ArticleScore a : ev.articles()) {
            out.printf(Locale.ROOT, "%-40s gold %3d  found %3d  matched %3d  must %d/%d  must_not broken %d%n",
                    a.gold().file() + (a.gold().record() == null ? "" : "#" + a.gold().record()),
                    a.gold().events().size(), a.system().size(), a.matches().size(), a.mustFound(), a.mustTotal(),
                    a.violations().size());
            if (details) {
                for (Match m : a.matches()) {
                    out.println("    ok    " + m.gold().id() + " = " + EventScorer.describe(m.system()));
                }
                for (GoldEvent g : a.missed()) {
                    out.println("    MISS  " + (g.must() ? "(must) " : "") + g.id() + " " + g.types().get(0) + " " + g.value()
                            + " " + g.actors());
                }
                for (Event e : a.spurious()) {
                    out.println("    extra " + EventScorer.describe(e) + " | " + e.mentions().get(0).sentence().strip());
                }
                for (Match m : a.misdated()) {
                    out.println("    DATE  " + m.gold().id() + " gold " + m.gold().value() + " ours "
                            + EventScorer.describe(m.system()) + " | " + m.system().mentions().get(0).sentence().strip());
                }
                a.violations().forEach(v -> out.println("    MUST_NOT " + v));
                a.unchecked().forEach(v -> out.println("    (unchecked) " + v));
            }
        }
        int relaxed = ev.relaxed();
        out.printf(Locale.ROOT, "events: precision %.3f  recall %.3f  F1 %.3f  (%d matched, %d found, %d gold)%n",
                ev.precision(), ev.recall(), ev.f1(), ev.matched(), ev.extracted(), ev.goldEvents());
        out.printf(Locale.ROOT, "dates right for %d of %d events matched on type and actor (%.1f%%)%n",
                ev.matched(), relaxed, relaxed == 0 ? 0.0 : 100.0 * ev.matched() / relaxed);
        out.printf(Locale.ROOT, "must events found: %d of %d; must_not rules broken: %d%n", ev.mustFound(), ev.mustTotal(),
                ev.violations());
        out.printf(Locale.ROOT, "happenings told by several articles merged from all their sources: %d of %d%n",
                ev.merged(), ev.merges().size());
        if (details) {
            for (Map.Entry<String, Boolean> m : ev.merges().entrySet()) {
                out.println("    " + (m.getValue() ? "merged    " : "NOT merged ") + m.getKey()
                        + (m.getValue() ? "" : "  (" + ev.mergeNotes().get(m.getKey()) + ")"));
            }
        }
        ev.problems().forEach(p -> spec.commandLine().getErr().println("parley: " + p));
        out.flush();
        return ev.problems().isEmpty() ? Parley.OK : Parley.SOME_FAILED;
    }
}
