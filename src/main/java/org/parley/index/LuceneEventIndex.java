package org.parley.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.parley.event.ArticleEvents;
import org.parley.event.EventMerger;
import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.model.Participant;

/**
 * The local event store: a Lucene index in a folder, written by one run at a time, merged by block at each commit.
 *
 * <p>Each article is kept with its own events before the merge (raw events, each under its {@link MergeBlocks merge
 * blocks}). A commit starts from the blocks of the articles put or removed since the last one, widens them to every
 * raw event that shares a block with them (and so on, until nothing new is found: a component of the merge), merges
 * those events alone and replaces the happenings of those blocks. Its cost follows the components a run touched, not
 * the size of the index; the result is the one a merge of every raw event would give (see {@link MergeBlocks} for
 * what that assumes of the merger, and {@code BlockMergeTest}, which checks it).
 *
 * <p>Every commit is one Lucene commit: a run killed at any moment leaves the index of its last commit, whole. Only one
 * writer may hold an index; a second one gets {@link IndexInUseException}. Readers ({@link EventSearcher}) may search
 * while a writer runs. One thread at a time uses an instance.
 */
public final class LuceneEventIndex implements EventIndex {
    private static final Set<String> RAW_FIELDS = Set.of(EventSchema.RAW_EVENT, EventSchema.SEQ, EventSchema.SOURCE,
            EventSchema.BLOCKS);
    private static final Query EVENTS = new TermQuery(new Term(EventSchema.KIND, EventSchema.EVENT));
    private static final Query ARTICLES = new TermQuery(new Term(EventSchema.KIND, EventSchema.ARTICLE));
    private static final Query RAWS = new TermQuery(new Term(EventSchema.KIND, EventSchema.RAW));
    private static final Query ACTOR_DOCS = new TermQuery(new Term(EventSchema.KIND, EventSchema.ACTOR_DOC));
    /** Block keys looked up in one query while widening; more are split over several. */
    private static final int KEYS_PER_QUERY = 1024;

    private final Path dir;
    private final Directory directory;
    private final IndexWriter writer;
    private final EventMerger merger;
    /** The index as of the last commit: the old blocks of what is replaced or removed are read here. */
    private DirectoryReader committed;
    /** Article id -> content hash (null: removed) of what this run changed since the last commit. */
    private final Map<String, String> pending = new HashMap<>();
    /** The blocks of every raw event put or removed since the last commit. */
    private final Set<String> touched = new HashSet<>();
    private CommitStats lastCommit = new CommitStats(0, 0, 0);

    private LuceneEventIndex(Path dir, Directory directory, IndexWriter writer, EventMerger merger) throws IOException {
        this.dir = dir;
        this.directory = directory;
        this.writer = writer;
        this.merger = merger;
        this.committed = DirectoryReader.open(writer);
    }

