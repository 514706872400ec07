package org.parley.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Render the static site from an index. */
@Command(name = "render", mixinStandardHelpOptions = true, description = "Render the static site from an index.")
public final class RenderCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UsageException("'render' is not built yet");
    }
}
