package org.parley.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Serve the site and a JSON search API from an index. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the site and a JSON search API from an index.")
public final class ServeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UsageException("'serve' is not built yet");
    }
}
