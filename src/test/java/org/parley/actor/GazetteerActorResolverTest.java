package org.parley.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parley.event.TestTexts;
import org.parley.model.ActorKind;
import org.parley.model.ActorMention;
import org.parley.text.OpenNlpTextAnalyzer;

class GazetteerActorResolverTest {
    private static final LocalDate DAY = LocalDate.of(2024, 6, 12);
    private final GazetteerActorResolver resolver = new GazetteerActorResolver();

    private List<ActorMention> resolve(String text) {
        return resolver.resolve(TestTexts.analyze(text), DAY);
    }

    private Map<String, String> byText(String text) {
        return idsByText(resolve(text));
    }

    /** Each mention's words with the id of its actor (the first, where words repeat). */
    private static Map<String, String> idsByText(List<ActorMention> mentions) {
        return mentions.stream().collect(Collectors.toMap(ActorMention::text, m -> m.actor().id(), (a, b) -> a));
    }

    @Test
    void titledNameAndMisterAreOnePerson() {
        Map<String, String> m = byText("White House National Security Advisor Jake Sullivan arrived. Later Mr. Sullivan told Mr. Ushakov.");
        assertEquals("jake-sullivan", m.get("White House National Security Advisor Jake Sullivan"));
        assertEquals("jake-sullivan", m.get("Mr. Sullivan"));
        assertEquals("yury-ushakov", m.get("Mr. Ushakov"));
    }

    @Test
    void transliterationsMeetOneActor() {
        assertEquals("recep-tayyip-erdogan", byText("Recep Tayyip Erdogan spoke.").get("Recep Tayyip Erdogan"));
        assertEquals("recep-tayyip-erdogan", byText("Recep Tayyip Erdoğan spoke.").get("Recep Tayyip Erdoğan"));
        assertEquals("volodymyr-zelensky", byText("Volodymyr Zelenskyy spoke.").get("Volodymyr Zelenskyy"));
        assertEquals("yury-ushakov", byText("Yuri Ushakov spoke.").get("Yuri Ushakov"));
        assertEquals("turkey", byText("Turkiye said and Türkiye said and Turkey said.").get("Turkiye"));
        assertEquals("turkey", byText("Türkiye said.").get("Türkiye"));
    }

    @Test
    void capitalThatActsIsItsStateAndAPlaceIsNot() {
        List<ActorMention> m = resolve("Washington told Moscow it would not talk. The intermediaries met in Türkiye. A US official, speaking in Washington, said so.");
        List<String> ids = m.stream().map(x -> x.actor().id()).toList();
        assertEquals("united-states", m.get(0).actor().id());
        assertEquals("russia", m.get(1).actor().id());
        assertFalse(ids.contains("turkey"), ids.toString());
        assertEquals(2, ids.stream().filter("united-states"::equals).count(), ids.toString());
    }

    @Test
    void lowerCaseUsIsNoState() {
        assertTrue(resolve("Let us talk about it.").isEmpty());
    }

    @Test
    void titleIntroducesAnUnknownPerson() {
        List<ActorMention> m = resolve("American journalist Tucker Carlson Carlson said at a conference. Russian journalist Pavel Zarubin asked.");
        assertEquals("tucker-carlson", m.get(0).actor().id());
        assertEquals("USA", m.get(0).actor().country());
        assertEquals("journalist", m.get(0).role());
        assertEquals("pavel-zarubin", m.get(1).actor().id());
        assertEquals("RUS", m.get(1).actor().country());
    }

    @Test
    void spokespersonAndKremlinOwnerReferBack() {
        Map<String, String> m = byText("Kremlin spokesman Dmitry Peskov said no. \"It is painful,\" the spokesperson said. The Kremlin owner said Ukraine erred.");
        assertEquals("dmitry-peskov", m.get("Kremlin spokesman Dmitry Peskov"));
        assertEquals("dmitry-peskov", m.get("the spokesperson"));
        assertEquals("vladimir-putin", m.get("The Kremlin owner"));
    }

    @Test
    void counterpartIsTheSameOfficeInTheOtherState() {
        Map<String, String> m = byText("Foreign Minister Sergey Lavrov met his Turkish counterpart on Monday.");
        assertEquals("hakan-fidan", m.get("his Turkish counterpart"));
    }

    @Test
    void officeDependsOnTheDay() {
        Gazetteer g = Gazetteer.standard();
        assertEquals("National Security Advisor", g.actor("jake-sullivan").orElseThrow().roleOn(DAY).orElseThrow().title());
        assertEquals("joe-biden", g.officeHolder("USA", Gazetteer.TitleClass.HEAD, null, DAY).orElseThrow().id());
        assertEquals("donald-trump", g.officeHolder("USA", Gazetteer.TitleClass.HEAD, null, LocalDate.of(2025, 6, 1)).orElseThrow().id());
    }

