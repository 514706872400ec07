package org.parley.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.actor.Gazetteer;
import org.parley.actor.GazetteerActorResolver;
import org.parley.model.Article;
import org.parley.model.DataFile;
import org.parley.model.Event;
import org.parley.model.EventType;
import org.parley.model.Sentence;
import org.parley.model.Token;
import org.parley.time.ParleyTemporalTagger;

/** The rule files: their language, their checks, and a user's folder of rules. */
class EventRulesTest {
    @TempDir
    Path dir;

    private String error(String file, String text) throws IOException {
        try (var old = Files.list(dir)) {
            for (Path f : old.toList()) {
                Files.delete(f);
            }
        }
        Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
        return assertThrows(DataFile.DataFileException.class, () -> EventRules.standard().withFolder(dir)).getMessage();
    }

    @Test
    void anUnknownTypeIsAnErrorNamingFileAndLine() throws IOException {
        String m = error("triggers.psv", "# a comment\nmeet.gathered | gathered | | MEETS | VERB\n");
        assertTrue(m.startsWith(dir.resolve("triggers.psv") + ":2: unknown event type 'MEETS'"), m);
    }

    @Test
    void anUnknownMacroFrameOrPartOfSpeechIsAnError() throws IOException {
        assertTrue(error("triggers.psv", "meet.x | gathered @nothing | | MEET | VERB\n").contains(":1: unknown macro '@nothing'"));
        assertTrue(error("triggers.psv", "meet.x | gathered | | MEET | VERB | | round-table\n").contains(":1: unknown frame 'round-table'"));
        assertTrue(error("triggers.psv", "meet.x | gathered | VRB | MEET | VERB\n").contains(":1: unknown part of speech 'VRB'"));
        assertTrue(error("triggers.psv", "meet.x | gathered | | MEET | VERB | 190\n").contains(":1: CAMEO code 190 is not one of MEET's"));
    }

    @Test
    void anIdGivenTwiceIsAnErrorNamingTheFirst() throws IOException {
        String m = error("triggers.psv", "meet.met | met up | | MEET | VERB\n");
        assertTrue(m.contains(":1: rule id 'meet.met' is taken already (data/events/en/triggers.psv:"), m);
    }

    @Test
    void aFrameWithAnUnknownSlotOrPartIsAnError() throws IOException {
        assertTrue(error("frames.psv", "huddle | subject=SOURCE bystander=OTHER\n").contains(":1: unknown slot 'bystander'"));
        assertTrue(error("frames.psv", "huddle | subject=BOSS\n").contains(":1: unknown part 'BOSS' for subject"));
    }

    @Test
    void theTypesTableIsNotTheUsersToChange() throws IOException {
        assertTrue(error("types.psv", "MEET | together | - | met\n").contains("the types table is Parley's own"));
    }

    @Test
    void everyTypeHasARowOfTheTypesTable() {
        EventRules rules = EventRules.standard();
        for (EventType t : EventType.values()) {
            assertTrue(rules.frameOf(t) != null && !rules.summary(t).isEmpty(), t.name());
        }
        assertTrue(rules.has(EventType.MEET, EventRules.Trait.SYMMETRIC));
        assertTrue(!rules.has(EventType.FIGHT, EventRules.Trait.SYMMETRIC));
    }

