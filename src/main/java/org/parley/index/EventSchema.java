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
 * <p>Three kinds of document share the index, told apart by {@link #KIND}: events (what search
 * finds), articles (what the pipeline read, kept so a run can re-merge and skip unchanged articles)
 * and actors (every name the index knows, for "did you mean" suggestions).
 */
public final class EventSchema {
    /** Which kind of document: {@link #EVENT}, {@link #ARTICLE} or {@link #ACTOR_DOC}. */
    public static final String KIND = "kind";
    public static final String EVENT = "event";
    public static final String ARTICLE = "article";
    public static final String ACTOR_DOC = "actor";

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

    // article fields
    public static final String ARTICLE_ID = "article_id";
    public static final String CONTENT_HASH = "content_hash";
    public static final String SOURCE = "source";
    public static final String ARTICLE_JSON = "article_json";
    /** The article's own events before merging, with whole actors (see {@link #rawEventsToJson}). */
    public static final String RAW_EVENTS = "raw_events";

    // actor fields (also ACTOR_ID); the keys have a field of their own so that ACTOR is only on events
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
        return new Sort(earliest, width, KeywordField.newSortField(ID, false, SortedSetSelector.Type.MIN));
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
        Set<String> sources = new LinkedHashSet<>();
        Set<String> articles = new LinkedHashSet<>();
        for (Mention m : e.mentions()) {
            d.add(new TextField(SENTENCES, m.sentence(), Field.Store.NO));
            if (m.title() != null && articles.add(m.article())) {
                d.add(new TextField(TITLES, m.title(), Field.Store.NO));
                d.add(new KeywordField(MENTIONED_IN, m.article(), Field.Store.NO));
            }
            String source = sourceOf.apply(m.article());
            sources.add(source == null || source.isBlank() ? host(m) : source);
        }
        sources.forEach(s -> d.add(new SortedSetDocValuesFacetField(FACET_SOURCE, s)));
        d.add(new StoredField(JSON, EventJson.toJson(e)));
        return d;
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
        Document d = new Document();
        d.add(new StringField(KIND, ARTICLE, Field.Store.NO));
        d.add(new KeywordField(ARTICLE_ID, ae.article().article().id(), Field.Store.YES));
        d.add(new StoredField(CONTENT_HASH, contentHash));
        d.add(new StoredField(SOURCE, sourceLabel(ae)));
        d.add(new StoredField(ARTICLE_JSON, ArticleJson.toJson(ae.article())));
        d.add(new StoredField(RAW_EVENTS, rawEventsToJson(ae.events())));
        return d;
    }

    private static String sourceLabel(ArticleEvents ae) {
        var art = ae.article().article();
        String host = hostOf(art.url());
        return host == null ? art.source() : host;
    }

    /** The document naming one actor by all its keys, with the whole actor stored. */
    public static Document toDocument(Actor a) {
        Document d = new Document();
        d.add(new StringField(KIND, ACTOR_DOC, Field.Store.NO));
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