    @Test
    void demonymWithGroupNounIsTheState() {
        Map<String, String> m = byText("US officials said the Russian side had refused, according to three Russian sources.");
        assertEquals("united-states", m.get("US officials"));
        assertEquals("russia", m.get("Russian side"));
        assertFalse(m.containsKey("Russian sources"));
    }

    @Test
    void newsAgencyIsNoActor() {
        assertTrue(resolve("Reuters quoted TASS as saying so.").isEmpty());
    }

    @Test
    void intermediariesAreAGroup() {
        ActorMention m = resolve("The intermediaries met.").get(0);
        assertEquals(ActorKind.GROUP, m.actor().kind());
    }

    @Test
    void leadersOfAnAllianceAreAGroupNotTheAlliance() {
        List<ActorMention> m = resolve("NATO leaders will meet in Vilnius, and G7 leaders held a video call.");
        assertEquals(List.of("nato-leaders", "g7-leaders"), m.stream().map(x -> x.actor().id()).toList());
        assertEquals(ActorKind.GROUP, m.get(0).actor().kind());
    }

    @Test
    void heSaidIsTheFirstPersonOfTheSentenceBefore() {
        List<ActorMention> m = resolve("Volodymyr Zelensky told a news conference with Recep Tayyip Erdoğan. He said Kyiv would not agree.");
        ActorMention he = m.stream().filter(x -> x.text().equals("He")).findFirst().orElseThrow();
        assertEquals("volodymyr-zelensky", he.actor().id());
    }

    @Test
    void itActingIsTheStateTheSentenceBeforeOpensWith() {
        Map<String, String> m = byText("Ankara has kept working ties with both Kyiv and Moscow. It hosted the talks in 2022.");
        assertEquals("turkey", m.get("It"));
        assertFalse(byText("Ankara has kept working ties with Kyiv. It was the second meeting.").containsKey("It"));
        assertFalse(byText("The talks in Ankara went on. It hosted nothing.").containsKey("It"));
    }

    @Test
    void aFamilyNameSpelledAsInAnotherNameOfThePersonIsThePerson() {
        List<ActorMention> m = resolve("Volodymyr Zelensky met Erdoğan. Later Zelenskyy left.");
        assertEquals(2, m.stream().filter(x -> x.actor().id().equals("volodymyr-zelensky")).count(), m.toString());
    }

    private static final LocalDate DAY_1987 = LocalDate.of(1987, 3, 2);
    /** The text stage itself: the rules for names inside other names read its parts of speech. */
    private static final OpenNlpTextAnalyzer TEXT = new OpenNlpTextAnalyzer();

    private Map<String, String> byText1987(String text) {
        return idsByText(resolver.resolve(TEXT.analyze(text), DAY_1987));
    }

    @Test
    void aCompanyNameHoldsNoTitleNoPersonAndNoState() {
        assertTrue(byText1987("General Motors Corp said it would cut output.").isEmpty());
        Map<String, String> m = byText1987("Dean Foods Co expects higher earnings. President Howard Dean said so. Dean also said it would buy.");
        assertEquals("howard-dean", m.get("President Howard Dean"));
        assertFalse(m.containsKey("Dean"), m.toString());
        assertTrue(byText1987("Hong Kong Electric Holdings Ltd and the Royal Bank of Canada signed.").isEmpty());
        assertEquals("imf", byText1987("The International Monetary Fund said.").get("International Monetary Fund"));
    }

    @Test
    void aStateInsideAnotherNameIsNoState() {
        assertTrue(byText1987("Profits at Air France rose. Analysts said Ford Canada would gain. Japan Airlines flew.").isEmpty());
        assertEquals("canada", byText1987("Meanwhile Canada said no.").get("Canada"));
        assertEquals("united-states", byText1987("The talks, Japan and the U.S. Congress said, went on.").get("U.S."));
        assertTrue(byText1987("A ship ran aground in New Jersey. A Hong Kong investment firm bought it.").isEmpty());
    }

    @Test
    void statesOfOlderArchivesAreTheStatesOfTheDay() {
        Map<String, String> m = byText1987("Moscow said the Kremlin leader would go. Kremlin leader Mikhail Gorbachev proposed talks. Soviet officials agreed.");
        assertEquals("soviet-union", m.get("Moscow"));
        assertEquals("soviet-union", m.get("Soviet officials"));
        ActorMention gorbachev = resolver.resolve(TestTexts.analyze("Kremlin leader Mikhail Gorbachev proposed talks."), DAY_1987).get(0);
        assertEquals("SUN", gorbachev.actor().country());
        assertEquals("west-germany", byText1987("West German officials rejected the plan.").get("German officials"));
        assertTrue(byText1987("Georgia said so.").isEmpty(), "Georgia was no state in 1987");
        assertTrue(byText1987("CIS said so.").isEmpty(), "the Commonwealth of Independent States began in 1991");
    }

