package org.parley.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Score time expressions against TimeML gold files (TempEval-3 measures). */
@Command(name = "timex", mixinStandardHelpOptions = true, description = "Score time expressions against TimeML gold files (TempEval-3 measures).")
public final class EvalTimexCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UsageException("'timex' is not built yet");
    }
}
