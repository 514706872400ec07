package org.parley.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Print the time expressions of a text. */
@Command(name = "timex", mixinStandardHelpOptions = true, description = "Print the time expressions of a text.")
public final class TimexCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UsageException("'timex' is not built yet");
    }
}
