package org.parley.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import org.parley.model.Article;
import org.parley.model.Problem;

/**
 * Reads JSON Lines feeds (one article per line: id, url, published, title, text), one line at a time,
 * so that a feed of any length is read in bounded memory and a broken line costs only itself.
 *
 * <p>Ids: the hash of "file#id" when the line has an id, else of its url, else of "file:line".
 */
final class JsonLinesReader {
    private final ArticleCleaner cleaner;
    private final ObjectMapper json = new ObjectMapper();

    JsonLinesReader(ArticleCleaner cleaner) {
        this.cleaner = cleaner;
    }

    void read(SourceFile file, Consumer<Article> articles, Consumer<Problem> problems) throws IOException {
        long limit = file.options().maxFileBytes();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file.path()), 1 << 16)) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            long number = 1;
            long lineBytes = 0;
            boolean windows1252Said = false;
            for (int b = in.read(); ; b = in.read()) {
                if (b == '\n' || b < 0) {
                    if (lineBytes > limit) {
                        problems.accept(new Problem(file.line(number),
                                "line of " + lineBytes + " bytes is over the limit of " + limit + " bytes", "skipped line " + number));
                    } else if (line.size() > 0) {
                        byte[] bytes = line.toByteArray();
                        if (TextDecoder.isBinary(bytes, bytes.length)) {
                            problems.accept(new Problem(file.line(number), "binary data (NUL bytes)", "skipped line " + number));
                        } else {
                            TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
                            if (decoded.fallbackCharset() != null && !windows1252Said) {
                                windows1252Said = true;
                                problems.accept(new Problem(file.line(number), "not valid UTF-8",
                                        "read as " + decoded.fallbackCharset()));
                            }
                            readLine(file, number, decoded.text(), articles, problems);
                        }
                    }
                    if (b < 0) {
                        return;
                    }
                    line.reset();
                    lineBytes = 0;
                    number++;
                } else {
                    lineBytes++;
                    if (lineBytes <= limit) {
                        line.write(b);
                    }
                }
            }
        }
    }

    private void readLine(SourceFile file, long number, String text, Consumer<Article> articles, Consumer<Problem> problems) {
        if (text.isBlank()) {
            return;
        }
        String where = file.line(number);
        String skipped = "skipped line " + number;
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (JsonProcessingException e) {
            problems.accept(new Problem(where, "not valid JSON: " + e.getOriginalMessage(), skipped));
            return;
        }
        if (node == null || !node.isObject()) {
            problems.accept(new Problem(where, "not a JSON object", skipped));
            return;
        }
        String id = field(node, "id");
        String url = field(node, "url");
        String published = field(node, "published");
        Optional<LocalDate> date = PublicationDates.parse(published);
        if (date.isEmpty() && file.publishedOverride() == null) {
            problems.accept(new Problem(where, published.isBlank()
                    ? "no \"published\" date"
                    : "\"published\" '" + PlainTextReader.shorten(published) + "' is not a date", skipped));
            return;
        }
        ArticleCleaner.Cleaned cleaned = cleaner.clean(field(node, "title"), field(node, "text"));
        if (cleaned.body().isBlank()) {
            problems.accept(new Problem(where, "no \"text\"", skipped));
            return;
        }
        String key = !id.isBlank() ? file.source() + "#" + id : !url.isBlank() ? url : where;
        String source = !id.isBlank() ? file.source() + "#" + id : where;
        articles.accept(new Article(ArticleIds.of(key), source, url.isBlank() ? null : url,
                file.published(date.orElse(null)), cleaned.title(), cleaned.body()));
    }

    private static String field(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? "" : value.isValueNode() ? value.asText() : value.toString();
    }
}
