package org.parley.cli;

import java.nio.file.Path;
import org.parley.index.StoreLocation;
import picocli.CommandLine.Option;

/**
 * Where the events are, shared by {@code index}, {@code search}, {@code render} and {@code serve} (a picocli mixin): a
 * local index folder, or a SolrCloud collection. The commands do the same with either.
 */
public final class StoreOptions {
    @Option(names = "--index", paramLabel = "DIR", description = "The local index folder (created by 'parley index' when missing).")
    Path index;

    @Option(names = "--solr", paramLabel = "URL|ZKHOST",
            description = "A SolrCloud instead of --index: a node's URL (http://host:8983/solr) or ZooKeeper (zk1:2181,zk2:2181/solr).")
    String solr;

    @Option(names = "--collection", paramLabel = "NAME", description = "The collection of --solr (its configset: README).")
    String collection;

    /** The store asked for; a missing or double one is the user's mistake. */
    StoreLocation location() {
        try {
            return new StoreLocation(index, solr, collection);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
