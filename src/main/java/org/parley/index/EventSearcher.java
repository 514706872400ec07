package org.parley.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.NullFragmenter;
import org.apache.lucene.search.highlight.Formatter;
import org.apache.lucene.search.highlight.QueryTermScorer;
import org.apache.lucene.search.highlight.TokenGroup;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.parley.event.EventJson;
import org.parley.model.Actor;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Event;
import org.parley.model.Mention;

/**
 * The reading side of Parley's index: searches events by actor, type, mode, place, country, date
 * overlap and words, with facets and highlighted evidence.
 *
 * <p>Opens the index read-only and never takes its lock, so it works while an index run writes; it
 * sees the last commit, and {@link #refresh()} moves it to a newer one. Thread-safe: one searcher
 * serves every thread of a server.
 */
public final class EventSearcher implements AutoCloseable {
    private static final Term EVENTS = new Term(EventSchema.KIND, EventSchema.EVENT);
    private static final Term ACTORS = new Term(EventSchema.KIND, EventSchema.ACTOR_DOC);
    private static final int TOP_FACETS = 10;
    /** How many of an event's mentions are looked at for the best evidence sentence. */
    private static final int EVIDENCE_CANDIDATES = 5;

    private final Path dir;
    private final Directory directory;
    private final Analyzer analyzer = EventSchema.analyzer();
    private volatile Snapshot current;

    private EventSearcher(Path dir, Directory directory, DirectoryReader reader) {
        this.dir = dir;
        this.directory = directory;
        this.current = new Snapshot(reader);
    }

    /**
     * Opens the index in a folder for reading.
     *
     * @throws IllegalArgumentException when the folder holds no index (a user's mistake: a wrong path)
     */
    public static EventSearcher open(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("no index at " + dir + ": run 'parley index' first");
        }
        Directory directory = FSDirectory.open(dir);
        try {
            if (!DirectoryReader.indexExists(directory)) {
                throw new IllegalArgumentException("no index at " + dir + ": run 'parley index' first");
            }
            return new EventSearcher(dir, directory, DirectoryReader.open(directory));
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** The folder of this index. */
    public Path dir() {
        return dir;
    }

    /** Moves to the newest commit, if there is one; searches under way finish on the old one. */
    public synchronized boolean refresh() throws IOException {
        Snapshot old = current;
        DirectoryReader newer = DirectoryReader.openIfChanged(old.reader);
        if (newer == null) {
            return false;
        }
        current = new Snapshot(newer);
        old.reader.decRef();
        return true;
    }

    /** The events that match, in the asked order, without facets. */
    public SearchResult search(EventQuery q) throws IOException {
        return search(q, false);
    }

    /** The events that match, in the asked order, with the facets of all of them when asked. */
    public SearchResult search(EventQuery q, boolean withFacets) throws IOException {
        Snapshot s = acquire();
        try {
            Query query = toQuery(q);
            List<Actor> asked = askedActors(q);
            Sort sort = q.sort() == EventQuery.SortOrder.RELEVANCE && q.text() != null
                    ? EventSchema.relevanceOrder() : EventSchema.dateOrder();
            TopDocs top;
            Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
            if (withFacets) {
                FacetsCollectorManager.FacetsResult r = FacetsCollectorManager.search(s.searcher, query, q.limit(), sort,
                        true, new FacetsCollectorManager());
                top = r.topDocs();
                facets = facets(s, r, asked.stream().map(Actor::name).collect(java.util.stream.Collectors.toSet()));
            } else {
                // the index is in date order: collecting may stop after the first hits, and counting is cheaper apart
                top = s.searcher.search(query, new TopFieldCollectorManager(sort, q.limit(), null, q.limit(), false));
            }
            long total = withFacets ? top.totalHits.value : s.searcher.count(query);
            Marker marks = marker(highlightQuery(q, asked));
            StoredFields stored = s.searcher.storedFields();
            List<EventHit> hits = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                Event e = EventSchema.eventOf(stored.document(sd.doc, Set.of(EventSchema.JSON)));
                float score = sd instanceof FieldDoc fd && fd.fields[0] instanceof Float f ? f
                        : Float.isNaN(sd.score) ? 0f : sd.score; // sorted by relevance, the score is the first sort value
                hits.add(new EventHit(e, score, evidence(e, marks)));
            }
            return new SearchResult(total, hits, facets);
        } finally {
            release(s);
        }
    }

