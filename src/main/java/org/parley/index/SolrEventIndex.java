package org.parley.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.parley.event.ArticleEvents;
import org.parley.event.EventMerger;
import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.model.Participant;

/**
 * The event store in a SolrCloud collection, written by any number of workers at once (one per machine, each with
 * {@code index --shard I/N}); the same documents as the local index ({@link LuceneEventIndex}), merged by block the
 * same way ({@link ComponentMerge}), so both give the same events.
 *
 * <p>Documents have unique keys made from what they are, so every write is an upsert: an article ({@code a|ID}), its raw
 * events ({@code r|ID|SEQ}), a happening ({@code e|KEY|N}), an actor version ({@code c|VERSION}). Putting an article
 * again replaces its own raw events only. At a commit the worker makes its raw events visible, then merges the
 * components they touched under locks on their merge blocks, and writes only the happenings that changed.
 *
 * <p>A lock is a document ({@code l|BLOCK}) created with Solr's optimistic concurrency: a write with {@code _version_}
 * -1 succeeds only when no such document exists, so of two workers that merge the same block one gets it and the other
 * (a 409) lets go of what it holds and tries again a moment later. The merge of a block therefore runs one worker at a
 * time, and starts from every raw event committed before it, including the other worker's: two workers that tell the
 * same happening give one event. A lock older than {@link #STALE_LOCK_MINUTES} minutes is taken over (its worker died),
 * again by version, so that two workers cannot both take it.
 *
 * <p>Before an article's raw events are replaced its old merge blocks are written down ({@code p|ID}, kind
 * "pending") and dropped once the merge is committed: a worker killed between the two leaves them, and the next
 * worker that opens the collection merges those blocks again. One thread at a time uses an instance.
 */
public final class SolrEventIndex implements EventIndex {
    static final long STALE_LOCK_MINUTES = 10;
    private static final String EVENTS = EventSchema.KIND + ":" + EventSchema.EVENT;
    private static final String RAWS = EventSchema.KIND + ":" + EventSchema.RAW;
    private static final String ARTICLES = EventSchema.KIND + ":" + EventSchema.ARTICLE;
    private static final String PENDINGS = EventSchema.KIND + ":" + SolrCollection.PENDING;
    /** Block keys looked up in one query while widening. */
    private static final int KEYS_PER_QUERY = 512;

    private final SolrCollection solr;
    private final EventMerger merger;
    private final String owner = UUID.randomUUID().toString();
    /** Article id -> content hash (null: removed) of what this run changed since the last commit. */
    private final Map<String, String> pending = new HashMap<>();
    /** The blocks of every raw event put or removed since the last commit, old and new. */
    private final Set<String> touched = new HashSet<>();
    /** Pending markers to drop once the merge that covers them is committed. */
    private final List<String> markers = new ArrayList<>();
    private final Set<String> held = new TreeSet<>();
    private long conflicts;

    private SolrEventIndex(SolrCollection solr, EventMerger merger) {
        this.solr = solr;
        this.merger = merger;
    }

    /** Opens a collection for writing; the merges an earlier worker left unfinished are taken up at the first commit. */
    static SolrEventIndex open(SolrCollection solr, EventMerger merger) throws IOException {
        SolrEventIndex idx = new SolrEventIndex(solr, merger);
        solr.commit(); // the markers a killed worker left, made visible
        solr.forEach(PENDINGS, List.of(), List.of(EventSchema.BLOCKS), d -> {
            idx.touched.addAll(lines(d.getFieldValue(EventSchema.BLOCKS)));
            idx.markers.add((String) d.getFieldValue(SolrCollection.UID));
        });
        return idx;
    }

    @Override
    public String location() {
        return solr.location();
    }

    /** How many times a merge found a block locked by another worker and tried again. */
    public long conflicts() {
        return conflicts;
    }

    @Override
    public String storedHash(String articleId) throws IOException {
        if (pending.containsKey(articleId)) {
            return pending.get(articleId);
        }
        SolrDocument d = solr.get(articleUid(articleId));
        return d == null ? null : (String) d.getFieldValue(EventSchema.CONTENT_HASH);
    }

