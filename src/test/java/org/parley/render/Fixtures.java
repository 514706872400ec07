package org.parley.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.ActorMention;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Article;
import org.parley.model.DateBasis;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.EventMode;
import org.parley.model.EventType;
import org.parley.model.Mention;
import org.parley.model.Participant;
import org.parley.model.ParticipantRole;
import org.parley.model.Role;
import org.parley.model.TimeExpression;
import org.parley.model.TimeValue;
import org.parley.model.TimexMod;
import org.parley.model.TimexType;

/** A small hand-made site: the seed's events, names in other scripts, and an article that attacks the page. */
final class Fixtures {
    static final String HOSTILE = "<script>alert(1)</script>";
    static final Actor SULLIVAN = new Actor("jake-sullivan", "Jake Sullivan", ActorKind.PERSON, "USA", List.of("Mr. Sullivan"),
            List.of(new Role("National Security Advisor", "USA", LocalDate.of(2021, 1, 20), LocalDate.of(2025, 1, 20))));
    static final Actor USHAKOV = new Actor("yury-ushakov", "Yury Ushakov", ActorKind.PERSON, "RUS", List.of(), List.of());
    static final Actor PUTIN = new Actor("vladimir-putin", "Vladimir Putin", ActorKind.PERSON, "RUS", List.of(), List.of());
    static final Actor USA = new Actor("united-states", "United States", ActorKind.STATE, "USA", List.of(), List.of());
    static final Actor RUSSIA = new Actor("russia", "Russia", ActorKind.STATE, "RUS", List.of(), List.of());
    static final Actor ERDOGAN = new Actor("Erdoğan", "Recep Tayyip Erdoğan", ActorKind.PERSON, "TUR", List.of(), List.of());
    static final Actor ZELENSKY = new Actor("Зеленський", "Володимир Зеленський", ActorKind.PERSON, "UKR", List.of(), List.of());
    static final Actor EVIL = new Actor("../../etc", HOSTILE, ActorKind.GROUP, null, List.of(), List.of());

    static final String BODY = "Intermediaries of the US and Russia met in Türkiye at the end of 2023. "
            + "In January, Mr. Sullivan called Yury Ushakov. "
            + "Putin signalled readiness for a ceasefire in 2023.\n\n"
            + "The US rejected the proposal early last week. "
            + "Erdoğan will host Зеленський on 12 February 2024. "
            + "Talks ran from 2023 to 2024. "
            + HOSTILE + " said <img src=x onerror=alert(1)> and </script><script>alert(2)</script>.";

    static final Article ARTICLE = new Article("a1b2c3", "seed.txt", "https://example.org/news/1", LocalDate.of(2024, 6, 12),
            "Revealing President Putin's ceasefire proposal", BODY);
    static final Article EVIL_ARTICLE = new Article("evil", "evil.html", "javascript:alert(3)", LocalDate.of(2024, 6, 13),
            "</title><script>alert(4)</script>", "Nothing here but " + HOSTILE + ".");

    private Fixtures() {
    }

    static TimeValue value(String v, TimexMod mod, String from, String to) {
        return new TimeValue(TimexType.DATE, v, mod, LocalDate.parse(from), LocalDate.parse(to));
    }

    static EventDate date(String v, TimexMod mod, String from, String to, String text) {
        return new EventDate(value(v, mod, from, to), DateBasis.TEXT, text);
    }

    static Mention mention(Article a, String sentence, String trigger) {
        int at = a.body().indexOf(sentence);
        if (at < 0) {
            throw new IllegalArgumentException("not in the body: " + sentence);
        }
        return new Mention(a.id(), a.published(), a.title(), a.url(), sentence, at, at + sentence.length(), trigger);
    }

    static Participant src(Actor a) {
        return new Participant(a, null, ParticipantRole.SOURCE);
    }

    static Participant tgt(Actor a) {
        return new Participant(a, null, ParticipantRole.TARGET);
    }