    /** Every event in date order. */
    public List<Event> allEvents() throws IOException {
        return stored(new TermQuery(EVENTS), EventSchema.dateOrder(), EventSchema.JSON, EventJson::fromJson);
    }

    /** Every article with its dates and actors marked, by publication date then id. */
    public List<AnnotatedArticle> allArticles() throws IOException {
        List<AnnotatedArticle> articles = new ArrayList<>(stored(new TermQuery(new Term(EventSchema.KIND, EventSchema.ARTICLE)),
                null, EventSchema.ARTICLE_JSON, ArticleJson::fromJson));
        articles.sort(Comparator.comparing((AnnotatedArticle a) -> a.article().published())
                .thenComparing(a -> a.article().id()));
        return articles;
    }

    /** One stored field of every document that matches, read into a value, in the given order (or index order). */
    private <T> List<T> stored(Query q, Sort sort, String field, Function<String, T> read) throws IOException {
        Snapshot s = acquire();
        try {
            List<T> out = new ArrayList<>();
            StoredFields stored = s.searcher.storedFields();
            int n = Math.max(1, s.searcher.count(q)); // not maxDoc: a top-n queue of the whole index costs its size
            TopDocs top = sort == null ? s.searcher.search(q, n) : s.searcher.search(q, n, sort);
            for (ScoreDoc sd : top.scoreDocs) {
                out.add(read.apply(stored.document(sd.doc, Set.of(field)).get(field)));
            }
            return out;
        } finally {
            release(s);
        }
    }

    /** Every actor the index knows, whole (aliases and offices), by name. */
    public List<Actor> knownActors() throws IOException {
        return actorsMatching(new TermQuery(ACTORS));
    }

    /** Whether some event has an actor known by this name (any alias, any case). */
    public boolean knowsActor(String name) throws IOException {
        Snapshot s = acquire();
        try {
            return s.reader.docFreq(new Term(EventSchema.ACTOR_KEY, ActorNames.key(name))) > 0;
        } finally {
            release(s);
        }
    }

    /** The names of the known actors nearest to an unknown name (by edit distance over every alias), best first. */
    public List<String> suggestActors(String name, int max) throws IOException {
        Snapshot s = acquire();
        try {
            DirectSpellChecker checker = new DirectSpellChecker();
            checker.setMinPrefix(0);
            checker.setMinQueryLength(2);
            checker.setAccuracy(0.4f);
            Set<String> names = new LinkedHashSet<>();
            String key = ActorNames.key(name);
            List<String> tries = new ArrayList<>(List.of(key));
            int space = key.lastIndexOf(' ');
            if (space > 0) {
                tries.add(key.substring(space + 1)); // "Jak Sulivan": the surname alone is nearer to an alias
            }
            for (String t : tries) {
                for (SuggestWord w : checker.suggestSimilar(new Term(EventSchema.ACTOR_KEY, t), max * 3, s.reader,
                        SuggestMode.SUGGEST_ALWAYS)) {
                    for (Actor a : actorsMatching(actorQuery(w.string))) {
                        if (names.size() < max) {
                            names.add(a.name());
                        }
                    }
                }
            }
            return List.copyOf(names);
        } finally {
            release(s);
        }
    }

    /**
     * Checks that every name is a known actor.
     *
     * @throws IllegalArgumentException "unknown actor 'Sulivan'; did you mean Jake Sullivan?" for the first that is not
     */
    public void checkActors(List<String> names) throws IOException {
        for (String name : names) {
            if (!knowsActor(name)) {
                List<String> near = suggestActors(name, 3);
                throw new IllegalArgumentException("unknown actor '" + name + "'"
                        + (near.isEmpty() ? "" : "; did you mean " + String.join(" or ", near) + "?"));
            }
        }
    }

    private List<Actor> actorsMatching(Query q) throws IOException {
        List<Actor> actors = new ArrayList<>(stored(q, null, EventSchema.ACTOR_JSON,
                json -> ArticleJson.actorFromTree(ArticleJson.read(json))));
        actors.sort(Comparator.comparing(Actor::name).thenComparing(Actor::id));
        return actors;
    }

    private static Query actorQuery(String key) {
        return KeywordField.newExactQuery(EventSchema.ACTOR_KEY, key);
    }