    @Test
    void leadersAndMinistersOfTheDayAreKnownByTheirFamilyName() {
        Map<String, String> m = byText1987("Reagan met Shultz and George Bush. Lawson and Nakasone spoke.");
        assertEquals("ronald-reagan", m.get("Reagan"));
        assertEquals("george-shultz", m.get("Shultz"));
        assertEquals("george-h-w-bush", m.get("George Bush"));
        assertEquals("nigel-lawson", m.get("Lawson"));
        assertEquals("yasuhiro-nakasone", m.get("Nakasone"));
        assertEquals("george-w-bush", resolver.resolve(TestTexts.analyze("George Bush spoke."), LocalDate.of(2004, 5, 1))
                .get(0).actor().id());
        assertEquals("kassym-jomart-tokayev", byText("Tokayev said so.").get("Tokayev"));
    }

    @Test
    void aPortfolioBeforeATitleLeavesTheStateToThePerson() {
        List<ActorMention> m = resolver.resolve(TestTexts.analyze("U.S. Agriculture Secretary Richard Lyng said no."), DAY_1987);
        assertEquals(1, m.size(), m.toString());
        assertEquals("richard-lyng", m.get(0).actor().id());
        assertEquals("Agriculture Secretary Richard Lyng", m.get(0).text());
    }

    /** Through the text stage itself, so that the rules that read parts of speech see the tagger's. */
    private Map<String, String> tagged(String text) {
        return idsByText(resolver.resolve(TEXT.analyze(text), DAY));
    }

    @Test
    void shortNamesInNormalCaseAreTheirStates() {
        Map<String, String> m = tagged("Iran and Cuba signed a pact. Peru, Oman, Mali, Laos and Fiji agreed to it. Kyiv said no.");
        Map.of("Iran", "iran", "Cuba", "cuba", "Peru", "peru", "Oman", "oman", "Mali", "mali", "Laos", "laos", "Fiji", "fiji",
                "Kyiv", "ukraine").forEach((name, id) -> assertEquals(id, m.get(name), name));
        assertEquals("west-germany", byText1987("Bonn rejected the plan.").get("Bonn"));
        assertFalse(byText1987("Officials in Bonn rejected the plan.").containsKey("Bonn"));
    }

    @Test
    void aNameWrittenOnlyInCapitalsIsNotReadInNormalCase() {
        assertEquals("who", tagged("The WHO said so.").get("WHO"));
        assertTrue(tagged("Traders in London, Who had sold early, lost.").isEmpty());
        assertTrue(tagged("Us and them: let us talk.").isEmpty());
    }

    @Test
    void aShortNameThatIsAlsoAGivenNameIsTheStateOnlyAsAProperNounAlone() {
        assertEquals("chad", tagged("The rebels in the north said Chad had closed its border.").get("Chad"));
        assertFalse(tagged("Chad Miller, a farmer, said the border was closed.").containsValue("chad"));
    }

    @Test
    void aCapitalInsideALongerNameOrAListOfPlacesIsNoGovernment() {
        assertTrue(tagged("Ministers marked the anniversary of the Treaty of Rome.").isEmpty());
        assertTrue(tagged("The bank has branches in Milan and Rome.").isEmpty());
        assertTrue(tagged("Fares for flights to Copenhagen, Oslo and Bergen rose.").isEmpty());
        assertEquals("israel", tagged("Ankara cited the tragedy in Gaza and Israel's refusal to talk.").get("Israel"));
        assertEquals("china", tagged("Ten states switched ties from Taipei to Beijing.").get("Beijing"));
    }

    @Test
    void aDatelineInLowerCaseIsWhereTheStoryWasWritten() {
        assertFalse(byText1987("Lima, march 9 - the government said it would pay.").containsKey("Lima"));
    }

    @Test
    void anHonorificIsNoOffice() {
        ActorMention xi = resolver.resolve(TEXT.analyze("Later Mr Xi left."), DAY).get(0);
        assertEquals("xi-jinping", xi.actor().id());
        assertEquals(null, xi.role());
    }

