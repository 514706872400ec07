package org.parley.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.SortedSetSelector;
import org.parley.event.ArticleEvents;
import org.parley.event.EventJson;
import org.parley.model.Actor;
import org.parley.model.Event;
import org.parley.model.Mention;
import org.parley.model.Participant;
import org.parley.model.TimeValue;

/**
 * The one place that knows how Parley's index is laid out: the field names, and how an event, an
 * article and an actor become Lucene documents and come back.
 *
 * <p>Four kinds of document share the index, told apart by {@link #KIND}: events (the merged happenings search
 * finds), articles (what the pipeline read, kept so that a run can skip unchanged articles and the site can mark
 * them), raw events (each article's own events before the merge, under their {@link MergeBlocks merge blocks}, so
 * that a commit re-merges only what a run touched) and actors (every version of every actor the events name, for
 * "did you mean" suggestions).
 */
public final class EventSchema {
    /** Which kind of document: {@link #EVENT}, {@link #ARTICLE} or {@link #ACTOR_DOC}. */
    public static final String KIND = "kind";
    public static final String EVENT = "event";
    public static final String ARTICLE = "article";
    public static final String ACTOR_DOC = "actor";
    public static final String RAW = "raw";
    /** The layout these constants describe, in each commit's user data: an index of another layout is refused. */
    public static final String FORMAT_KEY = "parley.index.format";
    public static final String FORMAT = "2";

    // event fields
    public static final String ID = "id";
    /** Every key of every participant ({@link ActorNames#keys}): ids, names, aliases, lower-cased. */
    public static final String ACTOR = "actor";
    public static final String ACTOR_ID = "actor_id";
    public static final String TYPE = "type";
    public static final String CAMEO = "cameo";
    public static final String MODE = "mode";
    /**
     * The place as {@link ActorNames#key}s, so that "geneva" finds "Geneva", with a state's other names
     * ({@link PlaceNames}) so that "Turkey" finds "Türkiye".
     */
    public static final String PLACE = "place";
    /** The ISO 3166 alpha-3 codes of the participants' countries. */
    public static final String COUNTRY = "country";
    /** First and last day the event can fall on, as epoch days: a date filter is an overlap test. */
    public static final String EARLIEST = "earliest";
    public static final String LATEST = "latest";
    /** Days between earliest and latest plus one: the smaller, the more precise. */
    public static final String WIDTH = "width";
    public static final String SUMMARY = "summary";
    public static final String SENTENCES = "sentences";
    public static final String TITLES = "titles";
    /** The article ids of the event's mentions. */
    public static final String MENTIONED_IN = "mentioned_in";
    /** The event in the JSON of DESIGN.md ({@link EventJson}). */
    public static final String JSON = "json";
    /**
     * A hash of the stored JSON, the last key of the index order: two happenings with one id, date and width (the
     * merger may keep them apart, say by place) come in the same order however the index was built.
     */
    public static final String TIEBREAK = "tiebreak";
    /** The merge blocks of an event or raw event (see {@link MergeBlocks}), indexed; stored one a line as {@link #BLOCKS}. */
    public static final String BLOCK = "block";
    public static final String BLOCKS = "blocks";
    /**
     * Each participant's version (its id and a hash of it whole: aliases and offices), indexed; stored one a line as
     * {@link #ACTOR_VERSIONS}. An actor document lives as long as some event names its version.
     */
    public static final String ACTOR_VERSION = "actor_version";
    public static final String ACTOR_VERSIONS = "actor_versions";
    /** A hash of all a happening's document is made of ({@link #happeningKey}), indexed and stored. */
    public static final String HAPPENING_KEY = "happening_key";

    // raw event fields (also ARTICLE_ID, SOURCE, BLOCK, BLOCKS)
    /** One event of an article before the merge, with whole actors ({@link #rawEventsToJson} of one). */
    public static final String RAW_EVENT = "raw_event";
    /** Where the raw event stands among its article's events: the merge reads them in that order. */
    public static final String SEQ = "seq";

    // article fields
    public static final String ARTICLE_ID = "article_id";
    public static final String CONTENT_HASH = "content_hash";
    public static final String SOURCE = "source";
    public static final String ARTICLE_JSON = "article_json";

    // actor fields (also ACTOR_ID); the keys have a field of their own so that ACTOR is only on events
    /** The version an actor document holds, the term it is replaced and deleted by. */
    public static final String ACTOR_DOC_VERSION = "actor_doc_version";
    /** Every key of an actor, on its actor document: what "did you mean" suggestions are drawn from. */
    public static final String ACTOR_KEY = "actor_key";
    public static final String ACTOR_JSON = "actor_json";

