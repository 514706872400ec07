package org.parley.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Search events by actor, type, place, date and words. */
@Command(name = "search", mixinStandardHelpOptions = true, description = "Search events by actor, type, place, date and words.")
public final class SearchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UsageException("'search' is not built yet");
    }
}