    private ActorMention person(String text, String id) {
        return resolver.resolve(TEXT.analyze(text), DAY).stream().filter(m -> m.actor().id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not found in " + resolver.resolve(TEXT.analyze(text), DAY)));
    }

    @Test
    void anOfficeBetweenCommasIntroducesThePersonItNames() {
        ActorMention m = person("Kenya's foreign minister, Amina Wanjiru, said the talks would resume.", "amina-wanjiru");
        assertEquals("KEN", m.actor().country());
        assertEquals("foreign minister", m.role());
        assertEquals("Amina Wanjiru", m.text());
        ActorMention director = person("The director of the IAEA, Mohamed ElBaradei, called India a partner.", "mohamed-elbaradei");
        assertEquals("director of the IAEA", director.role());
    }

    @Test
    void anAmbassadorToAStateServesTheStateBeforeTheTitle() {
        ActorMention m = person("Chinese Ambassador to Indonesia Lu Wen delivered a letter.", "lu-wen");
        assertEquals("CHN", m.actor().country());
        assertEquals("Ambassador to Indonesia", m.role());
        ActorMention un = person("Ghana's Ambassador to the UN Kofi Mensah voted for it.", "kofi-mensah");
        assertEquals("GHA", un.actor().country());
        assertEquals("united-nations", tagged("Ghana's Ambassador to the UN Kofi Mensah voted for it.").get("UN"));
    }

    @Test
    void aMinisterOfAPortfolioHoldsItAndNoNameStartsWithIt() {
        ActorMention m = person("Japan's Minister of Defence Taro Kimura met him.", "taro-kimura");
        assertEquals("Minister of Defence", m.role());
        assertEquals("JPN", m.actor().country());
        assertEquals("Secretary of National Defense", person("Philippine Secretary of National Defense Jose M. Ramos said no.",
                "jose-ramos").role());
    }

    @Test
    void aPossessiveOrADepartmentBeforeTheTitleGivesTheCountry() {
        assertEquals("ISR", person("Israel's UN Ambassador Avi Cohen said the vote was wrong.", "avi-cohen").actor().country());
        assertEquals("DEU", person("German Chancellor Angela Merkel's spokesperson, Steffen Seibert, said it was possible.",
                "steffen-seibert").actor().country());
        Map<String, String> m = tagged("State Department deputy spokesperson Vedant Patel told reporters.");
        assertEquals("united-states", m.get("State Department"));
        assertEquals("USA", person("State Department deputy spokesperson Vedant Patel told reporters.", "vedant-patel")
                .actor().country());
    }

    @Test
    void initialsStayInTheNameButNotInTheIdAndTheFamilyNameRefersBack() {
        List<ActorMention> m = resolver.resolve(TEXT.analyze(
                "Indonesian foreign minister Siti LP Wardani met him on Monday. Wardani said the talks went well."), DAY);
        assertEquals(List.of("siti-wardani", "siti-wardani"), m.stream().map(x -> x.actor().id()).toList());
        assertEquals("Indonesian foreign minister Siti LP Wardani", m.get(0).text());
    }

    @Test
    void anOfficeInAppositionAfterTheNameIntroducesThePerson() {
        ActorMention m = person("The crossings stay shut, said Omar Haddad, a Hamas spokesman, on Sunday.", "omar-haddad");
        assertEquals("spokesman", m.role());
        assertEquals("professor", person("Ahmed Karimi, an associate professor at Exeter, disagreed.",
                "ahmed-karimi").role());
        // the title opens a clause of its own: the words before it are no person
        assertTrue(tagged("The boats were seen off Jakarta Bay, a spokesman said.").values().stream().noneMatch(id -> id.contains("jakarta")));
    }

    @Test
    void aNameWithoutTitleIsAPersonWhereItSpeaksAndIsFoundAgainInFull() {
        Map<String, String> m = tagged("Tomas Lindqvist said the vote was fair. Mr Lindqvist left on Monday.");
        assertEquals("tomas-lindqvist", m.get("Tomas Lindqvist"));
        assertEquals("tomas-lindqvist", m.get("Mr Lindqvist"));
        List<ActorMention> coup = resolver.resolve(TEXT.analyze(
                "Carlos Mendes, who led the coup, fled. Supporters of Carlos Mendes fought on."), DAY);
        assertEquals(2, coup.stream().filter(x -> x.actor().id().equals("carlos-mendes")).count(), coup.toString());
    }

    @Test
    void placesMediaBodiesAndCompaniesThatSpeakAreNoPersons() {
        assertTrue(tagged("Xinhua News Agency said the ships left. Tiananmen Square stayed closed.").isEmpty());
        assertTrue(tagged("The group Blue Harbour Voices said it was angry.").isEmpty());
        assertTrue(tagged("Merrill Lynch Capital Markets arranged the loan. Merrill Lynch said it was pleased.").isEmpty());
        assertTrue(tagged("Port Kelang, a resort, said nothing. Sandy Bay Island said so.").isEmpty());
        assertTrue(tagged("The Director of the National Intelligence Service resigned.").values().stream()
                .noneMatch(id -> id.contains("intelligence")));
    }
}