    // facet dimensions
    public static final String FACET_ACTOR = "actor";
    public static final String FACET_TYPE = "type";
    public static final String FACET_PLACE = "place";
    public static final String FACET_YEAR = "year";
    public static final String FACET_SOURCE = "source";
    public static final List<String> FACETS = List.of(FACET_ACTOR, FACET_TYPE, FACET_PLACE, FACET_YEAR, FACET_SOURCE);

    /** What a facet is called for a reader: "co-actors", "types", "places", "years", "sources". */
    public static String facetTitle(String dim) {
        return switch (dim) {
            case FACET_ACTOR -> "co-actors";
            case FACET_TYPE -> "types";
            case FACET_PLACE -> "places";
            case FACET_YEAR -> "years";
            case FACET_SOURCE -> "sources";
            default -> dim;
        };
    }

    /** Years an event is counted under at most; wider dates ("199X") count under their first ones. */
    private static final int MAX_FACET_YEARS = 10;
    private static final FacetsConfig FACETS_CONFIG = facetsConfig();

    private EventSchema() {
    }

    /** The analyzer of the text fields: English stemming and stop words, so "talks" finds "talked". */
    public static Analyzer analyzer() {
        return new EnglishAnalyzer();
    }

    /** The facet dimensions; actors, years and sources hold several values per event. */
    public static FacetsConfig facets() {
        return FACETS_CONFIG;
    }

    private static FacetsConfig facetsConfig() {
        FacetsConfig c = new FacetsConfig();
        c.setMultiValued(FACET_ACTOR, true);
        c.setMultiValued(FACET_YEAR, true);
        c.setMultiValued(FACET_SOURCE, true);
        return c;
    }

    /** Date order: earliest day, then the narrower (more precise) date, then id; undated last. */
    public static Sort dateOrder() {
        return indexOrder();
    }

    /** Relevance first, then date order. */
    public static Sort relevanceOrder() {
        List<SortField> fields = new ArrayList<>();
        fields.add(SortField.FIELD_SCORE);
        fields.addAll(List.of(indexOrder().getSort()));
        return new Sort(fields.toArray(SortField[]::new));
    }

    /** The index keeps its documents in date order, so a date-ordered search stops after the first hits. */
    static Sort indexOrder() {
        SortField earliest = LongField.newSortField(EARLIEST, false, SortedNumericSelector.Type.MIN);
        earliest.setMissingValue(Long.MAX_VALUE);
        SortField width = new SortField(WIDTH, SortField.Type.LONG);
        width.setMissingValue(Long.MAX_VALUE);
        return new Sort(earliest, width, KeywordField.newSortField(ID, false, SortedSetSelector.Type.MIN),
                new SortField(TIEBREAK, SortField.Type.LONG));
    }

    /**
     * An event as a document; {@code sourceOf} names the source of an article id (a site, a folder)
     * for the sources facet.
     */
    public static Document toDocument(Event e, Function<String, String> sourceOf) {
        Document d = new Document();
        d.add(new StringField(KIND, EVENT, Field.Store.NO));
        d.add(new KeywordField(ID, e.id(), Field.Store.NO));
        Set<String> keys = new LinkedHashSet<>();
        Set<String> countries = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        for (Participant p : e.actors()) {
            Actor a = p.actor();
            keys.addAll(ActorNames.keys(a));
            d.add(new KeywordField(ACTOR_ID, a.id(), Field.Store.NO));
            if (a.country() != null) {
                countries.add(a.country().toUpperCase(Locale.ROOT));
            }
            names.add(a.name());
        }
        keys.forEach(k -> d.add(new KeywordField(ACTOR, k, Field.Store.NO)));
        countries.forEach(c -> d.add(new KeywordField(COUNTRY, c, Field.Store.NO)));
        names.forEach(n -> d.add(new SortedSetDocValuesFacetField(FACET_ACTOR, n)));
        d.add(new KeywordField(TYPE, e.type().name(), Field.Store.NO));
        d.add(new KeywordField(CAMEO, e.cameo(), Field.Store.NO));
        d.add(new KeywordField(MODE, e.mode().name(), Field.Store.NO));
        d.add(new SortedSetDocValuesFacetField(FACET_TYPE, e.type().name()));
        if (e.place() != null && !e.place().isBlank()) {
            PlaceNames.standard().keys(e.place()).forEach(k -> d.add(new KeywordField(PLACE, k, Field.Store.NO)));
            d.add(new SortedSetDocValuesFacetField(FACET_PLACE, e.place()));
        }
        TimeValue v = e.date().value();
        if (v != null && v.isAnchored()) {
            d.add(new LongField(EARLIEST, v.earliest().toEpochDay(), Field.Store.NO));
            d.add(new LongField(LATEST, v.latest().toEpochDay(), Field.Store.NO));
            d.add(new NumericDocValuesField(WIDTH, v.widthInDays()));
            int last = Math.min(v.latest().getYear(), v.earliest().getYear() + MAX_FACET_YEARS - 1);
            for (int y = v.earliest().getYear(); y <= last; y++) {
                d.add(new SortedSetDocValuesFacetField(FACET_YEAR, Integer.toString(y)));
            }
        }
        d.add(new TextField(SUMMARY, e.summary(), Field.Store.NO));
        Set<String> articles = new LinkedHashSet<>();
        for (Mention m : e.mentions()) {
            d.add(new TextField(SENTENCES, m.sentence(), Field.Store.NO));
            if (m.title() != null && articles.add(m.article())) {
                d.add(new TextField(TITLES, m.title(), Field.Store.NO));
                d.add(new KeywordField(MENTIONED_IN, m.article(), Field.Store.NO));
            }
        }
        sourcesOf(e, sourceOf).forEach(s -> d.add(new SortedSetDocValuesFacetField(FACET_SOURCE, s)));
        String json = EventJson.toJson(e);
        d.add(new StoredField(JSON, json));
        d.add(new NumericDocValuesField(TIEBREAK, hash64(json)));
        Set<String> versions = new LinkedHashSet<>();
        e.actors().forEach(p -> versions.add(actorVersion(p.actor())));
        versions.forEach(ver -> d.add(new StringField(ACTOR_VERSION, ver, Field.Store.NO)));
        d.add(new StoredField(ACTOR_VERSIONS, String.join("\n", versions)));
        return d;
    }