    @Override
    public void forEachArticleId(Consumer<String> action) throws IOException {
        solr.forEach(ARTICLES, List.of(), List.of(EventSchema.ARTICLE_ID), d -> {
            String id = (String) d.getFieldValue(EventSchema.ARTICLE_ID);
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

    @Override
    public void putArticle(ArticleEvents ae, String contentHash) throws IOException {
        Article a = ae.article().article();
        List<SolrInputDocument> docs = new ArrayList<>();
        docs.add(SolrCollection.toSolr(EventSchema.toDocument(ae, contentHash), articleUid(a.id())));
        String source = EventSchema.sourceLabel(ae);
        List<Set<String>> blocks = MergeBlocks.of(ae.events());
        Set<String> fresh = new TreeSet<>();
        for (int i = 0; i < ae.events().size(); i++) {
            docs.add(SolrCollection.toSolr(EventSchema.toRawDocument(ae.events().get(i), a.id(), i, source, blocks.get(i)),
                    "r|" + a.id() + "|" + i));
            fresh.addAll(blocks.get(i));
        }
        mark(a.id(), fresh);
        solr.deleteByQuery(RAWS + " AND " + EventSchema.ARTICLE_ID + ":" + quote(a.id()));
        solr.add(docs);
        pending.put(a.id(), contentHash);
    }

    @Override
    public void removeArticle(String articleId) throws IOException {
        mark(articleId, Set.of());
        solr.deleteByQuery(EventSchema.ARTICLE_ID + ":" + quote(articleId) + " AND (" + RAWS + " OR " + ARTICLES + ")");
        pending.put(articleId, null);
    }

    /**
     * Writes down, before an article's raw events change, the blocks whose happenings must be merged again: the ones
     * of its committed raw events and of its new ones. Solr keeps the marker once it answered (its update log), so a
     * worker killed before its merge leaves the blocks for the next worker to merge.
     */
    private void mark(String articleId, Set<String> fresh) throws IOException {
        Set<String> blocks = new TreeSet<>(fresh);
        solr.forEach(RAWS, List.of(EventSchema.ARTICLE_ID + ":" + quote(articleId)), List.of(EventSchema.BLOCKS),
                d -> blocks.addAll(lines(d.getFieldValue(EventSchema.BLOCKS))));
        touched.addAll(blocks);
        if (blocks.isEmpty()) {
            return;
        }
        SolrInputDocument marker = new SolrInputDocument();
        String uid = "p|" + articleId;
        marker.setField(SolrCollection.UID, uid);
        marker.setField(EventSchema.KIND, SolrCollection.PENDING);
        marker.setField(EventSchema.ARTICLE_ID, articleId);
        marker.setField(EventSchema.BLOCKS, String.join("\n", blocks));
        solr.add(List.of(marker));
        markers.add(uid);
    }

    /**
     * Makes this run's raw events visible, merges the components they touched under locks on their blocks, writes the
     * happenings that changed and the actor versions they name, and commits.
     *
     * @return the number of events in the collection
     */
    @Override
    public long commit() throws IOException {
        if (pending.isEmpty() && touched.isEmpty()) {
            return solr.count(EVENTS);
        }
        solr.commit();
        while (true) {
            try {
                if (mergeLocked()) {
                    break;
                }
            } finally {
                release();
            }
            conflicts++;
            pause();
        }
        pending.clear();
        touched.clear();
        return solr.count(EVENTS);
    }

    /** One try at the merge; false when a block was locked by another worker (nothing was written then). */
    private boolean mergeLocked() throws IOException {
        Set<String> blocks = new HashSet<>();
        List<ComponentMerge.Raw> raws = new ArrayList<>();
        Map<String, String> sources = new HashMap<>();
        Set<String> seen = new HashSet<>();
        List<String> frontier = new ArrayList<>(touched);
        blocks.addAll(touched);
        if (!lock(frontier)) {
            return false;
        }
        while (!frontier.isEmpty()) {
            List<String> next = new ArrayList<>();
            for (int from = 0; from < frontier.size(); from += KEYS_PER_QUERY) {
                List<String> part = frontier.subList(from, Math.min(frontier.size(), from + KEYS_PER_QUERY));
                solr.forEach(RAWS, List.of(SolrCollection.anyOf(EventSchema.BLOCK, part)),
                        List.of(EventSchema.RAW_EVENT, EventSchema.SEQ, EventSchema.SOURCE, EventSchema.BLOCKS), d -> {
                            if (seen.add((String) d.getFieldValue(SolrCollection.UID))) {
                                List<String> bs = lines(d.getFieldValue(EventSchema.BLOCKS));
                                Event e = EventSchema.rawEventsFromJson((String) d.getFieldValue(EventSchema.RAW_EVENT)).get(0);
                                String source = (String) d.getFieldValue(EventSchema.SOURCE);
                                raws.add(new ComponentMerge.Raw(e, bs, ((Number) d.getFieldValue(EventSchema.SEQ)).intValue(), source));
                                sources.put(e.mentions().get(0).article(), source);
                                for (String b : bs) {
                                    if (blocks.add(b)) {
                                        next.add(b);
                                    }
                                }
                            }
                        });
            }
            if (!lock(next)) {
                return false;
            }
            frontier = next;
        }
        // the happenings of these blocks as they are: how many documents of each key, and the actors they name
        Map<String, Integer> before = new HashMap<>();
        Map<String, List<String>> versionsOf = new HashMap<>();
        List<String> all = new ArrayList<>(blocks);
        for (int from = 0; from < all.size(); from += KEYS_PER_QUERY) {
            List<String> part = all.subList(from, Math.min(all.size(), from + KEYS_PER_QUERY));
            solr.forEach(EVENTS, List.of(SolrCollection.anyOf(EventSchema.BLOCK, part)),
                    List.of(EventSchema.HAPPENING_KEY, EventSchema.ACTOR_VERSIONS), d -> {
                        String uid = (String) d.getFieldValue(SolrCollection.UID);
                        if (seen.add(uid)) {
                            String key = (String) d.getFieldValue(EventSchema.HAPPENING_KEY);
                            before.merge(key, 1, Integer::sum);
                            versionsOf.putIfAbsent(key, lines(d.getFieldValue(EventSchema.ACTOR_VERSIONS)));
                        }
                    });
        }
        Map<String, List<ComponentMerge.Happening>> after = ComponentMerge.merge(raws, merger);
        Set<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        Set<String> versions = new TreeSet<>();
        Set<String> replaced = new TreeSet<>();
        Map<String, Actor> named = new LinkedHashMap<>();
        List<SolrInputDocument> docs = new ArrayList<>();
        List<String> gone = new ArrayList<>();
        for (String key : keys) {
            List<ComponentMerge.Happening> fresh = after.getOrDefault(key, List.of());
            int old = before.getOrDefault(key, 0);
            if (old == fresh.size()) {
                continue; // merged again to the same documents
            }
            for (int i = fresh.size(); i < old; i++) {
                gone.add(eventUid(key, i));
            }
            if (old > 0) {
                replaced.add(key);
                versions.addAll(versionsOf.get(key));
            }
            for (int i = 0; i < fresh.size(); i++) {
                ComponentMerge.Happening h = fresh.get(i);
                docs.add(SolrCollection.toSolr(EventSchema.toDocument(h.event(), sources::get, h.blocks(), key),
                        eventUid(key, i)));
                for (Participant p : h.event().actors()) {
                    named.putIfAbsent(EventSchema.actorVersion(p.actor()), p.actor());
                }
            }
        }
        for (Map.Entry<String, Actor> v : named.entrySet()) {
            docs.add(SolrCollection.toSolr(EventSchema.toDocument(v.getValue()), actorUid(v.getKey())));
        }
        versions.removeAll(named.keySet());
        for (String v : versions) {
            String stillNamed = EventSchema.ACTOR_VERSION + ":" + quote(v);
            String others = replaced.isEmpty() ? "" : " AND -" + SolrCollection.anyOf(EventSchema.HAPPENING_KEY, replaced);
            if (solr.count(EVENTS, stillNamed + others) == 0) {
                gone.add(actorUid(v));
            }
        }
        solr.deleteById(gone);
        solr.add(docs);
        solr.deleteById(markers);
        release();
        solr.commit();
        markers.clear();
        return true;
    }

    /** Takes the locks of some blocks; false (the ones of this call let go too) when another worker holds one. */
    private boolean lock(List<String> blocks) throws IOException {
        for (String b : new TreeSet<>(blocks)) {
            if (held.contains(b)) {
                continue;
            }
            String uid = "l|" + b;
            SolrInputDocument lock = new SolrInputDocument();
            lock.setField(SolrCollection.UID, uid);
            lock.setField(EventSchema.KIND, SolrCollection.LOCK);
            lock.setField(SolrCollection.LOCK_OWNER, owner);
            lock.setField(SolrCollection.LOCK_SINCE, System.currentTimeMillis());
            if (!solr.addIfVersion(lock, -1) && !takeOverStale(uid, lock)) {
                return false;
            }
            held.add(b);
        }
        return true;
    }

    /** Takes a lock whose worker has held it too long (died), by the version it was read at. */
    private boolean takeOverStale(String uid, SolrInputDocument lock) throws IOException {
        SolrDocument d = solr.get(uid);
        if (d == null) {
            return solr.addIfVersion(lock, -1);
        }
        long since = ((Number) d.getFieldValue(SolrCollection.LOCK_SINCE)).longValue();
        if (System.currentTimeMillis() - since < TimeUnit.MINUTES.toMillis(STALE_LOCK_MINUTES)) {
            return false;
        }
        return solr.addIfVersion(lock, ((Number) d.getFieldValue(SolrCollection.VERSION)).longValue());
    }

    private void release() throws IOException {
        solr.deleteById(held.stream().map(b -> "l|" + b).toList());
        held.clear();
    }

    /** A short random pause before another try, so that two workers in conflict do not meet again at once. */
    private static void pause() throws IOException {
        try {
            Thread.sleep(50 + ThreadLocalRandom.current().nextInt(200));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for a merge block", e);
        }
    }

    private static String articleUid(String articleId) {
        return "a|" + articleId;
    }

    private static String eventUid(String key, int i) {
        return "e|" + key + "|" + i;
    }

    private static String actorUid(String version) {
        return "c|" + version;
    }

    /** A value as a quoted term of Solr's standard query parser. */
    static String quote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static List<String> lines(Object joined) {
        String s = (String) joined;
        return s == null || s.isEmpty() ? List.of() : List.of(s.split("\n"));
    }

    /** Ends the run; what was not committed stays out of the happenings (its raw events wait for the next commit). */
    @Override
    public void close() throws IOException {
        solr.close();
    }
}
