package org.parley.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.parley.model.AnalyzedText;
import org.parley.model.Sentence;
import org.parley.model.Token;

class OpenNlpTextAnalyzerTest {
    private static final OpenNlpTextAnalyzer ANALYZER = new OpenNlpTextAnalyzer();
    private static final String TEXT = "Reuters quoted three Russian sources.\n\n"
            + "However, in the January call, Mr. Sullivan told Mr. Ushakov that Washington was willing to talk. "
            + "The US did not agree.\n"
            + "Three Russian sources confirmed that the signal was transmitted to Washington, where top US officials,\n";

    @Test
    void offsetsIndexIntoTheGivenText() {
        AnalyzedText analyzed = ANALYZER.analyze(TEXT);
        for (Sentence s : analyzed.sentences()) {
            assertEquals(TEXT.substring(s.start(), s.end()), s.text());
            for (Token t : s.tokens()) {
                assertEquals(TEXT.substring(t.start(), t.end()), t.text());
            }
        }
    }

    @Test
    void sentencesSplitAtFullStopsAndNeverCrossALineBreak() {
        List<Sentence> sentences = ANALYZER.analyze(TEXT).sentences();
        assertEquals(4, sentences.size(), sentences.toString());
        assertEquals("The US did not agree.", sentences.get(2).text());
        assertTrue(sentences.get(3).text().endsWith("officials,"), "a cut-off line stays one sentence");
        assertTrue(sentences.get(1).text().contains("Mr. Sullivan told Mr. Ushakov"), "Mr. is no sentence end");
    }

    @Test
    void tokensCarryUniversalPartsOfSpeech() {
        Sentence s = ANALYZER.analyze("Mr. Sullivan told Mr. Ushakov that Washington will talk.").sentences().get(0);
        Token told = s.tokens().stream().filter(t -> t.text().equals("told")).findFirst().orElseThrow();
        Token will = s.tokens().stream().filter(t -> t.text().equals("will")).findFirst().orElseThrow();
        Token sullivan = s.tokens().stream().filter(t -> t.text().equals("Sullivan")).findFirst().orElseThrow();
        assertEquals("VERB", told.pos());
        assertEquals("AUX", will.pos());
        assertEquals("PROPN", sullivan.pos());
    }

    @Test
    void oneAnalyzerGivesTheSameAnswersOnManyThreads() throws Exception {
        AnalyzedText expected = ANALYZER.analyze(TEXT);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<AnalyzedText>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> ANALYZER.analyze(TEXT)));
            }
            for (Future<AnalyzedText> f : results) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