    static List<Event> events() {
        List<Event> es = new ArrayList<>();
        es.add(new Event("meet-turkiye", EventType.MEET, EventMode.ASSERTED,
                date("2023", TimexMod.END, "2023-09-01", "2023-12-31", "the end of 2023"),
                List.of(new Participant(USA, null, ParticipantRole.OTHER), new Participant(RUSSIA, null, ParticipantRole.OTHER)),
                "Türkiye", "Intermediaries of the US and Russia met in Türkiye", null,
                List.of(mention(ARTICLE, "Intermediaries of the US and Russia met in Türkiye at the end of 2023.", "met"))));
        es.add(new Event("call-sullivan-ushakov", EventType.CALL, EventMode.ASSERTED,
                date("2024-01", null, "2024-01-01", "2024-01-31", "January"),
                List.of(new Participant(SULLIVAN, "National Security Advisor", ParticipantRole.SOURCE), tgt(USHAKOV)),
                null, "Jake Sullivan called Yury Ushakov", "three Russian sources",
                List.of(mention(ARTICLE, "In January, Mr. Sullivan called Yury Ushakov.", "called"))));
        es.add(new Event("propose-putin", EventType.PROPOSE, EventMode.ASSERTED,
                date("2023", null, "2023-01-01", "2023-12-31", "in 2023"), List.of(src(PUTIN)), null,
                "Putin signalled readiness for a ceasefire", null,
                List.of(mention(ARTICLE, "Putin signalled readiness for a ceasefire in 2023.", "signalled"))));
        es.add(new Event("reject-us", EventType.REJECT, EventMode.ASSERTED,
                new EventDate(value("2024-W06", null, "2024-02-05", "2024-02-11"), DateBasis.CONTEXT, "early last week"),
                List.of(src(USA), tgt(RUSSIA)), null, "The US rejected the proposal", null,
                List.of(mention(ARTICLE, "The US rejected the proposal early last week.", "rejected"))));
        es.add(new Event("meet-erdogan-zelensky", EventType.MEET, EventMode.PLANNED,
                date("2024-02-12", null, "2024-02-12", "2024-02-12", "12 February 2024"),
                List.of(src(ERDOGAN), tgt(ZELENSKY)), "../../etc", "", null,
                List.of(mention(ARTICLE, "Erdoğan will host Зеленський on 12 February 2024.", "host"))));
        es.add(new Event("negotiate-range", EventType.NEGOTIATE, EventMode.ASSERTED,
                date("2023/2024", null, "2023-01-01", "2024-12-31", "from 2023 to 2024"),
                List.of(src(RUSSIA), tgt(USA)), null, "Talks ran", null,
                List.of(mention(ARTICLE, "Talks ran from 2023 to 2024.", "Talks"))));
        es.add(new Event("<img src=x onerror=alert(1)>", EventType.STATEMENT, EventMode.ASSERTED, EventDate.none(),
                List.of(src(EVIL)), "<b>place</b>", "<img src=x onerror=alert(1)>", "javascript:alert(1)",
                List.of(new Mention("evil", LocalDate.of(2024, 6, 13), "</title><script>alert(4)</script>",
                        "javascript:alert(3)", "Nothing here but " + HOSTILE + ".", 0, 17 + HOSTILE.length() + 1,
                        "<script>"))));
        return es;
    }

    static List<AnnotatedArticle> articles() {
        List<TimeExpression> times = new ArrayList<>();
        times.add(time("the end of 2023", value("2023", TimexMod.END, "2023-09-01", "2023-12-31")));
        times.add(time("January", value("2024-01", null, "2024-01-01", "2024-01-31")));
        times.add(time("in 2023", value("2023", null, "2023-01-01", "2023-12-31")));
        times.add(time("early last week", value("2024-W06", null, "2024-02-05", "2024-02-11")));
        times.add(time("12 February 2024", value("2024-02-12", null, "2024-02-12", "2024-02-12")));
        List<ActorMention> actors = new ArrayList<>();
        actors.add(actor("US", USA));
        actors.add(actor("Russia", RUSSIA));
        actors.add(actor("Mr. Sullivan", SULLIVAN));
        actors.add(actor("Yury Ushakov", USHAKOV));
        actors.add(actor("Putin", PUTIN));
        actors.add(actor("Erdoğan", ERDOGAN));
        actors.add(actor("Зеленський", ZELENSKY));
        actors.add(actor(HOSTILE, EVIL));
        return List.of(new AnnotatedArticle(ARTICLE, times, actors),
                new AnnotatedArticle(EVIL_ARTICLE, List.of(), List.of()));
    }

    private static TimeExpression time(String text, TimeValue v) {
        int at = BODY.indexOf(text);
        return new TimeExpression(at, at + text.length(), text, v);
    }

    private static ActorMention actor(String text, Actor a) {
        int at = BODY.indexOf(text);
        return new ActorMention(at, at + text.length(), text, a, null);
    }
}
