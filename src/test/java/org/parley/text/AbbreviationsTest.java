package org.parley.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.parley.model.Sentence;

class AbbreviationsTest {
    private static final OpenNlpTextAnalyzer ANALYZER = new OpenNlpTextAnalyzer();

    private static List<String> sentences(String text) {
        List<Sentence> found = ANALYZER.analyze(text).sentences();
        for (Sentence s : found) {
            assertEquals(text.substring(s.start(), s.end()), s.text(), "offsets stay exact");
        }
        return found.stream().map(Sentence::text).toList();
    }

    /** Splits a text at the given offsets, as a detector that ended a sentence there would. */
    private static List<String> joinedAt(String text, int... breaks) {
        List<Span> spans = new java.util.ArrayList<>();
        int start = 0;
        for (int at : breaks) {
            spans.add(new Span(start, at));
            start = at + 1;
        }
        spans.add(new Span(start, text.length()));
        return Abbreviations.standard().join(text, spans).stream().map(s -> s.getCoveredText(text).toString()).toList();
    }

    @Test
    void aMonthAbbreviationBeforeADayDoesNotEndTheSentence() {
        String text = "Italian Prime Minister Giorgia Meloni arrived in Kyiv by train on Saturday to mark the second "
                + "anniversary of Russia's full-scale invasion, which began on Feb. 24, 2022. Meloni will chair a call.";
        List<String> found = sentences(text);
        assertEquals(2, found.size(), found.toString());
        assertEquals(text.substring(0, text.indexOf(" Meloni will")), found.get(0));
    }

    @Test
    void titleAbbreviationsBeforeANameDoNotEndTheSentence() {
        String text = "Lt. Gen. Keith Kellogg met Sen. Lindsey Graham and Rep. Adam Schiff in Kyiv on Jan. 5. They spoke for an hour.";
        List<String> found = sentences(text);
        assertEquals(List.of("Lt. Gen. Keith Kellogg met Sen. Lindsey Graham and Rep. Adam Schiff in Kyiv on Jan. 5.",
                "They spoke for an hour."), found);
    }

    @Test
    void joinedSentencesKeepOffsetsIntoTheWholeText() {
        String text = "Reuters reported it.\nHe met Sen. Lindsey Graham in Kyiv.";
        Sentence s = ANALYZER.analyze(text).sentences().get(1);
        assertEquals(text.indexOf("He met"), s.start());
        assertEquals(text.length(), s.end());
        assertEquals(1, s.index());
    }

    @Test
    void aCountryAbbreviationBeforeAnOrganisationGoesOn() {
        String text = "Zelenskiy urged the U.S. House of Representatives to approve the aid.";
        assertEquals(List.of(text), joinedAt(text, text.indexOf(" House")));
        String council = "The U.N. Security Council met on Friday.";
        assertEquals(List.of(council), joinedAt(council, council.indexOf(" Security")));
    }

    @Test
    void aCountryAbbreviationBeforeAnOrdinaryCapitalisedWordMayEndTheSentence() {
        String text = "Moscow imposed new sanctions on the U.S. The Kremlin said it would respond.";
        assertEquals(List.of("Moscow imposed new sanctions on the U.S.", "The Kremlin said it would respond."),
                joinedAt(text, text.indexOf(" The")));
    }

    @Test
    void aMonthAbbreviationBeforeAWordOrASentenceOpenerBeforeATitleStillEndsTheSentence() {
        String month = "The resolution passed in Oct. The vote was close.";
        assertEquals(2, joinedAt(month, month.indexOf(" The vote")).size());
        String street = "Protesters gathered on Downing St. The police watched.";
        assertEquals(2, joinedAt(street, street.indexOf(" The police")).size());
    }

    @Test
    void aLowerCaseWordAfterAnyKnownAbbreviationGoesOn() {
        String text = "Officials from the U.S. and Europe met on Feb. the next week.";
        assertEquals(List.of(text), joinedAt(text, text.indexOf(" and"), text.indexOf(" the next")));
    }

    @Test
    void anOrdinaryWordWithAFullStopStillEndsTheSentence() {
        String text = "Talks ended. 24 delegates left.";
        assertEquals(2, joinedAt(text, text.indexOf(" 24")).size());
    }
}
