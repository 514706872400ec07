package org.parley.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Score events against a gold timeline file. */
@Command(name = "events", mixinStandardHelpOptions = true, description = "Score events against a gold timeline file.")
public final class EvalEventsCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UsageException("'events' is not built yet");
    }
}
