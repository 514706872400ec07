package org.parley.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.parley.model.AnalyzedText;
import org.parley.model.LazyList;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * Sentences, tokens and Universal Dependencies parts of speech from OpenNLP's English UD-EWT models,
 * which come from Maven Central as jars on the class path.
 *
 * <p>The models are loaded once per process (they are immutable and take about a second); the
 * detectors are OpenNLP's thread-safe wrappers, so one analyzer serves every worker thread.
 *
 * <p>A sentence never crosses a line break: scraped articles put headlines, captions and cut-off
 * paragraphs on lines of their own, without the full stop a sentence detector needs to see the end.
 * The model's tags are Universal POS tags ({@code VERB}, {@code AUX}, {@code PROPN}, ...), given as the model
 * made them: they carry no tense, so stages that date by tense read it from the words themselves.
 *
 * <p>OpenNLP's model ends sentences after many abbreviations ("on Feb. | 24, 2022", "Sen. | Lindsey Graham");
 * {@link Abbreviations} joins such pieces again where the next word shows the sentence goes on.
 *
 * <p>Tokens and tags are computed when a stage first reads a sentence's tokens, not before: they cost
 * more than the sentence detector, and a sentence without a candidate event or date is never read token
 * by token (see BENCHMARKS.md).
 */
public final class OpenNlpTextAnalyzer implements TextAnalyzer {
    private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    /** Holds the models; the JVM loads it, and so the models, once, on first use. */
    private static final class Models {
        static final SentenceModel SENTENCES = load(SENTENCE_MODEL, SentenceModel::new);
        static final TokenizerModel TOKENS = load(TOKEN_MODEL, TokenizerModel::new);
        static final POSModel POS = load(POS_MODEL, POSModel::new);
    }

    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private final ThreadSafeSentenceDetectorME sentences = new ThreadSafeSentenceDetectorME(Models.SENTENCES);
    private final ThreadSafeTokenizerME tokens = new ThreadSafeTokenizerME(Models.TOKENS);
    private final ThreadSafePOSTaggerME pos = new ThreadSafePOSTaggerME(Models.POS, POSTagFormat.UD);
    private final Abbreviations abbreviations = Abbreviations.standard();

    private static <M> M load(String resource, ModelReader<M> reader) {
        try (InputStream in = OpenNlpTextAnalyzer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " is not on the class path");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
        }
    }

    @Override
    public AnalyzedText analyze(String text) {
        List<Sentence> out = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            if (lineEnd > lineStart) {
                analyzeLine(text, lineStart, lineEnd, out);
            }
            lineStart = lineEnd + 1;
        }
        return new AnalyzedText(text, out);
    }

    private void analyzeLine(String text, int from, int to, List<Sentence> out) {
        String line = text.substring(from, to);
        if (line.isBlank()) {
            return;
        }
        List<Span> trimmed = new ArrayList<>();
        for (Span s : sentences.sentPosDetect(line)) {
            int start = s.getStart();
            int end = s.getEnd();
            while (end > start && Character.isWhitespace(line.charAt(end - 1))) {
                end--;
            }
            while (start < end && Character.isWhitespace(line.charAt(start))) {
                start++;
            }
            if (end > start) {
                trimmed.add(new Span(start, end));
            }
        }
        for (Span s : abbreviations.join(line, trimmed)) {
            int start = from + s.getStart();
            int end = from + s.getEnd();
            String sentence = text.substring(start, end);
            out.add(new Sentence(out.size(), start, end, sentence, new LazyList<>(() -> tokenize(sentence, start))));
        }
    }

    private List<Token> tokenize(String sentence, int offset) {
        Span[] spans = tokens.tokenizePos(sentence);
        String[] words = Span.spansToStrings(spans, sentence);
        String[] tags = words.length == 0 ? new String[0] : pos.tag(words);
        List<Token> result = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            result.add(new Token(offset + spans[i].getStart(), offset + spans[i].getEnd(), words[i], tags[i]));
        }
        return result;
    }
}
