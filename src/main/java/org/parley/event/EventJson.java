package org.parley.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.DateBasis;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.EventMode;
import org.parley.model.EventType;
import org.parley.model.Mention;
import org.parley.model.Participant;
import org.parley.model.ParticipantRole;
import org.parley.model.TimeValue;
import org.parley.model.TimexMod;
import org.parley.model.TimexType;

/**
 * The JSON form of an event, the contract that {@code extract}, {@code search}, the index's stored
 * field, the site's exports and the HTTP API share. Field names are fixed by DESIGN.md; fields are
 * written in one order so the same event always gives the same bytes.
 *
 * <p>Reading back gives an event whose actors carry id, name, kind and country but no aliases or
 * offices: the JSON keeps what a reader of the event needs, the gazetteer keeps the rest.
 */
public final class EventJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EventJson() {
    }

    /** The event as a JSON tree. */
    public static ObjectNode toTree(Event e) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", e.id());
        o.put("type", e.type().name());
        o.put("cameo", e.cameo());
        o.put("mode", e.mode().name());
        o.set("date", dateTree(e.date()));
        ArrayNode actors = o.putArray("actors");
        for (Participant p : e.actors()) {
            ObjectNode a = actors.addObject();
            a.put("id", p.actor().id());
            a.put("name", p.actor().name());
            a.put("kind", p.actor().kind().name());
            a.put("country", p.actor().country());
            a.put("role", p.role());
            a.put("part", p.part().name());
        }
        o.put("place", e.place());
        o.put("summary", e.summary());
        o.put("attribution", e.attribution());
        ArrayNode mentions = o.putArray("mentions");
        for (Mention m : e.mentions()) {
            ObjectNode n = mentions.addObject();
            n.put("article", m.article());
            n.put("published", m.published() == null ? null : m.published().toString());
            n.put("title", m.title());
            n.put("url", m.url());
            n.put("sentence", m.sentence());
            n.put("start", m.start());
            n.put("end", m.end());
            n.put("trigger", m.trigger());
            ArrayNode rules = n.putArray("rules");
            m.rules().forEach(rules::add);
        }
        return o;
    }

    private static ObjectNode dateTree(EventDate d) {
        ObjectNode n = MAPPER.createObjectNode();
        TimeValue v = d.value();
        n.put("value", v == null ? null : v.value());
        n.put("type", v == null ? null : v.type().name());
        n.put("mod", v == null || v.mod() == null ? null : v.mod().name());
        n.put("earliest", v == null || v.earliest() == null ? null : v.earliest().toString());
        n.put("latest", v == null || v.latest() == null ? null : v.latest().toString());
        n.put("basis", d.basis().name());
        n.put("text", d.text());
        return n;
    }

    /** The event as one line of JSON. */
    public static String toJson(Event e) {
        try {
            return MAPPER.writeValueAsString(toTree(e));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot write event " + e.id() + " as JSON", ex);
        }
    }

    /** Reads an event written by {@link #toJson}; a malformed one gets a message naming what is wrong. */
    public static Event fromJson(String json) {
        try {
            return fromTree(MAPPER.readTree(json));
        } catch (JsonProcessingException ex) {
            throw new IllegalArgumentException("not an event in JSON: " + ex.getOriginalMessage(), ex);
        }
    }

    /** Reads an event from a JSON tree written by {@link #toTree}. */
    public static Event fromTree(JsonNode o) {
        JsonNode d = o.path("date");
        EventDate date;
        if (d.path("value").isNull() || d.path("value").isMissingNode()) {
            date = EventDate.none();
        } else {
            TimeValue v = new TimeValue(
                    TimexType.valueOf(text(d, "type", "DATE")),
                    d.path("value").asText(),
                    d.hasNonNull("mod") ? TimexMod.valueOf(d.get("mod").asText()) : null,
                    day(d, "earliest"), day(d, "latest"));
            date = new EventDate(v, DateBasis.valueOf(d.path("basis").asText()), text(d, "text", null));
        }
        List<Participant> actors = new ArrayList<>();
        for (JsonNode a : o.path("actors")) {
            Actor actor = new Actor(a.path("id").asText(), a.path("name").asText(),
                    ActorKind.valueOf(a.path("kind").asText()), text(a, "country", null), List.of(), List.of());
            actors.add(new Participant(actor, text(a, "role", null),
                    ParticipantRole.valueOf(text(a, "part", ParticipantRole.OTHER.name()))));
        }
        List<Mention> mentions = new ArrayList<>();
        for (JsonNode m : o.path("mentions")) {
            mentions.add(new Mention(m.path("article").asText(), day(m, "published"), text(m, "title", ""),
                    text(m, "url", null), m.path("sentence").asText(), m.path("start").asInt(), m.path("end").asInt(),
                    text(m, "trigger", null), rules(m.path("rules"))));
        }
        return new Event(o.path("id").asText(), EventType.valueOf(o.path("type").asText()),
                EventMode.valueOf(o.path("mode").asText()), date, actors, text(o, "place", null),
                text(o, "summary", ""), text(o, "attribution", null), mentions, text(o, "cameo", null));
    }

    private static List<String> rules(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(r -> out.add(r.asText()));
        return out;
    }

    private static String text(JsonNode n, String field, String orElse) {
        return n.hasNonNull(field) ? n.get(field).asText() : orElse;
    }

    private static LocalDate day(JsonNode n, String field) {
        return n.hasNonNull(field) ? LocalDate.parse(n.get(field).asText()) : null;
    }
}
