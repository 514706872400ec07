package org.parley.index;

import java.nio.file.Path;

/**
 * Where an event store is: a local index folder, or a SolrCollection reached through a Solr URL or a ZooKeeper host.
 * Exactly one of the two is given.
 *
 * @param dir        the local index folder, or null
 * @param solr       a Solr URL ({@code http://host:8983/solr}) or ZooKeeper host ({@code zk1:2181/solr}), or null
 * @param collection the collection's name, with {@code solr}
 */
public record StoreLocation(Path dir, String solr, String collection) {
    public StoreLocation {
        if ((dir == null) == (solr == null)) {
            throw new IllegalArgumentException("give either --index DIR or --solr URL|ZKHOST --collection NAME");
        }
        if (solr != null && (collection == null || collection.isBlank())) {
            throw new IllegalArgumentException("--solr " + solr + " needs --collection NAME");
        }
        if (dir != null && collection != null) {
            throw new IllegalArgumentException("--collection goes with --solr, not with --index");
        }
    }

    /** A local index folder. */
    public static StoreLocation local(Path dir) {
        return new StoreLocation(dir, null, null);
    }

    /** A SolrCloud collection. */
    public static StoreLocation solr(String solr, String collection) {
        return new StoreLocation(null, solr, collection);
    }

    /** The store in words, for messages. */
    @Override
    public String toString() {
        return dir != null ? dir.toString() : solr + " collection " + collection;
    }
}
