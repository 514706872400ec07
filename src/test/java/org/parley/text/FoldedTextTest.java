package org.parley.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FoldedTextTest {
    @Test
    void containsAnswersAsASearchOfTheFoldedTextWould() {
        String sentence = "Lavrov PHONED Fidan on Tuesday, the ministry said; “Peace talks” resume in İstanbul.";
        FoldedText folded = FoldedText.of(sentence);
        assertEquals(RequiredLiterals.fold(sentence), folded.text());
        for (String word : List.of("phoned", "said", "talks", "istanbul", "tuesday, the", "met", "agreed", "sanction",
                "zz", "y", "ed", "uesday", "resume in", "resumed", "peace talks")) {
            assertEquals(folded.text().contains(word), folded.contains(word), word);
        }
    }

    @Test
    void aWordWhoseFirstPairsTheTextLacksIsAbsent() {
        FoldedText folded = FoldedText.of("They met in Geneva.");
        assertTrue(folded.contains("met"));
        assertFalse(folded.contains("meeting"));
        assertFalse(folded.contains("summit"));
    }
}
