package org.parley.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.actor.Gazetteer;
import org.parley.actor.NameFolding;
import org.parley.model.ActorMention;
import org.parley.model.Sentence;
import org.parley.text.FoldedText;
import org.parley.text.RequiredLiterals;

/**
 * Finds a sentence's source by the ways news names one: "according to X", "quoted/citing X", a noun phrase of
 * sources or officials that says or tells, a news medium of the gazetteer, and an actor that closes the sentence
 * after a comma ("..., Moscow said."). Stateless.
 */
final class SourceAttributionFinder implements AttributionFinder {
    private static final Pattern MEDIA_SAYS = Pattern.compile("\\b([A-Z][\\p{L}]*(?:\\s+[A-Z][\\p{L}]*)?)\\s+(?:said|reported|quoted)\\b");
    private static final Pattern ACCORDING = Pattern.compile("\\baccording to\\s+([^,.;:]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTED = Pattern.compile(
            "\\b(?:quoted|quoting|cited|citing)\\s+(.+?)(?:\\s+with knowledge\\b|\\s+familiar with\\b|\\s+as saying\\b|,|\\s+that\\b|$)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SOURCE_NP = Pattern.compile(
            "\\b((?:(?:a|an|the|one of the|another|two|three|four|five|several|some|many|other)\\s+)?(?:(?:first|second|third|fourth|fifth|senior|top|diplomatic|informed|anonymous|western|european|government|[A-Z][\\p{L}.]+)\\s+){0,3}(?:sources?|officials?|diplomats?|insiders?))\\b"
                    + "(?=(?:\\s+(?:with|familiar|close|speaking)\\b[^.;]*?)?[\\s,]+(?:\\w+\\s+)?(?:said|say|says|told|confirmed|added|expressed|believe|believes))");
    /** "..., Moscow said.", "...," spokeswoman Mao Ning told a regular news briefing in Beijing.": who reports it. */
    private static final Pattern SAID_AT_END = Pattern.compile(
            "(?s)\\s+(?:said|says|reported|added|announced|told\\s+(?:reporters|journalists|a\\s|an\\s|the\\s)[^,;.]{0,60})\\s*[.!]?\\s*");
    private static final Pattern AFTER_COMMA = Pattern.compile("(?s).*[,”\"]\\s*(?:the\\s+|a\\s+)?(?:\\p{Ll}[\\p{L}-]*\\s+){0,3}");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("(?i)^(?:the|a|an)\\s+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Nouns that make "citing X" a source, not a reason ("citing people familiar with the matter"). */
    private final Pattern citedSource;

    SourceAttributionFinder(EventRules rules) {
        this.citedSource = Pattern.compile("(?i)\\b(?:" + rules.words("source-nouns") + ")\\b");
    }

    @Override
    public Attribution find(ArticleView article, Sentence s) {
        List<Span> spans = new ArrayList<>();
        String[] rule = new String[1];
        String source = named(article, s.text(), s.start(), spans, rule);
        String body = article.body;
        for (ActorMention m : article.actorsIn(s.start(), s.end())) {
            String after = body.substring(m.end(), s.end());
            String head = body.substring(s.start(), m.start());
            if (SAID_AT_END.matcher(after).matches() && AFTER_COMMA.matcher(head).matches()) {
                spans.add(new Span(m.start(), m.end()));
                if (source == null) {
                    source = m.text();
                    rule[0] = Reasons.SOURCE_AT_END;
                }
            }
        }
        return new Attribution(source, spans, source == null ? null : rule[0]);
    }

    /** The source a sentence names, with the way it was found in {@code rule[0]}. */
    private String named(ArticleView article, String st, int base, List<Span> spans, String[] rule) {
        Gazetteer gazetteer = article.gazetteer;
        String found = null;
        FoldedText folded = FoldedText.of(st);
        Matcher m = RequiredLiterals.matcher(ACCORDING, st, folded);
        if (m.find()) {
            found = m.group(1).trim();
            rule[0] = Reasons.SOURCE_ACCORDING_TO;
            spans.add(new Span(base + m.start(), base + m.end()));
        }
        m = RequiredLiterals.matcher(QUOTED, st, folded);
        if (m.find() && (!m.group().toLowerCase(Locale.ROOT).startsWith("cit") || citedSource.matcher(m.group(1)).find())) {
            // "citing people familiar with the matter" names a source; "citing the tragedy in Gaza" a reason
            if (found == null) {
                found = m.group(1).trim();
                rule[0] = Reasons.SOURCE_QUOTED;
            }
            boolean citing = m.group().toLowerCase(Locale.ROOT).startsWith("cit");
            spans.add(new Span(citing ? base + m.start() : base, base + m.end()));
        }
        m = RequiredLiterals.matcher(SOURCE_NP, st, folded);
        while (m.find()) {
            if (found == null) {
                found = m.group(1).trim();
                rule[0] = Reasons.SOURCE_OFFICIALS;
            }
            spans.add(new Span(base + m.start(), base + m.end()));
        }
        if (found == null) {
            for (ActorMention a : article.actorsIn(base, base + st.length())) {
                if (gazetteer.isMedia(a.actor())) {
                    found = a.text();
                    rule[0] = Reasons.SOURCE_MEDIUM;
                }
            }
            Matcher media = RequiredLiterals.matcher(MEDIA_SAYS, st, folded);
            while (found == null && media.find()) {
                List<Gazetteer.NameEntry> e = gazetteer.lookup(NameFolding.key(media.group(1)));
                if (!e.isEmpty() && gazetteer.isMedia(e.get(0).actor())) {
                    found = media.group(1);
                    rule[0] = Reasons.SOURCE_MEDIUM;
                }
            }
        }
        if (found != null) {
            found = SPACES.matcher(LEADING_ARTICLE.matcher(found).replaceFirst("")).replaceAll(" ");
            found = found.isEmpty() ? null : found;
        }
        return found;
    }
}