    /** The sources facet's values of an event: its articles' sources, or the sites of its mentions' URLs. */
    private static Set<String> sourcesOf(Event e, Function<String, String> sourceOf) {
        Set<String> sources = new LinkedHashSet<>();
        for (Mention m : e.mentions()) {
            String source = sourceOf.apply(m.article());
            sources.add(source == null || source.isBlank() ? host(m) : source);
        }
        return sources;
    }

    /**
     * What a happening's document is made of (its JSON, its merge blocks, its sources), as one hash: a commit that
     * merges a component again leaves the documents whose key it gives again as they are, and writes only the others.
     */
    static String happeningKey(Event e, Function<String, String> sourceOf, Set<String> blocks) {
        return Long.toHexString(hash64(EventJson.toJson(e) + "\u0000" + String.join("\n", blocks) + "\u0000"
                + String.join("\n", sourcesOf(e, sourceOf))));
    }

    /** A merged event as a document under the merge blocks of its reports, with its {@link #happeningKey}. */
    static Document toDocument(Event e, Function<String, String> sourceOf, Set<String> blocks, String key) {
        Document d = toDocument(e, sourceOf);
        addBlocks(d, blocks);
        d.add(new StringField(HAPPENING_KEY, key, Field.Store.YES));
        return d;
    }

    /** The stored versions of the actors of an event document. */
    static List<String> actorVersionsOf(Document d) {
        return lines(d.get(ACTOR_VERSIONS));
    }

    /** One event of an article before the merge, as a document under its merge blocks. */
    static Document toRawDocument(Event e, String articleId, int seq, String source, Set<String> blocks) {
        Document d = new Document();
        d.add(new StringField(KIND, RAW, Field.Store.NO));
        d.add(new KeywordField(ARTICLE_ID, articleId, Field.Store.NO));
        d.add(new StoredField(SEQ, seq));
        d.add(new StoredField(SOURCE, source));
        d.add(new StoredField(RAW_EVENT, rawEventsToJson(List.of(e))));
        addBlocks(d, blocks);
        return d;
    }

    /** The raw event of a document written by {@link #toRawDocument}. */
    static Event rawEventOf(Document d) {
        return rawEventsFromJson(d.get(RAW_EVENT)).get(0);
    }

    /** The stored merge blocks of an event or raw event document. */
    static List<String> blocksOf(Document d) {
        return lines(d.get(BLOCKS));
    }

    private static void addBlocks(Document d, Set<String> blocks) {
        blocks.forEach(b -> d.add(new StringField(BLOCK, b, Field.Store.NO)));
        d.add(new StoredField(BLOCKS, String.join("\n", blocks)));
    }

