package org.parley.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.parley.model.AnalyzedText;
import org.parley.model.Sentence;
import org.parley.model.TimeExpression;

/** Tagging an analysed text uses its sentences, and one tagger serves many threads. */
class AnalyzedTextTaggingTest {
    private static final String TEXT = "Talks failed in Feb. Mr. Lavrov said the envoys will meet again in January. "
            + "They met on Friday.";

    private static AnalyzedText analysed() {
        int second = TEXT.indexOf("Mr.");
        int third = TEXT.indexOf("They");
        return new AnalyzedText(TEXT, List.of(
                new Sentence(0, 0, second - 1, TEXT.substring(0, second - 1), List.of()),
                new Sentence(1, second, third - 1, TEXT.substring(second, third - 1), List.of()),
                new Sentence(2, third, TEXT.length(), TEXT.substring(third), List.of())));
    }

    @Test
    void sentencesOfTheAnalysedTextDecideTheTense() {
        List<TimeExpression> found = new ParleyTemporalTagger().tag(analysed(), LocalDate.of(2013, 3, 22));
        TimeExpression january = found.stream().filter(e -> e.text().equals("January")).findFirst().orElseThrow();
        assertEquals("2014-01", january.value().value(), "a future clause looks forward: " + found);
        TimeExpression friday = found.stream().filter(e -> e.text().equals("Friday")).findFirst().orElseThrow();
        assertEquals("2013-03-22", friday.value().value());
    }

    @Test
    void oneTaggerSharedByThreadsGivesWhatItGivesAlone() throws Exception {
        ParleyTemporalTagger tagger = new ParleyTemporalTagger();
        LocalDate dct = LocalDate.of(2024, 6, 12);
        String text = "He left the day before yesterday. Late 2023 and early 2024 were quiet; talks resume next week.";
        List<TimeExpression> alone = tagger.tag(text, dct);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<TimeExpression>>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                runs.add(pool.submit(() -> tagger.tag(text, dct)));
            }
            for (Future<List<TimeExpression>> f : runs) {
                assertEquals(alone, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