    /**
     * Opens (or creates) the index in a folder for writing.
     *
     * @throws IndexInUseException  when another run is writing the same index
     * @throws IndexFormatException when the folder holds an index of another layout (an earlier Parley's)
     */
    public static LuceneEventIndex open(Path dir, EventMerger merger) throws IOException {
        Objects.requireNonNull(merger, "event merger");
        Files.createDirectories(dir);
        Directory directory = FSDirectory.open(dir);
        IndexWriter writer;
        try {
            checkFormat(dir, directory);
            IndexWriterConfig config = new IndexWriterConfig(EventSchema.analyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setIndexSort(EventSchema.indexOrder())
                    .setRAMBufferSizeMB(64)
                    // a run that stops before commit() must leave the last good index, even when closed cleanly
                    .setCommitOnClose(false);
            writer = new IndexWriter(directory, config);
        } catch (LockObtainFailedException e) {
            directory.close();
            throw new IndexInUseException(dir, e);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
        try {
            if (!DirectoryReader.indexExists(directory)) {
                writer.setLiveCommitData(Map.of(EventSchema.FORMAT_KEY, EventSchema.FORMAT).entrySet());
                writer.commit(); // an empty index, so that readers can open it before the first run ends
            }
            return new LuceneEventIndex(dir, directory, writer, merger);
        } catch (IOException | RuntimeException e) {
            writer.rollback();
            directory.close();
            throw e;
        }
    }

    /** Refuses an index whose last commit does not say it has this layout, before a writer can touch it. */
    private static void checkFormat(Path dir, Directory directory) throws IOException {
        if (DirectoryReader.indexExists(directory)) {
            String format = SegmentInfos.readLatestCommit(directory).getUserData().get(EventSchema.FORMAT_KEY);
            if (!EventSchema.FORMAT.equals(format)) {
                throw new IndexFormatException(dir);
            }
        }
    }

    /** The folder of this index. */
    public Path dir() {
        return dir;
    }

    @Override
    public String location() {
        return dir.toString();
    }

    /** What the last commit re-merged: the measure of how much a run cost the merge. */
    public CommitStats lastCommit() {
        return lastCommit;
    }

    /**
     * What one commit merged.
     *
     * @param articles articles put or removed since the commit before
     * @param raw      raw events merged again (the components those articles touched)
     * @param events   happenings written (the others the merge gave again as they were, and were left alone)
     */
    public record CommitStats(int articles, long raw, long events) {
    }

    /** The hash that says whether an article changed ({@link EventIndex#contentHash}). */
    public static String contentHash(Article a) {
        return EventIndex.contentHash(a);
    }

    @Override
    public String storedHash(String articleId) throws IOException {
        if (pending.containsKey(articleId)) {
            return pending.get(articleId);
        }
        IndexSearcher searcher = new IndexSearcher(committed);
        var top = searcher.search(articleQuery(articleId), 1);
        if (top.scoreDocs.length == 0) {
            return null;
        }
        return committed.storedFields().document(top.scoreDocs[0].doc, Set.of(EventSchema.CONTENT_HASH))
                .get(EventSchema.CONTENT_HASH);
    }

    @Override
    public void forEachArticleId(Consumer<String> action) throws IOException {
        forEachStored(committed, ARTICLES, EventSchema.ARTICLE_ID, id -> {
            if (!pending.containsKey(id)) {
                action.accept(id);
            }
        });
        new TreeMap<>(pending).forEach((id, hash) -> {
            if (hash != null) {
                action.accept(id);
            }
        });
    }

    /** Article id -> content hash of every article, read whole: for tests and small indexes. */
    public Map<String, String> manifest() throws IOException {
        Map<String, String> m = new TreeMap<>();
        forEachArticleId(id -> m.put(id, null));
        for (String id : m.keySet()) {
            m.put(id, storedHash(id));
        }
        return m;
    }

    @Override
    public void putArticle(ArticleEvents ae, String contentHash) throws IOException {
        Article a = ae.article().article();
        touchOldBlocks(a.id());
        List<Document> docs = new ArrayList<>();
        docs.add(EventSchema.toDocument(ae, contentHash));
        String source = EventSchema.sourceLabel(ae);
        List<Set<String>> blocks = MergeBlocks.of(ae.events());
        for (int i = 0; i < ae.events().size(); i++) {
            docs.add(EventSchema.toRawDocument(ae.events().get(i), a.id(), i, source, blocks.get(i)));
            touched.addAll(blocks.get(i));
        }
        // the article and its raw events replace the old ones in one step: no flush sees half of them
        writer.updateDocuments(new Term(EventSchema.ARTICLE_ID, a.id()), docs);
        pending.put(a.id(), contentHash);
    }

    @Override
    public void removeArticle(String articleId) throws IOException {
        touchOldBlocks(articleId);
        writer.deleteDocuments(new Term(EventSchema.ARTICLE_ID, articleId));
        pending.put(articleId, null);
    }

    /** The blocks the committed version of an article had: its happenings must be merged again without it. */
    private void touchOldBlocks(String articleId) throws IOException {
        Query q = new BooleanQuery.Builder()
                .add(RAWS, BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(EventSchema.ARTICLE_ID, articleId)), BooleanClause.Occur.FILTER).build();
        forEachStored(committed, q, EventSchema.BLOCKS, blocks -> touched.addAll(List.of(blocks.split("\n"))));
    }

    /**
     * Merges the components the run touched again, replaces their happenings and the actor versions they name, and
     * commits, in one Lucene commit. Does nothing (no new commit) when no article changed.
     *
     * @return the number of events in the index
     */
    @Override
    public long commit() throws IOException {
        if (pending.isEmpty()) {
            return new IndexSearcher(committed).count(EVENTS);
        }
        long raw;
        long written;
        try (DirectoryReader current = DirectoryReader.open(writer)) {
            Component c = component(current);
            // the happenings of these blocks as they are: how many documents of each key, and the actors they name
            Map<String, Integer> before = new HashMap<>();
            Map<String, List<String>> versionsOf = new HashMap<>();
            forEachDocument(current, inBlocks(EVENTS, c.blocks), Set.of(EventSchema.HAPPENING_KEY, EventSchema.ACTOR_VERSIONS),
                    d -> {
                        String key = d.get(EventSchema.HAPPENING_KEY);
                        before.merge(key, 1, Integer::sum);
                        versionsOf.putIfAbsent(key, EventSchema.actorVersionsOf(d));
                    });
            // the happenings of these blocks as they are to be
            Map<String, List<ComponentMerge.Happening>> after = ComponentMerge.merge(c.raws, merger);
            // only what changed is written: a happening merged again to the same document stays as it is
            Set<String> keys = new java.util.TreeSet<>(before.keySet());
            keys.addAll(after.keySet());
            Set<String> versions = new HashSet<>();
            Set<String> replaced = new HashSet<>();
            Map<String, Actor> named = new LinkedHashMap<>();
            written = 0;
            for (String key : keys) {
                List<ComponentMerge.Happening> fresh = after.getOrDefault(key, List.of());
                int old = before.getOrDefault(key, 0);
                if (old == fresh.size()) {
                    continue;
                }
                if (old > 0) {
                    writer.deleteDocuments(new Term(EventSchema.HAPPENING_KEY, key));
                    replaced.add(key);
                    versions.addAll(versionsOf.get(key));
                }
                for (ComponentMerge.Happening h : fresh) {
                    writer.addDocument(EventSchema.build(EventSchema.toDocument(h.event(), c.sources::get, h.blocks(), key)));
                    for (Participant p : h.event().actors()) {
                        named.putIfAbsent(EventSchema.actorVersion(p.actor()), p.actor());
                    }
                    written++;
                }
            }
            updateActors(current, new TermInSetQuery(EventSchema.HAPPENING_KEY, replaced.stream().map(BytesRef::new).toList()),
                    versions, named);
            raw = c.raw;
        }
        writer.setLiveCommitData(Map.of(EventSchema.FORMAT_KEY, EventSchema.FORMAT).entrySet());
        writer.commit();
        lastCommit = new CommitStats(pending.size(), raw, written);
        pending.clear();
        touched.clear();
        DirectoryReader newer = DirectoryReader.openIfChanged(committed, writer);
        if (newer != null) {
            committed.close();
            committed = newer;
        }
        return new IndexSearcher(committed).count(EVENTS);
    }

    /**
     * Keeps one actor document for each version some event names: a version the new happenings name gets one if it
     * has none; a version only the replaced happenings named loses it unless a happening outside the merged blocks
     * still names it. Asked of the index as it was before this commit's writes, so no flush is needed.
     */
    private void updateActors(DirectoryReader before, Query replaced, Set<String> versions, Map<String, Actor> named)
            throws IOException {
        IndexSearcher s = new IndexSearcher(before);
        Set<String> all = new java.util.TreeSet<>(versions);
        all.addAll(named.keySet());
        for (String v : all) {
            Term doc = new Term(EventSchema.ACTOR_DOC_VERSION, v);
            boolean present = exists(s, new BooleanQuery.Builder().add(ACTOR_DOCS, BooleanClause.Occur.FILTER)
                    .add(new TermQuery(doc), BooleanClause.Occur.FILTER).build());
            if (named.containsKey(v)) {
                if (!present) {
                    writer.addDocument(EventSchema.toDocument(named.get(v)));
                }
            } else if (present && !exists(s, new BooleanQuery.Builder().add(EVENTS, BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(EventSchema.ACTOR_VERSION, v)), BooleanClause.Occur.FILTER)
                    .add(replaced, BooleanClause.Occur.MUST_NOT).build())) {
                writer.deleteDocuments(doc);
            }
        }
    }

