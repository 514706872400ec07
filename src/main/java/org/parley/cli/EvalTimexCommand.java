package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.eval.TimexEvaluation;
import org.parley.model.TimeExpression;
import org.parley.time.ParleyTemporalTagger;
import org.parley.time.TimexJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Score time expressions against TimeML gold files (TempEval-3 measures), as timex_score.py does. */
@Command(name = "timex", mixinStandardHelpOptions = true,
        description = {"Score time expressions against TimeML gold files (TempEval-3 measures).",
                "Prints strict and relaxed span P/R/F1 and type and value F1 in timex_score.py's format; "
                        + "ranges are tagged as TimeML annotates them, one expression per end."})
public final class EvalTimexCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of TimeML .tml files.")
    Path gold;

    @Option(names = "--errors", description = "Also list value errors, missed and extra expressions.")
    boolean errors;

    @Option(names = "--system-out", paramLabel = "DIR",
            description = "Also write each document's expressions to DIR/NAME.jsonl (timex_score.py score reads them).")
    Path systemOut;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(gold)) {
            throw new UsageException("--gold " + gold + ": not a folder");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        TimexEvaluation.Result r = new TimexEvaluation(ParleyTemporalTagger.timeMl()).run(gold);
        if (r.documents().isEmpty() && r.problems().isEmpty()) {
            throw new UsageException("--gold " + gold + ": no .tml files");
        }
        if (systemOut != null) {
            Files.createDirectories(systemOut);
            for (TimexEvaluation.Tagged t : r.documents()) {
                List<String> lines = t.expressions().stream().map(TimexJson::toJson).toList();
                Files.write(systemOut.resolve(t.document().name() + ".jsonl"), lines, StandardCharsets.UTF_8);
            }
        }
        if (errors) {
            r.score().errors().forEach(out::println);
        }
        r.score().report().forEach(out::println);
        r.problems().forEach(p -> err.println("parley eval timex: skipped " + p));
        out.flush();
        return r.problems().isEmpty() ? Parley.OK : Parley.SOME_FAILED;
    }
}
