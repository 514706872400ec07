package org.parley.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;
import org.parley.model.Article;
import org.parley.model.Problem;

/**
 * Reads the Reuters-21578 SGML files: one article per {@code <REUTERS>} record that has a
 * {@code <BODY>}, one record in memory at a time.
 *
 * <p>The files are ISO-8859-1 with SGML character references ({@code &lt;}, {@code &#3;}); the
 * references are decoded by jsoup and the control characters they stand for dropped. The story's day
 * comes from {@code <DATE>} alone, so a malformed time ("605:12:19") does no harm. The dateline
 * ("WASHINGTON, March 3 -") is kept at the start of the body, where the time tagger can resolve it
 * against the story's date. Records without a body (title-only briefs) are counted and reported once
 * per file.
 */
final class ReutersReader {
    /** What one file held: every record is either read, without a body, or reported. */
    record Counts(int records, int withBody, int withoutBody, int unreadable) {
    }

    private static final Pattern NEWID = Pattern.compile("NEWID=\"(\\d+)\"");
    private static final Pattern DATE = Pattern.compile("<DATE>\\s*(\\d{1,2}-[A-Za-z]{3}-\\d{4})");
    private static final Pattern TITLE = Pattern.compile("<TITLE>(.*?)</TITLE>", Pattern.DOTALL);
    private static final Pattern DATELINE = Pattern.compile("<DATELINE>(.*?)</DATELINE>", Pattern.DOTALL);
    private static final Pattern BODY = Pattern.compile("<BODY>(.*?)(?:</BODY>|</TEXT>)", Pattern.DOTALL);
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]");
    private static final Pattern SIGN_OFF = Pattern.compile("\\s*\\bReuter\\s*$");
    /** A line indented by spaces or a tab starts a new paragraph in the wire format. */
    private static final Pattern PARAGRAPH_START = Pattern.compile("\\n(?=[ \\t]+\\S)");

    private final ArticleCleaner cleaner;

    ReutersReader(ArticleCleaner cleaner) {
        this.cleaner = cleaner;
    }

    Counts read(SourceFile file, Consumer<Article> articles, Consumer<Problem> problems) throws IOException {
        long limit = file.options().maxFileBytes();
        int records = 0;
        int withBody = 0;
        int withoutBody = 0;
        int unreadable = 0;
        try (BufferedReader reader = Files.newBufferedReader(file.path(), StandardCharsets.ISO_8859_1)) {
            StringBuilder record = null;
            boolean oversized = false;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("<REUTERS")) {
                    record = new StringBuilder(4096);
                    oversized = false;
                }
                if (record == null) {
                    continue;
                }
                if (!oversized) {
                    record.append(line).append('\n');
                    oversized = record.length() > limit;
                }
                if (line.startsWith("</REUTERS>")) {
                    records++;
                    String text = record.toString();
                    record = null;
                    switch (readRecord(file, text, oversized, articles, problems)) {
                        case READ -> withBody++;
                        case NO_BODY -> withoutBody++;
                        default -> unreadable++;
                    }
                }
            }
            if (record != null) {
                records++;
                unreadable++;
                problems.accept(new Problem(file.source(), "the last <REUTERS> record is not closed", "skipped it"));
            }
        }
        if (withoutBody > 0) {
            problems.accept(new Problem(file.source(), withoutBody + " of " + records
                    + " stories have no <BODY> text (title-only briefs)", "skipped " + withoutBody + " stories"));
        }
        return new Counts(records, withBody, withoutBody, unreadable);
    }

    private enum Outcome { READ, NO_BODY, UNREADABLE }

    private Outcome readRecord(SourceFile file, String record, boolean oversized,
            Consumer<Article> articles, Consumer<Problem> problems) {
        Matcher id = NEWID.matcher(record);
        String newId = id.find() ? id.group(1) : null;
        String source = file.source() + "#NEWID=" + (newId == null ? "?" : newId);
        if (oversized) {
            problems.accept(new Problem(source, "story is over the limit of " + file.options().maxFileBytes() + " bytes", "skipped"));
            return Outcome.UNREADABLE;
        }
        if (newId == null) {
            problems.accept(new Problem(file.source(), "a <REUTERS> record has no NEWID", "skipped it"));
            return Outcome.UNREADABLE;
        }
        Matcher body = BODY.matcher(record);
        if (!body.find()) {
            return Outcome.NO_BODY;
        }
        Matcher date = DATE.matcher(record);
        Optional<LocalDate> published = date.find() ? PublicationDates.parse(date.group(1)) : Optional.empty();
        if (published.isEmpty() && file.publishedOverride() == null) {
            problems.accept(new Problem(source, "no readable <DATE>", "skipped"));
            return Outcome.UNREADABLE;
        }
        String text = SIGN_OFF.matcher(decode(body.group(1))).replaceFirst("");
        Matcher dateline = DATELINE.matcher(record);
        if (dateline.find()) {
            text = ArticleCleaner.collapse(decode(dateline.group(1))) + " " + text.stripLeading();
        }
        Matcher title = TITLE.matcher(record);
        List<String> paragraphs = new ArrayList<>(List.of(PARAGRAPH_START.split(text)));
        ArticleCleaner.Cleaned cleaned = cleaner.clean(title.find() ? decode(title.group(1)) : "", paragraphs);
        if (cleaned.body().isBlank()) {
            return Outcome.NO_BODY;
        }
        articles.accept(new Article(ArticleIds.of(file.path().getFileName() + "#NEWID=" + newId), source, null,
                file.published(published.orElse(null)), cleaned.title(), cleaned.body()));
        return Outcome.READ;
    }

    /** SGML references decoded, the control characters they (and the raw file) hold removed. */
    private static String decode(String sgml) {
        return CONTROL.matcher(Parser.unescapeEntities(sgml, false)).replaceAll("");
    }
}
