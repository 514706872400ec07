package org.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.actor.Gazetteer;
import org.parley.event.ArticlePipeline;
import org.parley.event.EventJson;
import org.parley.event.EventRules;
import org.parley.eval.EventScorer;
import org.parley.ingest.ArticleFolder;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.model.Mention;
import org.parley.model.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Print the events of one article; nothing is indexed. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Print the events of one article file (plain text, HTML or JSON Lines); nothing is indexed.")
public final class ExtractCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "The article file.")
    Path file;

    @Option(names = "--published", paramLabel = "DATE", description = "Publication date (2024-06-12) to use instead of the file's.")
    String published;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "jsonl (one event in JSON per line) or table (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--gazetteer", paramLabel = "FILE", description = "A gazetteer file of your own to add (see data/actors/).")
    List<Path> gazetteers = new ArrayList<>();

    @Option(names = "--explain", description = "Say after each event which rules made it, and why (in JSON Lines: mentions[].why).")
    boolean explain;

    @Option(names = "--rules", paramLabel = "DIR", description = "A folder of event rules of your own to add (see data/events/en/README.md).")
    List<Path> ruleFolders = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!format.equals("jsonl") && !format.equals("table")) {
            throw new UsageException("--format must be jsonl or table, was '" + format + "'");
        }
        if (!Files.isRegularFile(file)) {
            throw new UsageException(file + ": no such file");
        }
        LocalDate day = null;
        if (published != null) {
            try {
                day = LocalDate.parse(published);
            } catch (DateTimeParseException e) {
                throw new UsageException("--published must be a day such as 2024-06-12, was '" + published + "'");
            }
        }
        Gazetteer gazetteer = Gazetteer.standard();
        for (Path g : gazetteers) {
            gazetteer = gazetteer.withUserFile(g);
        }
        EventRules rules = EventRules.standard();
        for (Path folder : ruleFolders) {
            rules = rules.withFolder(folder); // a rule that cannot be read is one line naming its file and line
        }
        List<Article> articles = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        ArticleFolder.readFile(file, day, articles::add, problems::add);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        problems.forEach(p -> err.println("parley: " + p));
        ArticlePipeline pipeline = ArticlePipeline.standard(gazetteer, rules);
        for (Article a : articles) {
            List<Event> events = pipeline.read(a).events();
            if (format.equals("jsonl")) {
                for (Event e : events) {
                    out.println(explain ? explained(e, rules) : EventJson.toJson(e));
                }
            } else {
                out.println("# " + a.source() + " (" + a.published() + "): " + a.title());
                for (Event e : events) {
                    out.println(EventScorer.describe(e) + "  " + (e.attribution() == null ? "" : "per " + e.attribution()));
                    out.println("    " + e.mentions().get(0).sentence().strip());
                    if (explain) {
                        for (Mention m : e.mentions()) {
                            out.println("    why" + (e.mentions().size() > 1 ? " (" + m.trigger() + ")" : "") + ":");
                            for (String r : m.rules()) {
                                String where = rules.where(r);
                                out.println("      " + r + ": " + rules.explain(r) + (where == null ? "" : " [" + where + "]"));
                            }
                        }
                    }
                }
            }
        }
        out.flush();
        return problems.isEmpty() ? Parley.OK : Parley.SOME_FAILED;
    }

    /** An event's JSON with each mention's rules said in words: {@code mentions[].why[] = {rule, says, where}}. */
    private static String explained(Event e, EventRules rules) {
        ObjectNode o = EventJson.toTree(e);
        for (JsonNode m : o.get("mentions")) {
            ArrayNode why = ((ObjectNode) m).putArray("why");
            for (JsonNode r : m.get("rules")) {
                ObjectNode w = why.addObject();
                w.put("rule", r.asText());
                w.put("says", rules.explain(r.asText()));
                w.put("where", rules.where(r.asText()));
            }
        }
        return o.toString();
    }
}
