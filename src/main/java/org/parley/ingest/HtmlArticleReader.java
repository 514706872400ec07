package org.parley.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeVisitor;
import org.parley.model.Article;
import org.parley.model.Problem;

/**
 * Reads a saved web page with jsoup: the article's own text (never scripts, navigation, forms or
 * comments), its publication date from the page's metadata, its title and canonical URL.
 *
 * <p>The elements dropped are listed in data/ingest/html-drop.txt, the places a date is looked for in
 * data/ingest/html-dates.txt.
 */
final class HtmlArticleReader {
    private static final String JSON_LD = "@json-ld datePublished";
    private static final Pattern DECLARED_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final List<String> CONTENT_ROOTS =
            List.of("[itemprop=articleBody]", "article", "main", "[role=main]");

    private final ArticleCleaner cleaner;
    private final String dropSelector = String.join(", ", IngestData.lines("html-drop.txt"));
    private final List<String[]> dateSources = dateSources();
    private final ObjectMapper json = new ObjectMapper();

    HtmlArticleReader(ArticleCleaner cleaner) {
        this.cleaner = cleaner;
    }

    void read(SourceFile file, byte[] bytes, Consumer<Article> articles, Consumer<Problem> problems) {
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        String html = decoded.text();
        if (decoded.fallbackCharset() != null) {
            Charset declared = declaredCharset(bytes);
            String used = declared == null ? decoded.fallbackCharset() : declared.name();
            html = TextDecoder.normaliseLineEnds(new String(bytes, declared == null ? TextDecoder.WINDOWS_1252 : declared));
            problems.accept(new Problem(file.source(), "not valid UTF-8", "read as " + used));
        }
        Document page = Jsoup.parse(html, "");
        Optional<LocalDate> published = published(page);
        if (published.isEmpty() && file.publishedOverride() == null) {
            problems.accept(new Problem(file.source(),
                    "no publication date in the page's metadata (article:published_time, datePublished, <time datetime>)",
                    "skipped"));
            return;
        }
        String title = firstNonBlank(
                page.select("meta[property=og:title]").attr("content"),
                page.selectFirst("h1") == null ? "" : page.selectFirst("h1").text(),
                page.title());
        String url = firstNonBlank(
                page.select("link[rel=canonical]").attr("href"),
                page.select("meta[property=og:url]").attr("content"));

        page.select(dropSelector).remove();
        ArticleCleaner.Cleaned cleaned = cleaner.clean(title, blocks(contentRoot(page)));
        if (cleaned.body().isBlank()) {
            problems.accept(new Problem(file.source(), "no article text in the page", "skipped"));
            return;
        }
        articles.accept(new Article(ArticleIds.of(file.source()), file.source(), url.isBlank() ? null : url,
                file.published(published.orElse(null)), cleaned.title(), cleaned.body()));
    }

    private Optional<LocalDate> published(Document page) {
        for (String[] source : dateSources) {
            if (source[0].equals(JSON_LD)) {
                Optional<LocalDate> date = jsonLdDate(page);
                if (date.isPresent()) {
                    return date;
                }
                continue;
            }
            for (Element element : page.select(source[0])) {
                String value = source[1].equals("text") ? element.text() : element.attr(source[1]);
                Optional<LocalDate> date = PublicationDates.parseWritten(value);
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<LocalDate> jsonLdDate(Document page) {
        for (Element script : page.select("script[type=\"application/ld+json\"]")) {
            try {
                JsonNode root = json.readTree(script.data());
                List<JsonNode> found = root == null ? List.of() : root.findValues("datePublished");
                for (JsonNode value : found) {
                    Optional<LocalDate> date = PublicationDates.parseWritten(value.asText());
                    if (date.isPresent()) {
                        return date;
                    }
                }
            } catch (JsonProcessingException e) {
                // a broken JSON-LD block is common on real pages: the other date sources still apply
            }
        }
        return Optional.empty();
    }

    /** The element holding the article: the marked-up body, else the largest article, else main, else body. */
    private static Element contentRoot(Document page) {
        for (String selector : CONTENT_ROOTS) {
            Elements candidates = page.select(selector);
            Element best = null;
            for (Element candidate : candidates) {
                if (best == null || candidate.text().length() > best.text().length()) {
                    best = candidate;
                }
            }
            if (best != null && !best.text().isBlank()) {
                return best;
            }
        }
        return page.body();
    }

    /** The text of an element cut into paragraphs at every block boundary (p, div, li, br ...). */
    private static List<String> blocks(Element root) {
        StringBuilder text = new StringBuilder();
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    text.append(textNode.text());
                } else if (node instanceof Element element && (element.isBlock() || element.nameIs("br"))) {
                    text.append("\n\n");
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && element.isBlock()) {
                    text.append("\n\n");
                }
            }
        });
        List<String> paragraphs = new ArrayList<>();
        for (String part : text.toString().split("\n\n")) {
            if (!part.isBlank()) {
                paragraphs.add(part);
            }
        }
        return paragraphs;
    }

    private static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher matcher = DECLARED_CHARSET.matcher(head);
        if (!matcher.find()) {
            return null;
        }
        try {
            Charset charset = Charset.forName(matcher.group(1));
            return charset.equals(StandardCharsets.UTF_8) ? null : charset;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return "";
    }

    private static List<String[]> dateSources() {
        List<String[]> sources = new ArrayList<>();
        for (String line : IngestData.lines("html-dates.txt")) {
            String[] parts = line.split("\t");
            sources.add(parts.length == 2 ? new String[] {parts[0].strip(), parts[1].strip()} : new String[] {line, ""});
        }
        return List.copyOf(sources);
    }
}