    private static boolean exists(IndexSearcher s, Query q) throws IOException {
        return s.search(q, 1).scoreDocs.length > 0;
    }

    /** The raw events of the components the touched blocks lie in, with their blocks and their articles' sources. */
    private Component component(DirectoryReader reader) throws IOException {
        Component c = new Component();
        c.blocks.addAll(touched);
        Set<Integer> seen = new HashSet<>();
        List<RawDoc> found = new ArrayList<>();
        StoredFields stored = reader.storedFields();
        IndexSearcher searcher = new IndexSearcher(reader);
        Collection<String> frontier = new ArrayList<>(touched);
        while (!frontier.isEmpty()) {
            List<String> next = new ArrayList<>();
            List<String> keys = new ArrayList<>(frontier);
            for (int from = 0; from < keys.size(); from += KEYS_PER_QUERY) {
                List<String> part = keys.subList(from, Math.min(keys.size(), from + KEYS_PER_QUERY));
                List<Integer> docs = new ArrayList<>();
                searcher.search(inBlocks(RAWS, part), collector(docs::add));
                for (int doc : docs) {
                    if (seen.add(doc)) {
                        Document d = stored.document(doc, RAW_FIELDS);
                        List<String> blocks = EventSchema.blocksOf(d);
                        found.add(new RawDoc(d, blocks));
                        for (String b : blocks) {
                            if (c.blocks.add(b)) {
                                next.add(b);
                            }
                        }
                    }
                }
            }
            frontier = next;
        }
        c.raw = found.size();
        for (RawDoc r : found) {
            String source = r.doc.get(EventSchema.SOURCE);
            c.raws.add(new ComponentMerge.Raw(r.event(), r.blocks, r.seq(), source));
            c.sources.put(r.event().mentions().get(0).article(), source);
        }
        return c;
    }

