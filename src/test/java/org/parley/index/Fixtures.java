package org.parley.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.event.ArticleEvents;
import org.parley.event.EventMerger;
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

/** Hand-made actors, events and articles for the index tests, and a merger that joins events by id. */
public final class Fixtures {
    public static final Actor SULLIVAN = new Actor("jake-sullivan", "Jake Sullivan", ActorKind.PERSON, "USA",
            List.of("Sullivan", "Mr. Sullivan", "White House National Security Advisor Jake Sullivan"),
            List.of(new Role("National Security Advisor", "USA", LocalDate.of(2021, 1, 20), LocalDate.of(2025, 1, 20))));
    public static final Actor USHAKOV = new Actor("yury-ushakov", "Yury Ushakov", ActorKind.PERSON, "RUS",
            List.of("Ushakov", "Yuri Ushakov"), List.of());
    public static final Actor PUTIN = new Actor("vladimir-putin", "Vladimir Putin", ActorKind.PERSON, "RUS",
            List.of("Putin", "President Putin"), List.of());
    public static final Actor USA = new Actor("usa", "United States", ActorKind.STATE, "USA",
            List.of("Washington", "the US", "U.S."), List.of());
    public static final Actor ERDOGAN = new Actor("recep-tayyip-erdogan", "Recep Tayyip Erdoğan", ActorKind.PERSON, "TUR",
            List.of("Erdoğan"), List.of());

    private Fixtures() {
    }

    /** A date value whose TIMEX3 value and days are given. */
    public static EventDate date(String value, TimexMod mod, String earliest, String latest) {
        return new EventDate(new TimeValue(TimexType.DATE, value, mod, LocalDate.parse(earliest), LocalDate.parse(latest)),
                DateBasis.TEXT, value);
    }

    public static EventDate day(String iso) {
        return date(iso, null, iso, iso);
    }

    public static EventDate month(String yyyyMm) {
        LocalDate first = LocalDate.parse(yyyyMm + "-01");
        return date(yyyyMm, null, first.toString(), first.withDayOfMonth(first.lengthOfMonth()).toString());
    }

    public static EventDate lateYear(int year) {
        return date(Integer.toString(year), TimexMod.END, year + "-09-01", year + "-12-31");
    }

    /** An event reported once, in one article. */
    public static Event event(String id, EventType type, EventDate date, String place, String articleId, String sentence,
                              Actor... actors) {
        List<Participant> parts = new ArrayList<>();
        for (int i = 0; i < actors.length; i++) {
            parts.add(new Participant(actors[i], null, i == 0 ? ParticipantRole.SOURCE : ParticipantRole.TARGET));
        }
        Mention m = new Mention(articleId, LocalDate.of(2024, 6, 12), "Title of " + articleId,
                "https://www.example.org/" + articleId, sentence, 0, sentence.length(), null);
        return new Event(id, type, EventMode.ASSERTED, date, parts, place, sentence, null, List.of(m));
    }

    public static Article article(String id, String body) {
        return new Article(id, id + ".txt", null, LocalDate.of(2024, 6, 12), "Title of " + id, body);
    }

    /** An article with its events, marked with one time expression and one actor mention. */
    public static ArticleEvents articleEvents(Article a, List<Event> events) {
        List<TimeExpression> times = a.body().length() >= 4
                ? List.of(new TimeExpression(0, 4, a.body().substring(0, 4),
                new TimeValue(TimexType.DATE, "2023", TimexMod.END, LocalDate.of(2023, 9, 1), LocalDate.of(2023, 12, 31))))
                : List.of();
        List<ActorMention> actors = a.body().length() >= 4
                ? List.of(new ActorMention(0, 4, a.body().substring(0, 4), SULLIVAN, "National Security Advisor"))
                : List.of();
        return new ArticleEvents(new AnnotatedArticle(a, times, actors), events);
    }

    /** Joins events with one id into one, with the mentions of all, in a fixed order whatever the input order. */
    public static final EventMerger BY_ID = events -> {
        Map<String, List<Event>> byId = new LinkedHashMap<>();
        events.stream().sorted(Comparator.comparing(Event::id)).forEach(e -> byId.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(e));
        List<Event> out = new ArrayList<>();
        for (List<Event> group : byId.values()) {
            Event first = group.get(0);
            List<Mention> mentions = group.stream().flatMap(e -> e.mentions().stream())
                    .sorted(Comparator.comparing(Mention::article).thenComparing(Mention::start)).toList();
            out.add(new Event(first.id(), first.type(), first.mode(), first.date(), first.actors(), first.place(),
                    first.summary(), first.attribution(), mentions));
        }
        return out;
    };

    /** An index of one article: the January 2024 call of Sullivan and Ushakov and a late-2023 meeting in Türkiye, and more. */
    public static void indexCallAndMeeting(java.nio.file.Path dir, String meetingSentence, Event... more) throws java.io.IOException {
        List<Event> events = new ArrayList<>(List.of(
                event("call-jan", EventType.CALL, month("2024-01"), null, "a1",
                        "Jake Sullivan and Yury Ushakov spoke by phone.", SULLIVAN, USHAKOV),
                event("meet-turkiye", EventType.MEET, lateYear(2023), "Türkiye", "a1", meetingSentence, USA, PUTIN)));
        events.addAll(List.of(more));
        try (LuceneEventIndex index = LuceneEventIndex.open(dir, BY_ID)) {
            index.putArticle(articleEvents(article("a1", "Body one."), events));
            index.commit();
        }
    }
}
