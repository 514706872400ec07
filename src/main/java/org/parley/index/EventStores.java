package org.parley.index;

import java.io.IOException;
import java.nio.file.Path;
import org.parley.event.EventMerger;

/**
 * Where the commands get their event store: the one place that knows which store a location names, a local index
 * folder ({@link LuceneEventIndex}, {@link EventSearcher}) or a SolrCloud collection ({@link SolrEventIndex},
 * {@link SolrEventReader}). The commands see only {@link EventIndex} and {@link EventReader}.
 */
public final class EventStores {
    private EventStores() {
    }

    /**
     * Opens a store for writing.
     *
     * @throws IndexInUseException  when another run writes it
     * @throws IndexFormatException when it holds an index of another layout
     */
    public static EventIndex openIndex(Path dir, EventMerger merger) throws IOException {
        return LuceneEventIndex.open(dir, merger);
    }

    /**
     * Opens a store for reading.
     *
     * @throws IllegalArgumentException when there is no index there (a user's mistake: a wrong path)
     */
    public static EventReader openReader(Path dir) throws IOException {
        return EventSearcher.open(dir);
    }

    /** Opens a local index or a SolrCloud collection for writing. */
    public static EventIndex openIndex(StoreLocation at, EventMerger merger) throws IOException {
        if (at.dir() != null) {
            return openIndex(at.dir(), merger);
        }
        SolrCollection solr = SolrCollection.connect(at.solr(), at.collection());
        try {
            return SolrEventIndex.open(solr, merger);
        } catch (IOException | RuntimeException e) {
            solr.close();
            throw e;
        }
    }

    /** Opens a local index or a SolrCloud collection for reading. */
    public static EventReader openReader(StoreLocation at) throws IOException {
        if (at.dir() != null) {
            return openReader(at.dir());
        }
        return SolrEventReader.open(SolrCollection.connect(at.solr(), at.collection()));
    }
}