    /** The Lucene query of an event query: every criterion a filter, the words the only scoring part. */
    Query toQuery(EventQuery q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String actor : q.actors()) {
            b.add(KeywordField.newExactQuery(EventSchema.ACTOR, ActorNames.key(actor)), BooleanClause.Occur.FILTER);
        }
        if (q.type() != null) {
            b.add(KeywordField.newExactQuery(EventSchema.TYPE, q.type().name()), BooleanClause.Occur.FILTER);
        }
        if (q.mode() != null) {
            b.add(KeywordField.newExactQuery(EventSchema.MODE, q.mode().name()), BooleanClause.Occur.FILTER);
        }
        if (q.place() != null) {
            b.add(KeywordField.newExactQuery(EventSchema.PLACE, ActorNames.key(q.place())), BooleanClause.Occur.FILTER);
        }
        if (q.country() != null) {
            b.add(KeywordField.newExactQuery(EventSchema.COUNTRY, q.country().toUpperCase(Locale.ROOT)),
                    BooleanClause.Occur.FILTER);
        }
        // overlap: the event starts no later than the period ends and ends no earlier than it starts
        if (q.to() != null) {
            b.add(LongField.newRangeQuery(EventSchema.EARLIEST, Long.MIN_VALUE, q.to().toEpochDay()), BooleanClause.Occur.FILTER);
        }
        if (q.from() != null) {
            b.add(LongField.newRangeQuery(EventSchema.LATEST, q.from().toEpochDay(), Long.MAX_VALUE), BooleanClause.Occur.FILTER);
        }
        Query words = textQuery(q.text());
        if (words != null) {
            b.add(words, BooleanClause.Occur.MUST);
        }
        BooleanQuery built = b.build();
        // every field above is on event documents only; with no criterion, say which documents are events
        return built.clauses().isEmpty() ? new TermQuery(EVENTS) : built;
    }

    private Query textQuery(String text) {
        if (text == null) {
            return null;
        }
        SimpleQueryParser parser = new SimpleQueryParser(analyzer,
                Map.of(EventSchema.SUMMARY, 2f, EventSchema.SENTENCES, 1f, EventSchema.TITLES, 0.5f));
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        return parser.parse(text); // null when only stop words are left
    }

    private Map<String, List<FacetCount>> facets(Snapshot s, FacetsCollectorManager.FacetsResult r, Set<String> asked)
            throws IOException {
        Map<String, List<FacetCount>> out = new LinkedHashMap<>();
        SortedSetDocValuesReaderState state = s.facetState();
        if (state == null) {
            EventSchema.FACETS.forEach(dim -> out.put(dim, List.of()));
            return out;
        }
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, r.facetsCollector());
        for (String dim : EventSchema.FACETS) {
            List<FacetCount> values = new ArrayList<>();
            boolean coActors = dim.equals(EventSchema.FACET_ACTOR);
            FacetResult fr;
            try {
                fr = counts.getTopChildren(TOP_FACETS + (coActors ? asked.size() : 0), dim);
            } catch (IllegalArgumentException noSuchDimension) {
                fr = null; // no event has this facet (say, no place at all)
            }
            if (fr != null) {
                for (LabelAndValue lv : fr.labelValues) {
                    if (!(coActors && asked.contains(lv.label)) && values.size() < TOP_FACETS) {
                        values.add(new FacetCount(lv.label, lv.value.longValue()));
                    }
                }
            }
            out.put(dim, values);
        }
        return out;
    }

    /** The actors a query asks for, whole: the co-actor facet leaves them out and the evidence marks all their names. */
    private List<Actor> askedActors(EventQuery q) throws IOException {
        List<Actor> actors = new ArrayList<>();
        for (String a : q.actors()) {
            actors.addAll(actorsMatching(actorQuery(ActorNames.key(a))));
        }
        return actors;
    }

    /** A query over the sentence field whose terms are the words searched for and the asked actors' names. */
    private Query highlightQuery(EventQuery q, List<Actor> asked) {
        Set<String> words = new LinkedHashSet<>();
        if (q.text() != null) {
            words.addAll(analyze(q.text().replaceAll("[\"+|\\-*~()\\\\]", " ")));
        }
        q.actors().forEach(a -> words.addAll(analyze(ActorNames.key(a))));
        asked.forEach(actor -> ActorNames.keys(actor).forEach(k -> words.addAll(analyze(k))));
        if (words.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        words.forEach(w -> b.add(new TermQuery(new Term(EventSchema.SENTENCES, w)), BooleanClause.Occur.SHOULD));
        return b.build();
    }

    private List<String> analyze(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(EventSchema.SENTENCES, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return terms;
    }

    /** A highlighter that marks the words of a query; {@code null} when there is nothing to mark. One search uses it. */
    private static Marker marker(Query marks) {
        if (marks == null) {
            return null;
        }
        SpanCollector spans = new SpanCollector();
        Highlighter h = new Highlighter(spans, new QueryTermScorer(marks, EventSchema.SENTENCES));
        h.setTextFragmenter(new NullFragmenter());
        h.setMaxDocCharsToAnalyze(Integer.MAX_VALUE);
        return new Marker(h, spans);
    }

    /** Lucene's highlighter with the formatter that collects its marks. */
    private record Marker(Highlighter highlighter, SpanCollector spans) {
    }

    /** The mention sentence with the most matched words (the first when none matches), marked. */
    private Evidence evidence(Event e, Marker marks) {
        Evidence best = null;
        List<Mention> mentions = e.mentions();
        for (int i = 0; i < Math.min(EVIDENCE_CANDIDATES, mentions.size()); i++) {
            Evidence ev = mark(mentions.get(i).sentence(), marks);
            if (best == null || ev.marks().size() > best.marks().size()) {
                best = ev;
            }
        }
        return best;
    }

    private Evidence mark(String sentence, Marker m) {
        if (m == null) {
            return new Evidence(sentence, List.of());
        }
        SpanCollector spans = m.spans();
        spans.spans.clear();
        try {
            m.highlighter().getBestFragment(analyzer, EventSchema.SENTENCES, sentence);
        } catch (IOException | InvalidTokenOffsetsException e) {
            return new Evidence(sentence, List.of()); // an unmarked sentence still proves the event
        }
        return new Evidence(sentence, joinAdjacent(sentence, spans.spans));
    }

    /** Marks only a space apart become one, so "Jake Sullivan" is marked as one name. */
    private static List<Evidence.Span> joinAdjacent(String text, List<Evidence.Span> spans) {
        List<Evidence.Span> out = new ArrayList<>();
        for (Evidence.Span s : spans) {
            Evidence.Span last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && text.substring(last.end(), s.start()).isBlank()) {
                out.set(out.size() - 1, new Evidence.Span(last.start(), s.end()));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /** Records where the matched words are instead of writing markup: each output marks them its own way. */
    private static final class SpanCollector implements Formatter {
        final List<Evidence.Span> spans = new ArrayList<>();

        @Override
        public String highlightTerm(String original, TokenGroup group) {
            if (group.getTotalScore() > 0) {
                spans.add(new Evidence.Span(group.getStartOffset(), group.getEndOffset()));
            }
            return original;
        }
    }

    private Snapshot acquire() {
        while (true) {
            Snapshot s = current;
            if (s.reader.tryIncRef()) {
                return s;
            }
        }
    }

    private static void release(Snapshot s) throws IOException {
        s.reader.decRef();
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            current.reader.decRef();
        } finally {
            directory.close();
        }
    }

    /** One commit of the index as seen by searches, with its facet state built once, on first use. */
    private static final class Snapshot {
        final DirectoryReader reader;
        final IndexSearcher searcher;
        private volatile Object facetState;

        Snapshot(DirectoryReader reader) {
            this.reader = reader;
            this.searcher = new IndexSearcher(reader);
        }

        /** The facet ordinals of this commit, or {@code null} when no document has facets. */
        SortedSetDocValuesReaderState facetState() throws IOException {
            Object st = facetState;
            if (st == null) {
                synchronized (this) {
                    st = facetState;
                    if (st == null) {
                        try {
                            st = new DefaultSortedSetDocValuesReaderState(reader, EventSchema.facets());
                        } catch (IllegalArgumentException noFacetField) {
                            st = Boolean.FALSE; // an empty index has no facet field yet
                        }
                        facetState = st;
                    }
                }
            }
            return st instanceof SortedSetDocValuesReaderState state ? state : null;
        }
    }
}
