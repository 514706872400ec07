package org.parley.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes what scraping leaves around an article's own text: page furniture ("Leave a Reply", cookie
 * notices, share buttons), paragraphs repeated with other quote marks or dashes, the title repeated as
 * the first paragraph, and a comment counter glued to the title.
 *
 * <p>The word lists are data/ingest/furniture.txt (a paragraph dropped wherever it stands) and
 * furniture-tail.txt (a paragraph where the comments or the list of other stories begin: it and all
 * after it are dropped). Thread-safe: it holds only compiled patterns.
 */
public final class ArticleCleaner {
    /** A cleaned title and body; the body's paragraphs are separated by one blank line. */
    public record Cleaned(String title, String body) {
    }

    private static final Pattern COUNTER = Pattern.compile("^(.*\\S)\\s+(\\d{1,4})$");
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\u00A0]*\\n");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000]+");
    private static final Pattern QUOTES = Pattern.compile("[\\u2018\\u2019\\u201A\\u201B\\u2032\\u00B4`]");
    private static final Pattern DOUBLE_QUOTES = Pattern.compile("[\\u201C\\u201D\\u201E\\u201F\\u2033\\u00AB\\u00BB]|''");
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212\\uFE58\\uFE63\\uFF0D]");

    private final Pattern furniture = IngestData.anyOf("furniture.txt");
    private final Pattern tail = IngestData.anyOf("furniture-tail.txt");

    /**
     * Cleans an article given its title and raw body text (paragraphs separated by blank lines; a
     * body without any blank line is taken to hold one paragraph per line).
     */
    public Cleaned clean(String rawTitle, String rawBody) {
        return clean(rawTitle, paragraphs(rawBody));
    }

    /** Cleans an article whose paragraphs are already separated (as HTML blocks are). */
    public Cleaned clean(String rawTitle, List<String> rawParagraphs) {
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : rawParagraphs) {
            String collapsed = collapse(paragraph);
            if (!collapsed.isEmpty()) {
                paragraphs.add(collapsed);
            }
        }
        String title = collapse(rawTitle == null ? "" : rawTitle);
        String titleKey = key(title);
        Matcher counter = COUNTER.matcher(title);
        boolean repeatedFirst = !paragraphs.isEmpty() && key(paragraphs.get(0)).equals(titleKey);
        if (counter.matches() && (counter.group(2).equals("0") || repeatedFirst)) {
            title = counter.group(1);
        }
        Set<String> titleKeys = new HashSet<>(List.of(titleKey, key(title)));

        List<String> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean atStart = true;
        for (String paragraph : paragraphs) {
            String key = key(paragraph);
            if (atStart && titleKeys.contains(key)) {
                continue;
            }
            atStart = false;
            if (!kept.isEmpty() && tail.matcher(key).matches()) {
                break;
            }
            if (furniture.matcher(key).matches() || !seen.add(key)) {
                continue;
            }
            kept.add(paragraph);
        }
        return new Cleaned(title, String.join("\n\n", kept));
    }

    /** Splits raw text into paragraphs at blank lines, or at every line when there is no blank line. */
    static List<String> paragraphs(String text) {
        String normalised = TextDecoder.normaliseLineEnds(text == null ? "" : text).strip();
        String[] parts = BLANK_LINE.matcher(normalised).find()
                ? BLANK_LINE.split(normalised)
                : normalised.split("\n");
        return List.of(parts);
    }

    /** One paragraph on one line: runs of whitespace (newlines, tabs, no-break spaces) become one space. */
    static String collapse(String paragraph) {
        return SPACES.matcher(paragraph).replaceAll(" ").strip();
    }

    /** The form two copies of a paragraph share: quotes, dashes, spacing and case normalised. */
    static String key(String paragraph) {
        String text = Normalizer.normalize(paragraph, Normalizer.Form.NFKC);
        text = QUOTES.matcher(text).replaceAll("'");
        text = DOUBLE_QUOTES.matcher(text).replaceAll("\"");
        text = DASHES.matcher(text).replaceAll("-");
        return collapse(text).toLowerCase(Locale.ROOT);
    }
}
