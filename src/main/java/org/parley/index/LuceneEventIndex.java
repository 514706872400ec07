package org.parley.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.parley.event.ArticleEvents;
import org.parley.event.EventMerger;
import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.model.Participant;

/**
 * The writing side of Parley's index: articles go in and out one by one, and {@link #commit()} merges
 * every article's events into happenings and makes the whole run visible at once.
 *
 * <p>Nothing written is visible until {@link #commit()}, which is one Lucene commit: a run killed at
 * any moment leaves the index of the last good run. Only one writer may hold an index; a second one
 * gets {@link IndexInUseException}. Readers ({@link EventSearcher}) may search while a writer runs.
 * One thread at a time uses an instance.
 */
public final class LuceneEventIndex implements AutoCloseable {
    /**
     * The stored fields the merge reads of each article, so that re-reading every article at the end of a run leaves
     * bodies and annotations undecoded.
     */
    private static final Set<String> MERGE_FIELDS = Set.of(EventSchema.RAW_EVENTS, EventSchema.ARTICLE_ID, EventSchema.SOURCE);
    private final Path dir;
    private final Directory directory;
    private final IndexWriter writer;
    private final EventMerger merger;
    private final Map<String, String> manifest;
    private boolean changed;

    private LuceneEventIndex(Path dir, Directory directory, IndexWriter writer, EventMerger merger) throws IOException {
        this.dir = dir;
        this.directory = directory;
        this.writer = writer;
        this.merger = merger;
        this.manifest = readManifest();
    }

    /**
     * Opens (or creates) the index in a folder for writing.
     *
     * @throws IndexInUseException when another run is writing the same index
     */
    public static LuceneEventIndex open(Path dir, EventMerger merger) throws IOException {
        Objects.requireNonNull(merger, "event merger");
        java.nio.file.Files.createDirectories(dir);
        Directory directory = FSDirectory.open(dir);
        IndexWriterConfig config = new IndexWriterConfig(EventSchema.analyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setIndexSort(EventSchema.indexOrder())
                .setRAMBufferSizeMB(64)
                // a run that stops before commit() must leave the last good index, even when closed cleanly
                .setCommitOnClose(false);
        IndexWriter writer;
        try {
            writer = new IndexWriter(directory, config);
        } catch (LockObtainFailedException e) {
            directory.close();
            throw new IndexInUseException(dir, e);
        }
        try {
            if (!DirectoryReader.indexExists(directory)) {
                writer.commit(); // an empty index, so that readers can open it before the first run ends
            }
            return new LuceneEventIndex(dir, directory, writer, merger);
        } catch (IOException | RuntimeException e) {
            writer.rollback();
            directory.close();
            throw e;
        }
    }

    /** The folder of this index. */
    public Path dir() {
        return dir;
    }

    /** Article id -> content hash of every article in the index, as of the last commit and this run's changes. */
    public Map<String, String> manifest() {
        return Collections.unmodifiableMap(manifest);
    }

    /**
     * The hash that says whether an article changed: of its id, publication date, title and body, so
     * that a re-read unchanged article is skipped.
     */
    public static String contentHash(Article a) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {a.id(), a.published().toString(), a.title(), a.body()}) {
                md.update(part.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** Puts an article with its own (unmerged) events in, replacing any earlier version of it. */
    public void putArticle(ArticleEvents ae) throws IOException {
        Article a = ae.article().article();
        String hash = contentHash(a);
        writer.updateDocument(new Term(EventSchema.ARTICLE_ID, a.id()), EventSchema.toDocument(ae, hash));
        manifest.put(a.id(), hash);
        changed = true;
    }

    /** Removes an article; its events lose its mentions at the next commit. */
    public void removeArticle(String articleId) throws IOException {
        writer.deleteDocuments(new Term(EventSchema.ARTICLE_ID, articleId));
        manifest.remove(articleId);
        changed = true;
    }

    /**
     * Re-merges the events of every article, writes them, and commits the run in one Lucene commit.
     * Does nothing (no new commit) when no article changed.
     *
     * @return the number of events in the index
     */
    public int commit() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            if (!changed) {
                return searcher.count(new TermQuery(new Term(EventSchema.KIND, EventSchema.EVENT)));
            }
            List<Event> raw = new ArrayList<>();
            Map<String, String> sources = new TreeMap<>();
            StoredFields stored = reader.storedFields();
            for (ScoreDoc sd : all(searcher, EventSchema.ARTICLE)) {
                Document d = stored.document(sd.doc, MERGE_FIELDS);
                raw.addAll(EventSchema.rawEventsFromJson(d.get(EventSchema.RAW_EVENTS)));
                sources.put(d.get(EventSchema.ARTICLE_ID), d.get(EventSchema.SOURCE));
            }
            List<Event> merged = raw.isEmpty() ? List.of() : merger.merge(raw);
            writer.deleteDocuments(new Term(EventSchema.KIND, EventSchema.EVENT), new Term(EventSchema.KIND, EventSchema.ACTOR_DOC));
            for (Event e : merged) {
                writer.addDocument(EventSchema.build(EventSchema.toDocument(e, sources::get)));
            }
            for (Actor a : actorsOf(merged)) {
                writer.addDocument(EventSchema.toDocument(a));
            }
            writer.commit();
            changed = false;
            return merged.size();
        }
    }

    /** Every actor of the events, once, with the aliases and offices that different reports gave it joined. */
    private static List<Actor> actorsOf(List<Event> events) {
        Map<String, Actor> byId = new TreeMap<>();
        for (Event e : events) {
            for (Participant p : e.actors()) {
                byId.merge(p.actor().id(), p.actor(), (a, b) -> {
                    Set<String> aliases = new LinkedHashSet<>(a.aliases());
                    aliases.addAll(b.aliases());
                    var roles = new LinkedHashSet<>(a.roles());
                    roles.addAll(b.roles());
                    return new Actor(a.id(), a.name(), a.kind(), a.country() != null ? a.country() : b.country(),
                            List.copyOf(aliases), List.copyOf(roles));
                });
            }
        }
        return List.copyOf(byId.values());
    }

    private static ScoreDoc[] all(IndexSearcher searcher, String kind) throws IOException {
        TermQuery q = new TermQuery(new Term(EventSchema.KIND, kind));
        return searcher.search(q, Math.max(1, searcher.count(q))).scoreDocs;
    }

    private Map<String, String> readManifest() throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            StoredFields stored = reader.storedFields();
            for (ScoreDoc sd : all(searcher, EventSchema.ARTICLE)) {
                Document d = stored.document(sd.doc, Set.of(EventSchema.ARTICLE_ID, EventSchema.CONTENT_HASH));
                m.put(d.get(EventSchema.ARTICLE_ID), d.get(EventSchema.CONTENT_HASH));
            }
        }
        return m;
    }

    /** Closes the writer; whatever was not committed is dropped, leaving the last good index. */
    @Override
    public void close() throws IOException {
        try {
            writer.rollback();
        } finally {
            directory.close();
        }
    }
}
