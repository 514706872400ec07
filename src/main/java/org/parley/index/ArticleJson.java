package org.parley.index;

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
import org.parley.model.ActorMention;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Article;
import org.parley.model.Dateline;
import org.parley.model.Role;
import org.parley.model.TimeExpression;
import org.parley.model.TimeValue;
import org.parley.model.TimexMod;
import org.parley.model.TimexType;

/**
 * The JSON form of an annotated article, as the index stores it, so that the article page can mark
 * its dates and actors without running the pipeline again. Unlike the event JSON it keeps actors whole
 * (aliases and offices), because the index matches names through them.
 */
public final class ArticleJson {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private ArticleJson() {
    }

    /** The annotated article as one line of JSON. */
    public static String toJson(AnnotatedArticle a) {
        return write(toTree(a));
    }

    /** Reads an article written by {@link #toJson}; a malformed one gets a message saying so. */
    public static AnnotatedArticle fromJson(String json) {
        return fromTree(read(json));
    }

    static ObjectNode toTree(AnnotatedArticle a) {
        ObjectNode o = MAPPER.createObjectNode();
        Article art = a.article();
        o.put("id", art.id());
        o.put("source", art.source());
        o.put("url", art.url());
        o.put("published", art.published().toString());
        o.put("title", art.title());
        o.put("body", art.body());
        if (art.dateline().present()) {
            ObjectNode d = o.putObject("dateline");
            d.put("start", art.dateline().start());
            d.put("end", art.dateline().end());
            d.put("day", str(art.dateline().day()));
        }
        ArrayNode times = o.putArray("times");
        for (TimeExpression t : a.times()) {
            ObjectNode n = times.addObject();
            n.put("start", t.start());
            n.put("end", t.end());
            n.put("text", t.text());
            TimeValue v = t.value();
            n.put("type", v.type().name());
            n.put("value", v.value());
            n.put("mod", v.mod() == null ? null : v.mod().name());
            n.put("earliest", str(v.earliest()));
            n.put("latest", str(v.latest()));
        }
        ArrayNode actors = o.putArray("actors");
        for (ActorMention m : a.actors()) {
            ObjectNode n = actors.addObject();
            n.put("start", m.start());
            n.put("end", m.end());
            n.put("text", m.text());
            n.put("role", m.role());
            n.set("actor", actorTree(m.actor()));
        }
        return o;
    }

    static AnnotatedArticle fromTree(JsonNode o) {
        JsonNode d = o.path("dateline");
        Dateline dateline = d.isObject() ? new Dateline(d.path("start").asInt(), d.path("end").asInt(), day(d, "day")) : Dateline.NONE;
        Article art = new Article(o.path("id").asText(), o.path("source").asText(), text(o, "url"),
                day(o, "published"), o.path("title").asText(""), o.path("body").asText(""), dateline);
        List<TimeExpression> times = new ArrayList<>();
        for (JsonNode n : o.path("times")) {
            TimeValue v = new TimeValue(TimexType.valueOf(n.path("type").asText()), n.path("value").asText(),
                    n.hasNonNull("mod") ? TimexMod.valueOf(n.get("mod").asText()) : null,
                    day(n, "earliest"), day(n, "latest"));
            times.add(new TimeExpression(n.path("start").asInt(), n.path("end").asInt(), n.path("text").asText(), v));
        }
        List<ActorMention> actors = new ArrayList<>();
        for (JsonNode n : o.path("actors")) {
            actors.add(new ActorMention(n.path("start").asInt(), n.path("end").asInt(), n.path("text").asText(),
                    actorFromTree(n.path("actor")), text(n, "role")));
        }
        return new AnnotatedArticle(art, times, actors);
    }

    /** An actor whole: id, name, kind, country, aliases and offices. */
    static ObjectNode actorTree(Actor a) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", a.id());
        n.put("name", a.name());
        n.put("kind", a.kind().name());
        n.put("country", a.country());
        ArrayNode aliases = n.putArray("aliases");
        a.aliases().forEach(aliases::add);
        ArrayNode roles = n.putArray("roles");
        for (Role r : a.roles()) {
            ObjectNode rn = roles.addObject();
            rn.put("title", r.title());
            rn.put("country", r.country());
            rn.put("from", str(r.from()));
            rn.put("to", str(r.to()));
        }
        return n;
    }

    static Actor actorFromTree(JsonNode n) {
        List<String> aliases = new ArrayList<>();
        n.path("aliases").forEach(x -> aliases.add(x.asText()));
        List<Role> roles = new ArrayList<>();
        for (JsonNode r : n.path("roles")) {
            roles.add(new Role(r.path("title").asText(), text(r, "country"), day(r, "from"), day(r, "to")));
        }
        return new Actor(n.path("id").asText(), n.path("name").asText(), ActorKind.valueOf(n.path("kind").asText()),
                text(n, "country"), aliases, roles);
    }

    static String write(JsonNode n) {
        try {
            return MAPPER.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("malformed JSON in the index: " + e.getOriginalMessage(), e);
        }
    }

    private static String str(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }

    private static LocalDate day(JsonNode n, String field) {
        return n.hasNonNull(field) ? LocalDate.parse(n.get(field).asText()) : null;
    }
}
