package org.parley.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexableField;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;

/**
 * One SolrCloud collection as Parley talks to it: documents in (made from the very Lucene documents of
 * {@link EventSchema}, field for field), documents out a page at a time, and every call retried while the cluster
 * fails over (a node stopped, a leader being elected), so that a worker rides out a node going down.
 *
 * <p>The collection's configset ({@value #CONFIGSET}) names the fields of {@link EventSchema}, one to one, and the few of
 * the Solr store's own ({@link #OWN_FIELDS}); {@code SolrConfigsetTest} checks that the two agree.
 */
final class SolrCollection implements AutoCloseable {
    /** Where the configset lies in the jar (and in the sources, under src/main/resources). */
    static final String CONFIGSET = "parley/solr/conf";
    /** The unique key of every document. */
    static final String UID = "uid";
    static final String VERSION = "_version_";
    static final String LOCK_OWNER = "lock_owner";
    static final String LOCK_SINCE = "lock_since";
    /** Fields no {@link EventSchema} document has: SolrCloud's own and the Solr store's locks. */
    static final Set<String> OWN_FIELDS = Set.of(UID, VERSION, LOCK_OWNER, LOCK_SINCE);
    /** The documents of a Lucene facet dimension are kept in a field of their own. */
    static final String FACET_PREFIX = "facet_";
    /** Kinds of documents only the Solr store writes. */
    static final String PENDING = "pending";
    static final String LOCK = "lock";
    private static final int PAGE = 1000;
    /** How long a call is tried again while the cluster fails over, at most. */
    private static final long RETRY_NANOS = TimeUnit.SECONDS.toNanos(90);

    private final String location;
    private final String name;
    private final SolrClient client;

    private SolrCollection(String location, String name, SolrClient client) {
        this.location = location;
        this.name = name;
        this.client = client;
    }

    /**
     * Connects to a collection through a Solr URL ({@code http://host:8983/solr}) or a ZooKeeper host
     * ({@code zk1:2181,zk2:2181/solr}).
     */
    static SolrCollection connect(String solr, String collection) {
        if (collection == null || collection.isBlank()) {
            throw new IllegalArgumentException("--solr needs --collection NAME");
        }
        CloudSolrClient client;
        if (solr.startsWith("http://") || solr.startsWith("https://")) {
            client = new CloudSolrClient.Builder(List.of(solr)).withDefaultCollection(collection).build();
        } else {
            int slash = solr.indexOf('/');
            List<String> hosts = List.of((slash < 0 ? solr : solr.substring(0, slash)).split(","));
            Optional<String> chroot = slash < 0 ? Optional.empty() : Optional.of(solr.substring(slash));
            client = new CloudSolrClient.Builder(hosts, chroot).withDefaultCollection(collection)
                    .withZkConnectTimeout(15, TimeUnit.SECONDS).build();
        }
        return new SolrCollection(solr + " collection " + collection, collection, client);
    }

    /** A collection over a client the caller made (a test's cluster); closing it closes the client. */
    static SolrCollection over(SolrClient client, String collection) {
        return new SolrCollection(collection, collection, client);
    }

    String location() {
        return location;
    }

    String name() {
        return name;
    }

    /** A Lucene document of {@link EventSchema} as a Solr document under a unique key, its facets in their fields. */
    static SolrInputDocument toSolr(Document d, String uid) {
        SolrInputDocument s = new SolrInputDocument();
        s.setField(UID, uid);
        for (IndexableField f : d) {
            if (f instanceof SortedSetDocValuesFacetField facet) {
                s.addField(FACET_PREFIX + facet.dim, facet.label);
            } else if (f.numericValue() != null) {
                s.addField(f.name(), f.numericValue());
            } else if (f.stringValue() != null) {
                s.addField(f.name(), f.stringValue());
            } else {
                s.addField(f.name(), f.binaryValue().utf8ToString());
            }
        }
        return s;
    }

    /**
     * A filter of the {@code {!terms}} parser: any of these values of a field. Joined with U+2063 (invisible separator),
     * which no block key or actor id holds, rather than the comma an id may hold; the parser takes a control character
     * for the end of the parameter, as it is whitespace to Java.
     */
    static String anyOf(String field, Collection<String> values) {
        return "{!terms f=" + field + " separator=\u2063}" + String.join("\u2063", values);
    }

