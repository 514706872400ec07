package org.parley.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Print the events of one article; nothing is indexed. */
@Command(name = "extract", mixinStandardHelpOptions = true, description = "Print the events of one article; nothing is indexed.")
public final class ExtractCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UsageException("'extract' is not built yet");
    }
}
