package org.parley.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Index a folder of articles, incrementally. */
@Command(name = "index", mixinStandardHelpOptions = true, description = "Index a folder of articles, incrementally.")
public final class IndexCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UsageException("'index' is not built yet");
    }
}
