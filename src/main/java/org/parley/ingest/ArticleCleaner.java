package org.parley.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Removes what scraping leaves around an article's own text: page furniture ("Leave a Reply", cookie
 * notices, share buttons), paragraphs repeated with other quote marks or dashes, the title repeated as
 * the first paragraph, and a comment counter glued to the title.
 *
 * <p>The word lists are data/ingest/furniture.txt (a paragraph dropped wherever it stands),
 * furniture-tail.txt (a paragraph where the comments or the list of other stories begin: it and all
 * after it are dropped, unless article text still follows, when it was only a link inside the article) and
 * link-labels.txt ("Related:", "READ:": a label dropped with the headline it introduces).
 *
 * <p>Scraped pages also break sentences where a link stood ("Xi greeted Putin" / "on a red carpet ...", "a
 * meeting on Jan 1" / "2,"): a paragraph that does not end a sentence and a next one that cannot begin one are
 * joined again, because a sentence cut in two loses the words that make it an event. Character entities left
 * in plain text ("Asia &amp;amp; Pacific", "&amp;nbsp;") are decoded. Thread-safe: it holds only compiled patterns.
 */
public final class ArticleCleaner {
    /** A cleaned title and body; the body's paragraphs are separated by one blank line. */
    public record Cleaned(String title, String body) {
    }

    private static final Pattern COUNTER = Pattern.compile("^(.*\\S)\\s+(\\d{1,4})$");
    private static final Pattern YEAR = Pattern.compile("1[89]\\d\\d|20\\d\\d");
    private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}\\p{N}.]+)[\\p{Pe}\\p{Pf}\"']*$");
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\u00A0]*\\n");

    private final Pattern furniture = IngestData.anyOf("furniture.txt");
    private final Pattern tail = IngestData.anyOf("furniture-tail.txt");
    private final Set<String> numberWords = Set.copyOf(IngestData.lines("title-numbers.txt"));
    private final Pattern linkLabel = IngestData.anyOf("link-labels.txt");
    /** Article text: a paragraph of some length that ends as a sentence ends. */
    private static final int TEXT_WORDS = 20;

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
            String collapsed = collapse(paragraph.indexOf('&') >= 0 ? Parser.unescapeEntities(paragraph, false) : paragraph);
            if (!collapsed.isEmpty()) {
                paragraphs.add(collapsed);
            }
        }
        String title = collapse(rawTitle == null ? "" : rawTitle);
        String titleKey = key(title);
        Matcher counter = COUNTER.matcher(title);
        boolean repeatedFirst = paragraphs.stream().map(ArticleCleaner::key)
                .filter(key -> !furniture.matcher(key).matches()).findFirst()
                .map(titleKey::equals).orElse(false);
        if (counter.matches() && (counter.group(2).equals("0") || repeatedFirst || looksLikeCounter(counter))) {
            title = counter.group(1);
        }
        Set<String> titleKeys = new HashSet<>(List.of(titleKey, key(title)));

        List<String> kept = new ArrayList<>();
        Set<Long> seen = new HashSet<>(); // fingerprints, not the keys: a 16 MB page of paragraphs would hold its text twice
        for (int i = 0; i < paragraphs.size(); i++) {
            String paragraph = paragraphs.get(i);
            String key = key(paragraph);
            boolean label = linkLabel.matcher(key).matches();
            if (!kept.isEmpty() && tail.matcher(key).matches()) {
                if (!textFollows(paragraphs, i + 1)) {
                    break;
                }
                label = true; // "Related:" in the middle of a page: a link to another story, and the story goes on
            }
            if (label) {
                if (i + 1 < paragraphs.size() && !endsSentence(paragraphs.get(i + 1))) {
                    i++; // the headline the label introduces
                }
                continue;
            }
            // furniture before the title check: a cookie banner may stand above the repeated title
            // the title repeated anywhere above the first sentence of text (under a menu, a section name)
            boolean repeatedTitle = titleKeys.contains(key) && kept.stream().noneMatch(ArticleCleaner::endsSentence);
            if (furniture.matcher(key).matches() || repeatedTitle || !seen.add(fingerprint(key))) {
                continue;
            }
            kept.add(paragraph);
        }
        return new Cleaned(title, String.join("\n\n", joinBrokenSentences(kept)));
    }

    /**
     * A 64-bit FNV-1a hash of a paragraph's key: two different paragraphs of one article share it with a chance
     * of about one in 10^10 even on a page of 100,000 paragraphs, and a set of them costs a few bytes a paragraph.
     */
    static long fingerprint(String key) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            hash = (hash ^ key.charAt(i)) * 0x100000001b3L;
        }
        return hash;
    }

    /** Whether article text (a paragraph of some words that ends as a sentence ends) stands from {@code from} on. */
    private static boolean textFollows(List<String> paragraphs, int from) {
        for (int i = from; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            if (endsSentence(p) && p.split(" ").length >= TEXT_WORDS) {
                return true;
            }
        }
        return false;
    }

    /** Whether a paragraph ends as a sentence or a quote ends. */
    static boolean endsSentence(String paragraph) {
        if (paragraph.isEmpty()) {
            return false;
        }
        return ".!?:;\"”’'»…)]".indexOf(paragraph.charAt(paragraph.length() - 1)) >= 0;
    }

    /**
     * Joins a paragraph that stops mid-sentence with the next when that one cannot open a sentence: it begins with
     * a small letter or with punctuation, or it goes on with the digits of a number the link cut ("Jan 1" / "2,"),
     * or the first is a drop capital ("P" / "resident Joko Widodo").
     */
    static List<String> joinBrokenSentences(List<String> paragraphs) {
        List<String> out = new ArrayList<>();
        for (String p : paragraphs) {
            if (!out.isEmpty()) {
                String before = out.get(out.size() - 1);
                char last = before.charAt(before.length() - 1);
                char first = p.charAt(0);
                boolean dropCapital = before.length() == 1 && Character.isUpperCase(last) && Character.isLowerCase(first);
                boolean number = Character.isDigit(last) && Character.isDigit(first);
                boolean goesOn = Character.isLowerCase(first) || ",.;:)]".indexOf(first) >= 0;
                if (!endsSentence(before) && (dropCapital || number || goesOn)) {
                    String glue = dropCapital || number || ",.;:)]".indexOf(first) >= 0 ? "" : " ";
                    out.set(out.size() - 1, before + glue + p);
                    continue;
                }
            }
            out.add(p);
        }
        return out;
    }

    /**
     * Whether the number ending a title is a counter: not a year, and not after a word a headline puts a number
     * after (data/ingest/title-numbers.txt). A closing quote right before the number always means a counter.
     */
    private boolean looksLikeCounter(Matcher counter) {
        String before = counter.group(1);
        if (YEAR.matcher(counter.group(2)).matches()) {
            return false;
        }
        char last = before.charAt(before.length() - 1);
        if (last == '"' || last == '\u201D' || last == '\u2019' || last == '\'') {
            return true;
        }
        Matcher word = LAST_WORD.matcher(before);
        return word.find() && !numberWords.contains(word.group(1).toLowerCase(Locale.ROOT));
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
        return normalise(paragraph, false);
    }

    /** The form two copies of a paragraph share: quotes, dashes, spacing and case normalised. */
    static String key(String paragraph) {
        String text = paragraph;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                text = Normalizer.normalize(text, Normalizer.Form.NFKC);
                break;
            }
        }
        return normalise(text, true).toLowerCase(Locale.ROOT);
    }

    // One pass over the characters: this runs on every paragraph of every article (Reuters: 21,578
    // stories), where regular expressions over Unicode classes were the top cost in a profile.
    private static String normalise(String text, boolean asKey) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B') {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(asKey ? keyChar(c) : c);
        }
        return out.toString();
    }

    private static char keyChar(char c) {
        if (c < 0x60) {
            return c;
        }
        if (c == '`' || c == '\u00B4' || c >= '\u2018' && c <= '\u201B' || c == '\u2032') {
            return '\'';
        }
        if (c >= '\u201C' && c <= '\u201F' || c == '\u2033' || c == '\u00AB' || c == '\u00BB') {
            return '"';
        }
        if (c >= '\u2010' && c <= '\u2015' || c == '\u2212' || c == '\uFE58' || c == '\uFE63' || c == '\uFF0D') {
            return '-';
        }
        return c;
    }
}