    private static List<String> lines(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split("\n"));
    }

    /**
     * An actor's version: its id and a hash of it whole, so that two reports naming an actor with other aliases keep
     * both, and a version no event names any more can be found and dropped.
     */
    static String actorVersion(Actor a) {
        return a.id() + "#" + Long.toHexString(hash64(ArticleJson.write(ArticleJson.actorTree(a))));
    }

    /** The first 64 bits of the SHA-256 of a text. */
    static long hash64(String text) {
        try {
            byte[] h = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.nio.ByteBuffer.wrap(h).getLong();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** An event as a document, its sources named by the host of each mention's URL. */
    public static Document toDocument(Event e) {
        return toDocument(e, id -> null);
    }

    /** Facet fields turned into indexable ones; call on every document before adding it. */
    static Document build(Document d) {
        try {
            return FACETS_CONFIG.build(d);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String host(Mention m) {
        String host = hostOf(m.url());
        return host == null ? "unknown" : host;
    }

    /** The site of a URL without "www.", or {@code null} when there is no URL or it names no host. */
    static String hostOf(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null; // a malformed URL names no site
        }
    }

    /** The event stored in an event document. */
    public static Event eventOf(Document d) {
        return EventJson.fromJson(d.get(JSON));
    }

    /** The document of an article with what the pipeline read from it, under its content hash. */
    public static Document toDocument(ArticleEvents ae, String contentHash) {
        return toArticleDocument(ae.article().article().id(), contentHash, sourceLabel(ae), ArticleJson.toJson(ae.article()));
    }

    /** The document of an article from its stored fields: how a copy of another store's article is made. */
    static Document toArticleDocument(String articleId, String contentHash, String source, String articleJson) {
        Document d = new Document();
        d.add(new StringField(KIND, ARTICLE, Field.Store.NO));
        d.add(new KeywordField(ARTICLE_ID, articleId, Field.Store.YES));
        d.add(new StoredField(CONTENT_HASH, contentHash));
        d.add(new StoredField(SOURCE, source));
        d.add(new StoredField(ARTICLE_JSON, articleJson));
        return d;
    }

    /** What the sources facet calls an article: its site, or where it was read from. */
    static String sourceLabel(ArticleEvents ae) {
        var art = ae.article().article();
        String host = hostOf(art.url());
        return host == null ? art.source() : host;
    }

    /** The document naming one version of an actor by all its keys, with the whole actor stored. */
    public static Document toDocument(Actor a) {
        Document d = new Document();
        d.add(new StringField(KIND, ACTOR_DOC, Field.Store.NO));
        d.add(new StringField(ACTOR_DOC_VERSION, actorVersion(a), Field.Store.NO));
        d.add(new KeywordField(ACTOR_ID, a.id(), Field.Store.NO));
        ActorNames.keys(a).forEach(k -> d.add(new KeywordField(ACTOR_KEY, k, Field.Store.NO)));
        d.add(new StoredField(ACTOR_JSON, ArticleJson.write(ArticleJson.actorTree(a))));
        return d;
    }

    /** The actor stored in an actor document. */
    public static Actor actorOf(Document d) {
        return ArticleJson.actorFromTree(ArticleJson.read(d.get(ACTOR_JSON)));
    }

    /**
     * Events as JSON that keeps each participant's aliases and offices, which the event JSON drops:
     * a later run re-merges these and must index every alias again.
     */
    public static String rawEventsToJson(List<Event> events) {
        ArrayNode arr = ArticleJson.MAPPER.createArrayNode();
        for (Event e : events) {
            ObjectNode o = arr.addObject();
            o.set("event", EventJson.toTree(e));
            ArrayNode actors = o.putArray("actors");
            e.actors().forEach(p -> actors.add(ArticleJson.actorTree(p.actor())));
        }
        return ArticleJson.write(arr);
    }

    /** Reads events written by {@link #rawEventsToJson}, whole actors and all. */
    public static List<Event> rawEventsFromJson(String json) {
        List<Event> events = new ArrayList<>();
        for (JsonNode o : ArticleJson.read(json)) {
            Event e = EventJson.fromTree(o.path("event"));
            Map<String, Actor> whole = new LinkedHashMap<>();
            for (JsonNode a : o.path("actors")) {
                Actor actor = ArticleJson.actorFromTree(a);
                whole.put(actor.id(), actor);
            }
            List<Participant> parts = new ArrayList<>();
            for (Participant p : e.actors()) {
                parts.add(new Participant(whole.getOrDefault(p.actor().id(), p.actor()), p.role(), p.part()));
            }
            events.add(new Event(e.id(), e.type(), e.mode(), e.date(), parts, e.place(), e.summary(),
                    e.attribution(), e.mentions(), e.cameo()));
        }
        return events;
    }
}
