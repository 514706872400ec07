package org.parley.bench;

/** The parts of Parley's run that the benchmark times apart, so a slow one stands out. */
public enum Stage {
    /** Reading the corpus files into articles. */
    INGEST("ingest"),
    /** Sentences, tokens and parts of speech. */
    TEXT("sentences"),
    /** Time expressions. */
    TIME("time"),
    /** Actor mentions. */
    ACTORS("actors"),
    /** Event extraction. */
    EVENTS("events"),
    /** Merging every article's events into happenings. */
    MERGE("merge"),
    /** Writing articles and happenings to Lucene and committing. */
    INDEX("index");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    /** The name the benchmark prints. */
    public String label() {
        return label;
    }
}
