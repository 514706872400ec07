package org.parley.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;
import org.parley.event.ArticleEvents;
import org.parley.model.Event;
import org.parley.model.EventType;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The configset's schema and {@link EventSchema} agree: every field of every kind of document Parley writes is in
 * schema.xml, of the same kind (type, indexed, stored, doc values), and schema.xml has no field Parley never writes
 * besides the Solr store's own. A field added to one and not the other fails here.
 */
class SolrConfigsetTest {
    /** How a field is kept, in the schema's words; a field several kinds of document share is the union of their uses. */
    record Kind(String type, boolean indexed, boolean stored, boolean docValues) {
    }

    @Test
    void everyFieldOfEveryDocumentIsInTheSchemaOfTheSameKind() throws Exception {
        Map<String, Kind> schema = schema();
        Map<String, Kind> written = written();
        for (Map.Entry<String, Kind> f : written.entrySet()) {
            assertTrue(schema.containsKey(f.getKey()), "schema.xml has no field " + f.getKey() + " (" + f.getValue() + ")");
            assertEquals(f.getValue(), schema.get(f.getKey()), "field " + f.getKey() + " is of another kind in schema.xml");
        }
        Set<String> unused = new TreeSet<>(schema.keySet());
        unused.removeAll(written.keySet());
        unused.removeAll(SolrCollection.OWN_FIELDS);
        assertEquals(Set.of(), unused, "fields of schema.xml that no Parley document has");
    }

    @Test
    void aFieldMissingFromTheSchemaIsFound() throws Exception {
        Map<String, Kind> schema = schema();
        Document d = new Document();
        d.add(new TextField("headline", "x", org.apache.lucene.document.Field.Store.NO));
        assertTrue(kinds(List.of(d)).keySet().stream().noneMatch(schema::containsKey));
    }

    /** The fields of an event, a raw event, an article and an actor document, as Parley makes them. */
    private static Map<String, Kind> written() {
        Event e = Fixtures.event("meet", EventType.MEET, Fixtures.day("2024-02-12"), "Ankara", "a1",
                "Sullivan met Ushakov in Ankara.", Fixtures.SULLIVAN, Fixtures.USHAKOV);
        ArticleEvents ae = Fixtures.articleEvents(Fixtures.article("a1", "Sullivan met Ushakov in Ankara."), List.of(e));
        List<Document> docs = new ArrayList<>();
        docs.add(EventSchema.toDocument(e, id -> "site", Set.of("MEET|ACTUAL|jake-sullivan|2024-02"), "key"));
        docs.add(EventSchema.toRawDocument(e, "a1", 0, "site", Set.of("MEET|ACTUAL|jake-sullivan|2024-02")));
        docs.add(EventSchema.toDocument(ae, "hash"));
        docs.add(EventSchema.toDocument(Fixtures.SULLIVAN));
        return kinds(docs);
    }

    private static Map<String, Kind> kinds(List<Document> docs) {
        Map<String, Kind> kinds = new TreeMap<>();
        for (Document d : docs) {
            for (IndexableField f : d) {
                if (f instanceof SortedSetDocValuesFacetField facet) {
                    kinds.put(SolrCollection.FACET_PREFIX + facet.dim, new Kind("string", false, false, true));
                    continue;
                }
                String type = f instanceof TextField ? "text_english"
                        : f.numericValue() instanceof Integer ? "pint"
                        : f.numericValue() != null ? "plong" : "string";
                boolean indexed = f.fieldType().indexOptions() != IndexOptions.NONE || f.fieldType().pointDimensionCount() > 0;
                Kind k = new Kind(type, indexed, f.fieldType().stored(), f.fieldType().docValuesType() != DocValuesType.NONE);
                // one Solr field serves every document that has it: indexed, stored or with doc values if any is
                Kind before = kinds.get(f.name());
                assertTrue(before == null || before.type().equals(type), "field " + f.name() + " is of two types: " + before + ", " + k);
                kinds.put(f.name(), before == null ? k : new Kind(type, k.indexed() || before.indexed(),
                        k.stored() || before.stored(), k.docValues() || before.docValues()));
            }
        }
        return kinds;
    }

    private static Map<String, Kind> schema() throws Exception {
        Map<String, Kind> fields = new TreeMap<>();
        try (InputStream in = SolrConfigsetTest.class.getClassLoader().getResourceAsStream(SolrCollection.CONFIGSET + "/schema.xml")) {
            NodeList list = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getElementsByTagName("field");
            for (int i = 0; i < list.getLength(); i++) {
                Element f = (Element) list.item(i);
                fields.put(f.getAttribute("name"), new Kind(f.getAttribute("type"), "true".equals(f.getAttribute("indexed")),
                        "true".equals(f.getAttribute("stored")), "true".equals(f.getAttribute("docValues"))));
            }
        }
        return fields;
    }
}
