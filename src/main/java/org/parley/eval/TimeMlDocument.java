package org.parley.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * A TimeML document read as TempEval-3 reads it: the text of {@code <TEXT>} with tags removed and
 * entities decoded, its creation date, and its gold TIMEX3 spans with offsets into that text.
 * Reads exactly as {@code timex_score.py prep} does, so both score the same text.
 *
 * @param name the file name without {@code .tml}
 * @param dct  the creation date (the TIMEX3 with {@code functionInDocument="CREATION_TIME"})
 * @param text the plain text
 * @param gold the gold expressions in text order of their closing tags
 */
public record TimeMlDocument(String name, LocalDate dct, String text, List<Span> gold) {
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern ATTR = Pattern.compile("(\\w+)=\"([^\"]*)\"");
    private static final Pattern DCT = Pattern.compile("<TIMEX3[^>]*functionInDocument=\"CREATION_TIME\"[^>]*>");
    private static final Pattern BODY = Pattern.compile("<TEXT>(.*?)</TEXT>", Pattern.DOTALL);

    /** A time expression as a scorer sees it: span, type, value and mod ("" when absent). */
    public record Span(int start, int end, String type, String value, String mod) { }

    /** Reads one {@code .tml} file; a file without {@code <TEXT>} or creation date is a bad input. */
    public static TimeMlDocument read(Path file) throws IOException {
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        String name = file.getFileName().toString().replaceFirst("\\.tml$", "");
        Matcher d = DCT.matcher(xml);
        if (!d.find()) {
            throw new IOException(file + ": no TIMEX3 with functionInDocument=\"CREATION_TIME\"");
        }
        String dctValue = attributes(d.group()).getOrDefault("value", "");
        if (dctValue.length() < 10) {
            throw new IOException(file + ": creation time '" + dctValue + "' is not a day");
        }
        Matcher b = BODY.matcher(xml);
        if (!b.find()) {
            throw new IOException(file + ": no <TEXT> element");
        }
        String body = b.group(1);
        StringBuilder text = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        Deque<Object[]> open = new ArrayDeque<>();
        Matcher t = TAG.matcher(body);
        int last = 0;
        while (t.find()) {
            text.append(Parser.unescapeEntities(body.substring(last, t.start()), false));
            String tag = t.group();
            if (tag.startsWith("<TIMEX3")) {
                open.push(new Object[] {text.length(), attributes(tag)});
            } else if (tag.startsWith("</TIMEX3") && !open.isEmpty()) {
                Object[] o = open.pop();
                @SuppressWarnings("unchecked")
                Map<String, String> a = (Map<String, String>) o[1];
                spans.add(new Span((Integer) o[0], text.length(), a.getOrDefault("type", ""),
                        a.getOrDefault("value", ""), a.getOrDefault("mod", "")));
            }
            last = t.end();
        }
        text.append(Parser.unescapeEntities(body.substring(last), false));
        return new TimeMlDocument(name, LocalDate.parse(dctValue.substring(0, 10)), text.toString(), List.copyOf(spans));
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> a = new HashMap<>();
        Matcher m = ATTR.matcher(tag);
        while (m.find()) {
            a.put(m.group(1), m.group(2));
        }
        return a;
    }
}
