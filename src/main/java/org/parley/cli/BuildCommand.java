package org.parley.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Index the articles, then render the site. */
@Command(name = "build", mixinStandardHelpOptions = true, description = "Index the articles, then render the site.")
public final class BuildCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UsageException("'build' is not built yet");
    }
}
