package org.parley.index;

import java.io.IOException;
import java.nio.file.Path;
import org.parley.event.EventMerger;

/**
 * Where the commands get their event store: the one place that knows which store a location names. Today every
 * location is a local index folder; a second store (a SolrCloud collection) is added here, and the commands, which
 * see only {@link EventIndex} and {@link EventReader}, stay as they are.
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
}
