package org.parley.event;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.AnalyzedText;
import org.parley.model.Article;
import org.parley.model.Sentence;
import org.parley.model.Token;
import org.parley.text.TextAnalyzer;

/** Test stand-ins: a plain-text article reader and a rule-based sentence splitter without parts of speech. */
public final class TestTexts {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[.'’\\-][\\p{L}\\p{N}]+)*\\.?|\\S");

    private TestTexts() {
    }

    /** Sentences split at full stops and line ends, tokens at word boundaries; no POS tags. */
    public static final TextAnalyzer ANALYZER = TestTexts::analyze;

    public static AnalyzedText analyze(String text) {
        List<Sentence> sentences = new ArrayList<>();
        Matcher m = Pattern.compile("[^\\n]+").matcher(text);
        while (m.find()) {
            String line = m.group();
            int base = m.start();
            int s = 0;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                boolean end = (c == '.' || c == '!' || c == '?') && (i + 1 == line.length() || line.charAt(i + 1) == ' ')
                        && !line.substring(Math.max(0, i - 3), i + 1).matches(".*\\b(Mr|Mrs|Ms|Dr)\\.");
                if (end || i + 1 == line.length()) {
                    add(sentences, text, base + s, base + i + 1);
                    s = i + 1;
                }
            }
        }
        return new AnalyzedText(text, sentences);
    }

    private static void add(List<Sentence> out, String text, int start, int end) {
        while (start < end && text.charAt(start) == ' ') {
            start++;
        }
        if (start >= end) {
            return;
        }
        List<Token> tokens = new ArrayList<>();
        Matcher t = TOKEN.matcher(text).region(start, end);
        while (t.find()) {
            tokens.add(new Token(t.start(), t.end(), t.group(), ""));
        }
        out.add(new Sentence(out.size(), start, end, text.substring(start, end), tokens));
    }

    /** Reads Parley's plain-text format (date line, title line, body) with the least cleaning the seed needs. */
    public static Article readPlain(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        LocalDate published = PublishedDates.parse(lines.get(0).trim());
        String title = lines.get(1).trim().replaceAll("\\s+0$", "");
        Set<String> seen = new LinkedHashSet<>();
        seen.add(norm(title));
        StringBuilder body = new StringBuilder();
        for (String line : lines.subList(2, lines.size())) {
            String l = line.trim();
            if (l.isEmpty() || l.equals("Leave a Reply") || l.startsWith("Your email address will not be published")
                    || !seen.add(norm(l))) {
                continue;
            }
            body.append(l).append("\n\n");
        }
        String id = file.getFileName().toString().replaceAll("\\.txt$", "");
        return new Article(id, file.getFileName().toString(), null, published, title, body.toString()).withDatelineMarked();
    }

    private static String norm(String s) {
        return s.replaceAll("\\s+0$", "").replaceAll("[‘’`']", "'").replaceAll("[–—-]", "-").replaceAll("[“”\"]", "\"");
    }

    /** Day formats of the test articles. */
    static final class PublishedDates {
        static LocalDate parse(String s) {
            for (String f : List.of("d MMMM yyyy", "yyyy-MM-dd", "MMMM d, yyyy", "d MMM yyyy", "MMM d, yyyy")) {
                try {
                    return LocalDate.parse(s, java.time.format.DateTimeFormatter.ofPattern(f, java.util.Locale.ENGLISH));
                } catch (java.time.format.DateTimeParseException e) {
                    // try the next form
                }
            }
            throw new IllegalArgumentException("no date in '" + s + "'");
        }
    }
}
