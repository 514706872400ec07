package org.parley.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Measure throughput against raw Lucene indexing. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure throughput against raw Lucene indexing.")
public final class BenchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UsageException("'bench' is not built yet");
    }
}