    @Test
    void aUsersFolderAddsATriggerThatFindsEvents() throws IOException {
        Files.writeString(dir.resolve("macros.psv"), "huddle-words | huddled/conferred\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("triggers.psv"), "meet.huddled | @huddle-words with | | MEET | VERB\n", StandardCharsets.UTF_8);
        EventRules rules = EventRules.standard().withFolder(dir);
        ArticlePipeline pipeline = new ArticlePipeline(TestTexts.ANALYZER, new ParleyTemporalTagger(),
                new GazetteerActorResolver(), new PatternEventExtractor(Gazetteer.standard(), rules));
        String body = "Antony Blinken conferred with Hakan Fidan in Ankara on Monday.\n";
        List<Event> events = pipeline.read(new Article("t", "t.txt", null, LocalDate.parse("2023-11-07"), "T", body).withDatelineMarked()).events();
        assertEquals(List.of(EventType.MEET), events.stream().map(Event::type).toList());
        assertEquals("conferred with", events.get(0).mentions().get(0).trigger());
        List<Event> shipped = new ArticlePipeline(TestTexts.ANALYZER, new ParleyTemporalTagger(), new GazetteerActorResolver(),
                new PatternEventExtractor()).read(new Article("t", "t.txt", null, LocalDate.parse("2023-11-07"), "T", body).withDatelineMarked()).events();
        assertEquals(List.of(), shipped, "the shipped rules do not know 'conferred'");
    }

    @Test
    void aPartOfSpeechIsCheckedOnlyWhereTheTextStageTaggedIt() {
        Sentence tagged = new Sentence(0, 0, 10, "a visit to", List.of(new Token(0, 1, "a", "DET"),
                new Token(2, 7, "visit", "NOUN"), new Token(8, 10, "to", "ADP")));
        assertTrue(RuleTriggerSpotter.hasPartOfSpeech(tagged, 2, java.util.Set.of("NOUN")));
        assertTrue(!RuleTriggerSpotter.hasPartOfSpeech(tagged, 2, java.util.Set.of("VERB")));
        Sentence untagged = new Sentence(0, 0, 10, "a visit to", List.of(new Token(2, 7, "visit", "")));
        assertTrue(RuleTriggerSpotter.hasPartOfSpeech(untagged, 2, java.util.Set.of("VERB")));
    }

    @Test
    void phrasesCompileToTheWordsTheySay() {
        RulePhrase p = new RulePhrase(java.util.Map.of("ties", "(?:ties|relations)"));
        DataFile.Row row = DataFile.parse("t.psv", "x").rows().get(0);
        Pattern take = Pattern.compile(p.forms("take/took part in [the/any] talks", row), Pattern.CASE_INSENSITIVE);
        assertTrue(take.matcher("Took part in talks").matches());
        assertTrue(take.matcher("take part in the talks").matches());
        assertTrue(!take.matcher("take part in an talks").matches());
        Pattern cut = Pattern.compile(p.forms("cut [diplomatic] @ties; broke off @ties", row));
        assertTrue(cut.matcher("cut diplomatic relations").matches() && cut.matcher("broke off ties").matches());
        Pattern gap = Pattern.compile(p.forms("imposed <words:0-2> sanctions", row));
        assertTrue(gap.matcher("imposed sanctions").matches() && gap.matcher("imposed new tough sanctions").matches());
        assertTrue(!gap.matcher("imposed a b c sanctions").matches());
        Pattern after = Pattern.compile("(?<=" + p.preceding("without [a/an] [<word>]", row) + ")deal");
        assertTrue(after.matcher("without a new deal").find() && after.matcher("without deal").find());
        assertTrue(!after.matcher("withouta deal").find());
        Pattern prefix = Pattern.compile("call(?!" + p.following("for*/to*", row) + ")");
        assertTrue(!prefix.matcher("call tomorrow").find() && prefix.matcher("call me").find());
        assertTrue(Pattern.compile(p.forms("=May", row), Pattern.CASE_INSENSITIVE).matcher("may").results().count() == 0);
    }

    @Test
    void aMalformedPhraseIsAnErrorNamingTheRow() throws IOException {
        assertTrue(error("triggers.psv", "meet.x | met [with | | MEET | VERB\n").contains(":1: 'met [with' leaves a bracket open"));
        assertTrue(error("triggers.psv", "meet.x | met <Capital> | | MEET | VERB\n").contains(":1: unknown class '<Capital>'"));
        assertTrue(error("cues.psv", "planned.soon | soon | LATER\n").contains(":1: unknown mode 'LATER'"));
    }
}
