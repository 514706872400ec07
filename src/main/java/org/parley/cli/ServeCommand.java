package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.parley.index.EventReader;
import org.parley.index.EventStores;
import org.parley.index.StoreLocation;
import org.parley.serve.EventServer;
import org.parley.serve.RenderedSite;
import org.parley.serve.SearchPageRenderer;
import org.parley.serve.ThymeleafSearchPageRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Serve the site and a JSON search API from an index. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve a search page and a JSON API (GET /api/events?actor=&type=&place=&from=&to=&q=&limit=) from an index.",
                "Listens on 127.0.0.1 unless told otherwise; Ctrl-C stops it."})
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "The port (default 8080; 0: any free one).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "The address to listen on (default 127.0.0.1: this machine only).")
    String host;

    @Mixin
    SiteLook look;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (port < 0 || port > 65535) {
            throw new UsageException("--port must be between 0 and 65535, was " + port);
        }
        limitSlowClients();
        PrintWriter out = spec.commandLine().getOut();
        CountDownLatch stopped = new CountDownLatch(1);
        try (EventReader searcher = open(store.location());
             RenderedSite site = new RenderedSite(searcher, look.options());
             EventServer server = start(searcher, site)) {
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "parley-serve-stop"));
            out.println("Parley serves " + searcher.location() + " at " + server.uri() + " (the timeline at "
                    + server.uri().resolve(EventServer.SITE) + ", search at " + server.uri().resolve("/search")
                    + "; Ctrl-C to stop)");
            out.flush();
            stopped.await();
        }
        return Parley.OK;
    }

    /**
     * A client that sends its request or reads its answer too slowly must not hold a thread for ever. The JDK
     * server reads these limits only from system properties, once; {@code serve} is the whole process, so it
     * sets them here (a value given with {@code -D} wins) rather than the server class setting them for any JVM
     * that embeds it.
     */
    private static void limitSlowClients() {
        System.setProperty("sun.net.httpserver.maxReqTime", System.getProperty("sun.net.httpserver.maxReqTime", "30"));
        System.setProperty("sun.net.httpserver.maxRspTime", System.getProperty("sun.net.httpserver.maxRspTime", "60"));
    }

    private static EventReader open(StoreLocation index) throws IOException {
        try {
            return EventStores.openReader(index);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage()); // no index there
        }
    }

    private EventServer start(EventReader searcher, RenderedSite site) throws IOException {
        try {
            return EventServer.start(searcher, new InetSocketAddress(host, port), pages(), site);
        } catch (BindException e) {
            throw new UsageException("cannot listen on " + host + ":" + port + ": " + e.getMessage());
        }
    }

    /** The renderer of the live search page; the timeline's pages come from {@link RenderedSite}. */
    static SearchPageRenderer pages() {
        return new ThymeleafSearchPageRenderer();
    }
}
