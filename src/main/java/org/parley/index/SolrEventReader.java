package org.parley.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.parley.event.EventJson;
import org.parley.model.Actor;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Event;
import org.parley.model.Participant;

/**
 * The reading side of the Solr store: a copy of the collection's happenings, actors and articles in a local Lucene
 * index, searched by the local {@link EventSearcher}, so that filters, date overlap, actor aliases, facets, marks and
 * pages are the very same over a collection as over a local index.
 *
 * <p>The copy is made from the stored fields of the collection (each happening's JSON, its blocks and key; each actor
 * version whole; each article), a page at a time, into a temporary folder; {@link #refresh()} makes it again when the
 * collection changed (its highest {@code _version_} or its number of documents moved), and searches under way finish
 * on the copy they started on. Its cost grows with the collection: it suits an analyst's or a newsroom's archive, not
 * hundreds of millions of events, for which the searches are to be asked of the cluster itself.
 */
public final class SolrEventReader implements EventReader {
    private final SolrCollection solr;
    private final Path dir;
    private final IndexWriter writer;
    private final EventSearcher searcher;
    private String signature;

    private SolrEventReader(SolrCollection solr, Path dir, IndexWriter writer) throws IOException {
        this.solr = solr;
        this.dir = dir;
        this.writer = writer;
        this.signature = copy();
        this.searcher = EventSearcher.open(dir);
    }

    /** Opens a collection for reading, copying it once. */
    static SolrEventReader open(SolrCollection solr) throws IOException {
        Path dir = Files.createTempDirectory("parley-solr-copy");
        IndexWriter writer = new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(EventSchema.analyzer())
                .setIndexSort(EventSchema.indexOrder()).setRAMBufferSizeMB(64).setCommitOnClose(false));
        try {
            return new SolrEventReader(solr, dir, writer);
        } catch (IOException | RuntimeException e) {
            writer.rollback();
            solr.close();
            delete(dir);
            throw e;
        }
    }

    /** Copies the collection into the local index, whole, in one commit; returns the collection's signature. */
    private synchronized String copy() throws IOException {
        String sig = solr.signature();
        writer.deleteAll();
        Map<String, String> sources = new HashMap<>();
        solr.forEach(EventSchema.KIND + ":" + EventSchema.ARTICLE, List.of(),
                List.of(EventSchema.ARTICLE_ID, EventSchema.CONTENT_HASH, EventSchema.SOURCE, EventSchema.ARTICLE_JSON), d -> {
                    String id = (String) d.getFieldValue(EventSchema.ARTICLE_ID);
                    sources.put(id, (String) d.getFieldValue(EventSchema.SOURCE));
                    add(EventSchema.toArticleDocument(id, (String) d.getFieldValue(EventSchema.CONTENT_HASH),
                            sources.get(id), (String) d.getFieldValue(EventSchema.ARTICLE_JSON)));
                });
        Map<String, Actor> actors = new HashMap<>();
        solr.forEach(EventSchema.KIND + ":" + EventSchema.ACTOR_DOC, List.of(), List.of(EventSchema.ACTOR_JSON), d -> {
            Actor a = ArticleJson.actorFromTree(ArticleJson.read((String) d.getFieldValue(EventSchema.ACTOR_JSON)));
            actors.put(EventSchema.actorVersion(a), a);
            add(EventSchema.toDocument(a));
        });
        solr.forEach(EventSchema.KIND + ":" + EventSchema.EVENT, List.of(),
                List.of(EventSchema.JSON, EventSchema.BLOCKS, EventSchema.HAPPENING_KEY, EventSchema.ACTOR_VERSIONS), d -> {
                    Event e = whole(EventJson.fromJson((String) d.getFieldValue(EventSchema.JSON)),
                            lines(d.getFieldValue(EventSchema.ACTOR_VERSIONS)), actors);
                    add(EventSchema.build(EventSchema.toDocument(e, sources::get,
                            new java.util.TreeSet<>(lines(d.getFieldValue(EventSchema.BLOCKS))),
                            (String) d.getFieldValue(EventSchema.HAPPENING_KEY))));
                });
        writer.setLiveCommitData(Map.of(EventSchema.FORMAT_KEY, EventSchema.FORMAT).entrySet());
        writer.commit();
        return sig;
    }

    /** An event with its actors whole (every alias and office), as the actor versions it names keep them. */
    private static Event whole(Event e, List<String> versions, Map<String, Actor> actors) {
        Map<String, Actor> byId = new HashMap<>();
        for (String v : versions) {
            Actor a = actors.get(v);
            if (a != null) {
                byId.put(a.id(), a);
            }
        }
        List<Participant> parts = e.actors().stream()
                .map(p -> new Participant(byId.getOrDefault(p.actor().id(), p.actor()), p.role(), p.part())).toList();
        return new Event(e.id(), e.type(), e.mode(), e.date(), parts, e.place(), e.summary(), e.attribution(),
                e.mentions(), e.cameo());
    }

    private void add(org.apache.lucene.document.Document d) {
        try {
            writer.addDocument(d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Object joined) {
        String s = (String) joined;
        return s == null || s.isEmpty() ? List.of() : List.of(s.split("\n"));
    }

    @Override
    public String location() {
        return solr.location();
    }

    @Override
    public SearchResult search(EventQuery q, boolean withFacets, String after) throws IOException {
        return searcher.search(q, withFacets, after);
    }

    @Override
    public Optional<Event> event(String id) throws IOException {
        return searcher.event(id);
    }

    @Override
    public void forEachEvent(Consumer<Event> action) throws IOException {
        searcher.forEachEvent(action);
    }

    @Override
    public List<AnnotatedArticle> allArticles() throws IOException {
        return searcher.allArticles();
    }

    @Override
    public List<Actor> knownActors() throws IOException {
        return searcher.knownActors();
    }

    @Override
    public boolean knowsActor(String name) throws IOException {
        return searcher.knowsActor(name);
    }

    @Override
    public List<String> suggestActors(String name, int max) throws IOException {
        return searcher.suggestActors(name, max);
    }

    /** Copies the collection again when it changed since the last copy; says whether it did. */
    @Override
    public synchronized boolean refresh() throws IOException {
        if (solr.signature().equals(signature)) {
            return false;
        }
        signature = copy();
        return searcher.refresh();
    }

    @Override
    public void close() throws IOException {
        try {
            searcher.close();
            writer.rollback();
            solr.close();
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