    /** A raw event document read while widening, its event decoded once. */
    private static final class RawDoc {
        final Document doc;
        final List<String> blocks;
        private Event event;

        RawDoc(Document doc, List<String> blocks) {
            this.doc = doc;
            this.blocks = blocks;
        }

        Event event() {
            if (event == null) {
                event = EventSchema.rawEventOf(doc);
            }
            return event;
        }

        int seq() {
            return doc.getField(EventSchema.SEQ).numericValue().intValue();
        }
    }

    /** What a commit merges again: the blocks it widened to, their raw events in parts, and their articles' sources. */
    private static final class Component {
        final Set<String> blocks = new HashSet<>();
        final List<ComponentMerge.Raw> raws = new ArrayList<>();
        final Map<String, String> sources = new HashMap<>();
        long raw;
    }

    private static Query inBlocks(Query kind, Collection<String> blocks) {
        List<BytesRef> terms = blocks.stream().map(BytesRef::new).toList();
        return new BooleanQuery.Builder().add(kind, BooleanClause.Occur.FILTER)
                .add(new TermInSetQuery(EventSchema.BLOCK, terms), BooleanClause.Occur.FILTER).build();
    }

    private static Query articleQuery(String articleId) {
        return new BooleanQuery.Builder().add(ARTICLES, BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(EventSchema.ARTICLE_ID, articleId)), BooleanClause.Occur.FILTER).build();
    }

    /** One stored field of every live document that matches, handed on one at a time, none kept. */
    private static void forEachStored(DirectoryReader reader, Query q, String field, Consumer<String> action)
            throws IOException {
        forEachDocument(reader, q, Set.of(field), d -> {
            String value = d.get(field);
            if (value != null && !value.isEmpty()) {
                action.accept(value);
            }
        });
    }

    /** Some stored fields of every live document that matches, handed on one at a time, none kept. */
    private static void forEachDocument(DirectoryReader reader, Query q, Set<String> fields, Consumer<Document> action)
            throws IOException {
        new IndexSearcher(reader).search(q, new SimpleCollector() {
            private StoredFields stored;

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                stored = context.reader().storedFields();
            }

            @Override
            public void collect(int doc) throws IOException {
                action.accept(stored.document(doc, fields));
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        });
    }

    /** Collects the global ids of the documents that match, unscored. */
    private static SimpleCollector collector(Consumer<Integer> docs) {
        return new SimpleCollector() {
            private int base;

            @Override
            protected void doSetNextReader(LeafReaderContext context) {
                base = context.docBase;
            }

            @Override
            public void collect(int doc) {
                docs.accept(base + doc);
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        };
    }

    /** Closes the writer; whatever was not committed is dropped, leaving the last good index. */
    @Override
    public void close() throws IOException {
        try {
            committed.close();
            writer.rollback();
        } finally {
            directory.close();
        }
    }
}
