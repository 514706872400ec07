package org.parley.index;

import java.util.List;
import org.parley.model.Problem;

/**
 * What an index run did, for the user and for tests: how many articles it read, added, left alone,
 * replaced and removed, how many events the index holds after it, and what went wrong.
 *
 * @param read      articles the source gave
 * @param added     new articles indexed
 * @param unchanged articles skipped because their content hash had not changed
 * @param replaced  changed articles re-read and replaced
 * @param removed   articles no longer in the source, deleted
 * @param events    events in the index after the run
 * @param problems  inputs that could not be read, each with what was done about it
 */
public record IndexReport(int read, int added, int unchanged, int replaced, int removed, long events, List<Problem> problems) {
    public IndexReport {
        problems = List.copyOf(problems);
    }

    /** One line for the user. */
    public String summary() {
        return String.format(java.util.Locale.ROOT,
                "%d articles read: %d added, %d unchanged, %d replaced, %d removed; %d events in the index; %d problems",
                read, added, unchanged, replaced, removed, events, problems.size());
    }
}
