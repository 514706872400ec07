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
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
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
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
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
 * The local event store's reading side: searches events by actor, type, mode, place, country, date
 * overlap and words, with facets, highlighted evidence and pages.
 *
 * <p>Opens the index read-only and never takes its lock, so it works while an index run writes; it
 * sees the last commit, and {@link #refresh()} moves it to a newer one. Lucene's {@link SearcherManager} keeps the
 * current commit and lets searches under way finish on the one they started on. Thread-safe: one searcher serves
 * every thread of a server.
 */
public final class EventSearcher implements EventReader {
    private static final Term EVENTS = new Term(EventSchema.KIND, EventSchema.EVENT);
    private static final Term ACTORS = new Term(EventSchema.KIND, EventSchema.ACTOR_DOC);
    private static final int TOP_FACETS = 10;
    /** How many of an event's mentions are looked at for the best evidence sentence. */
    private static final int EVIDENCE_CANDIDATES = 5;
    /** Events read from the index at once when every one is read: a page's JSON, not the whole index's. */
    static final int READ_PAGE = 1000;

    private final Path dir;
    private final Directory directory;
    private final Analyzer analyzer = EventSchema.analyzer();
    private final SearcherManager manager;

    private EventSearcher(Path dir, Directory directory) throws IOException {
        this.dir = dir;
        this.directory = directory;
        this.manager = new SearcherManager(directory, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                return new CommitSearcher(reader);
            }
        });
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
            return new EventSearcher(dir, directory);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
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

    /** Moves to the newest commit, if there is one; searches under way finish on the old one. */
    @Override
    public boolean refresh() throws IOException {
        if (manager.isSearcherCurrent()) {
            return false;
        }
        manager.maybeRefreshBlocking();
        return true;
    }

    @Override
    public SearchResult search(EventQuery q, boolean withFacets, String after) throws IOException {
        CommitSearcher s = acquire();
        try {
            Query query = toQuery(q);
            List<Actor> asked = askedActors(q);
            EventQuery.SortOrder order = q.sort() == EventQuery.SortOrder.RELEVANCE && q.text() != null
                    ? EventQuery.SortOrder.RELEVANCE : EventQuery.SortOrder.DATE;
            Sort sort = order == EventQuery.SortOrder.RELEVANCE ? EventSchema.relevanceOrder() : EventSchema.dateOrder();
            int maxDoc = s.getIndexReader().maxDoc();
            FieldDoc from = after == null || after.isBlank() ? null
                    : PageToken.read(after, order, sort.getSort(), Math.max(0, maxDoc - 1));
            if (maxDoc == 0) {
                from = null; // an empty index has no page after any other
            }
            int n = q.limit() + 1; // one more than asked says whether a next page exists
            TopDocs top;
            Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
            if (withFacets) {
                FacetsCollectorManager.FacetsResult r = FacetsCollectorManager.searchAfter(s, from, query, n, sort,
                        true, new FacetsCollectorManager());
                top = r.topDocs();
                facets = facets(s, r, asked.stream().map(Actor::name).collect(java.util.stream.Collectors.toSet()));
            } else {
                // the index is in date order: collecting may stop after the first hits, and counting is cheaper apart
                top = s.search(query, new TopFieldCollectorManager(sort, n, from, n, false));
            }
            long total = s.count(query);
            Marker marks = marker(highlightQuery(q, asked));
            StoredFields stored = s.storedFields();
            List<EventHit> hits = new ArrayList<>();
            ScoreDoc[] docs = top.scoreDocs;
            int shown = Math.min(q.limit(), docs.length);
            for (int i = 0; i < shown; i++) {
                ScoreDoc sd = docs[i];
                Event e = EventSchema.eventOf(stored.document(sd.doc, Set.of(EventSchema.JSON)));
                float score = sd instanceof FieldDoc fd && fd.fields[0] instanceof Float f ? f
                        : Float.isNaN(sd.score) ? 0f : sd.score; // sorted by relevance, the score is the first sort value
                hits.add(new EventHit(e, score, evidence(e, marks)));
            }
            String next = docs.length > q.limit() ? PageToken.after(order, (FieldDoc) docs[shown - 1]) : null;
            return new SearchResult(total, hits, facets, next);
        } finally {
            release(s);
        }
    }

    @Override
    public Optional<Event> event(String id) throws IOException {
        CommitSearcher s = acquire();
        try {
            Query q = new BooleanQuery.Builder().add(new TermQuery(EVENTS), BooleanClause.Occur.FILTER)
                    .add(KeywordField.newExactQuery(EventSchema.ID, id), BooleanClause.Occur.FILTER).build();
            TopDocs top = s.search(q, 1, EventSchema.dateOrder());
            return top.scoreDocs.length == 0 ? Optional.empty()
                    : Optional.of(EventSchema.eventOf(s.storedFields().document(top.scoreDocs[0].doc, Set.of(EventSchema.JSON))));
        } finally {
            release(s);
        }
    }

    /** Every event in date order, read a page at a time from one commit, so the heap holds one page of JSON. */
    @Override
    public void forEachEvent(Consumer<Event> action) throws IOException {
        CommitSearcher s = acquire();
        try {
            Query q = new TermQuery(EVENTS);
            Sort sort = EventSchema.dateOrder();
            StoredFields stored = s.storedFields();
            FieldDoc after = null;
            while (true) {
                TopDocs page = s.search(q, new TopFieldCollectorManager(sort, READ_PAGE, after, READ_PAGE, false));
                for (ScoreDoc sd : page.scoreDocs) {
                    action.accept(EventSchema.eventOf(stored.document(sd.doc, Set.of(EventSchema.JSON))));
                }
                if (page.scoreDocs.length < READ_PAGE) {
                    return;
                }
                after = (FieldDoc) page.scoreDocs[page.scoreDocs.length - 1];
            }
        } finally {
            release(s);
        }
    }

    /** Every article with its dates and actors marked, by publication date then id. */
    @Override
    public List<AnnotatedArticle> allArticles() throws IOException {
        List<AnnotatedArticle> articles = new ArrayList<>(stored(new TermQuery(new Term(EventSchema.KIND, EventSchema.ARTICLE)),
                EventSchema.ARTICLE_JSON, ArticleJson::fromJson));
        articles.sort(Comparator.comparing((AnnotatedArticle a) -> a.article().published())
                .thenComparing(a -> a.article().id()));
        return articles;
    }

    /** One stored field of every document that matches, read into a value, in index order. */
    private <T> List<T> stored(Query q, String field, Function<String, T> read) throws IOException {
        CommitSearcher s = acquire();
        try {
            List<T> out = new ArrayList<>();
            StoredFields stored = s.storedFields();
            int n = Math.max(1, s.count(q)); // not maxDoc: a top-n queue of the whole index costs its size
            for (ScoreDoc sd : s.search(q, n).scoreDocs) {
                out.add(read.apply(stored.document(sd.doc, Set.of(field)).get(field)));
            }
            return out;
        } finally {
            release(s);
        }
    }

    @Override
    public List<Actor> knownActors() throws IOException {
        return actorsMatching(new TermQuery(ACTORS));
    }

    /** Whether some event has an actor known by this name (any alias, any case): whether an actor search finds any. */
    @Override
    public boolean knowsActor(String name) throws IOException {
        CommitSearcher s = acquire();
        try {
            Query q = new BooleanQuery.Builder().add(new TermQuery(EVENTS), BooleanClause.Occur.FILTER)
                    .add(KeywordField.newExactQuery(EventSchema.ACTOR, ActorNames.key(name)), BooleanClause.Occur.FILTER)
                    .build();
            return s.search(q, 1).scoreDocs.length > 0;
        } finally {
            release(s);
        }
    }

    /** The names of the known actors nearest to an unknown name (by edit distance over every alias), best first. */
    @Override
    public List<String> suggestActors(String name, int max) throws IOException {
        CommitSearcher s = acquire();
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
                for (SuggestWord w : checker.suggestSimilar(new Term(EventSchema.ACTOR_KEY, t), max * 3, s.getIndexReader(),
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
     * The actors whose documents match, each whole: every version of an actor the events name (other reports give it
     * other aliases and offices) joined into one, in the order of their version keys so that the result does not
     * depend on how the index was built.
     */
    private List<Actor> actorsMatching(Query q) throws IOException {
        List<Actor> versions = new ArrayList<>(stored(q, EventSchema.ACTOR_JSON,
                json -> ArticleJson.actorFromTree(ArticleJson.read(json))));
        versions.sort(Comparator.comparing(EventSchema::actorVersion));
        Map<String, Actor> byId = new java.util.TreeMap<>();
        for (Actor a : versions) {
            byId.merge(a.id(), a, EventSearcher::join);
        }
        List<Actor> actors = new ArrayList<>(byId.values());
        actors.sort(Comparator.comparing(Actor::name).thenComparing(Actor::id));
        return actors;
    }

    /** Two versions of one actor as one: the first's name and kind, both's aliases and offices. */
    private static Actor join(Actor a, Actor b) {
        Set<String> aliases = new LinkedHashSet<>(a.aliases());
        aliases.addAll(b.aliases());
        Set<org.parley.model.Role> roles = new LinkedHashSet<>(a.roles());
        roles.addAll(b.roles());
        return new Actor(a.id(), a.name(), a.kind(), a.country() != null ? a.country() : b.country(),
                List.copyOf(aliases), List.copyOf(roles));
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

    private Map<String, List<FacetCount>> facets(CommitSearcher s, FacetsCollectorManager.FacetsResult r, Set<String> asked)
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

    private CommitSearcher acquire() throws IOException {
        return (CommitSearcher) manager.acquire();
    }

    private void release(CommitSearcher s) throws IOException {
        manager.release(s);
    }

    @Override
    public void close() throws IOException {
        try {
            manager.close();
        } finally {
            directory.close();
        }
    }

    /** A searcher of one commit, with its facet state built once, on first use. */
    private static final class CommitSearcher extends IndexSearcher {
        private volatile Object facetState;

        CommitSearcher(IndexReader reader) {
            super(reader);
        }

        /** The facet ordinals of this commit, or {@code null} when no document has facets. */
        SortedSetDocValuesReaderState facetState() throws IOException {
            Object st = facetState;
            if (st == null) {
                synchronized (this) {
                    st = facetState;
                    if (st == null) {
                        try {
                            st = new DefaultSortedSetDocValuesReaderState(getIndexReader(), EventSchema.facets());
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
