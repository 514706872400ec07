package org.parley.bench;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.parley.model.Article;

/**
 * The floor Parley is measured against: every article body as one plain text field, analysed by
 * Lucene's {@link StandardAnalyzer}, in one index with one commit at the end. Nothing Parley adds
 * (sentences, dates, actors, events, merging) is done.
 */
public final class RawLuceneBaseline implements AutoCloseable {
    private final IndexWriter writer;

    /** Opens a new index in an empty folder. */
    public RawLuceneBaseline(Path dir) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(64);
        this.writer = new IndexWriter(FSDirectory.open(dir), config);
    }

    /** Adds one article's body; thread-safe, as {@link IndexWriter} is. */
    public void add(Article article) throws IOException {
        Document doc = new Document();
        doc.add(new StringField("id", article.id(), Field.Store.YES));
        doc.add(new TextField("body", article.body(), Field.Store.NO));
        writer.addDocument(doc);
    }

    /** Commits everything added, once. */
    public void commit() throws IOException {
        writer.commit();
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