    void add(Collection<SolrInputDocument> docs) throws IOException {
        if (!docs.isEmpty()) {
            call(() -> client.add(name, docs));
        }
    }

    void deleteById(List<String> uids) throws IOException {
        if (!uids.isEmpty()) {
            call(() -> client.deleteById(name, uids));
        }
    }

    void deleteByQuery(String q) throws IOException {
        call(() -> client.deleteByQuery(name, q));
    }

    /** A hard commit that opens a new searcher: what was written becomes visible to every query. */
    void commit() throws IOException {
        call(() -> client.commit(name, true, true));
    }

    /**
     * Adds one document only if the version it was read at is still the stored one ({@code -1}: only if absent).
     *
     * @return false when another writer changed it first (Solr's 409)
     */
    boolean addIfVersion(SolrInputDocument doc, long version) throws IOException {
        doc.setField(VERSION, version);
        try {
            call(() -> client.add(name, doc));
            return true;
        } catch (IOException e) {
            if (conflict(e)) {
                return false;
            }
            throw e;
        }
    }

    /** The stored version of a document, read in real time (uncommitted writes included); 0 when absent. */
    long version(String uid) throws IOException {
        SolrDocument d = get(uid);
        return d == null ? 0 : ((Number) d.getFieldValue(VERSION)).longValue();
    }

    /** A document read in real time, or null. */
    SolrDocument get(String uid) throws IOException {
        return call(() -> client.getById(name, uid));
    }

    /** How many documents match, as of the last commit. */
    long count(String q, String... filters) throws IOException {
        SolrQuery query = new SolrQuery(q).setRows(0);
        query.setFilterQueries(filters);
        return call(() -> client.query(name, query, SolrRequest.METHOD.POST)).getResults().getNumFound();
    }

    /** Some fields of every document that matches, a page at a time (a cursor), handed on one at a time, none kept. */
    void forEach(String q, List<String> filters, List<String> fields, Consumer<SolrDocument> action) throws IOException {
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            SolrQuery query = new SolrQuery(q).setRows(PAGE).setSort(UID, SolrQuery.ORDER.asc);
            query.setFilterQueries(filters.toArray(String[]::new));
            List<String> fl = new ArrayList<>(fields);
            fl.add(UID);
            query.setFields(fl.toArray(String[]::new));
            query.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse r = call(() -> client.query(name, query, SolrRequest.METHOD.POST));
            r.getResults().forEach(action);
            if (cursor.equals(r.getNextCursorMark())) {
                return;
            }
            cursor = r.getNextCursorMark();
        }
    }

    /** The highest version of any document and the number of documents: changes when a commit changed anything. */
    String signature() throws IOException {
        SolrQuery query = new SolrQuery("*:*").setRows(1).setSort(VERSION, SolrQuery.ORDER.desc).setFields(VERSION);
        QueryResponse r = call(() -> client.query(name, query));
        Object top = r.getResults().isEmpty() ? 0 : r.getResults().get(0).getFieldValue(VERSION);
        return r.getResults().getNumFound() + "@" + top;
    }

    private interface SolrCall<T> {
        T run() throws IOException, SolrServerException;
    }

    /**
     * Runs a call, again while the cluster fails over: a refused connection, a 5xx, no live replica for a shard. A
     * conflict (409) or a bad request is final. SolrJ's exceptions become {@link IOException}s, the store's kind.
     */
    private <T> T call(SolrCall<T> c) throws IOException {
        long deadline = System.nanoTime() + RETRY_NANOS;
        long pause = 100;
        while (true) {
            try {
                return c.run();
            } catch (IOException | SolrServerException | SolrException e) {
                if (!passing(e) || System.nanoTime() > deadline) {
                    throw e instanceof IOException io ? io : new IOException(location + ": " + e.getMessage(), e);
                }
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while " + location + " failed over", e);
            }
            pause = Math.min(2000, pause * 2);
        }
    }

    private static boolean passing(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SolrException s) {
                int code = s.code();
                if (code == 409 || code == 400 || code == 404) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean conflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SolrException s && s.code() == 409) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
