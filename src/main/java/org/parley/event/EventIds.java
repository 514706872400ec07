package org.parley.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.actor.NameFolding;
import org.parley.model.ActorKind;
import org.parley.model.EventDate;
import org.parley.model.EventMode;
import org.parley.model.EventType;
import org.parley.model.Participant;
import org.parley.model.ParticipantRole;

/**
 * Ids and summaries of events, derived from what an event is (type, main actors, date, mode) and never from
 * where it was read, so that one happening told by two articles gets one id.
 */
public final class EventIds {
    private static final int MAX_ACTORS = 4;
    private static final java.util.regex.Pattern TRAILING_PREPOSITION = java.util.regex.Pattern.compile(" (?:of|with|to|between|on)$");

    private EventIds() {
    }

    /** The main actors of an event: its persons when it has any, else all its parties; sorted ids. */
    static List<String> mainActors(List<Participant> parts) {
        boolean persons = parts.stream().anyMatch(p -> p.actor().kind() == ActorKind.PERSON);
        List<String> ids = new ArrayList<>();
        for (Participant p : parts) {
            if ((!persons || p.actor().kind() == ActorKind.PERSON) && !ids.contains(p.actor().id())) {
                ids.add(p.actor().id());
            }
        }
        ids.sort(null);
        return ids.size() > MAX_ACTORS ? ids.subList(0, MAX_ACTORS) : ids;
    }

    /** "call-jake-sullivan-yury-ushakov-2024-01"; a mode other than ASSERTED is part of the id. */
    public static String id(EventType type, EventMode mode, List<Participant> parts, EventDate date) {
        StringBuilder sb = new StringBuilder(type.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        for (String a : mainActors(parts)) {
            sb.append('-').append(a);
        }
        sb.append('-').append(date.value() == null ? "undated" : NameFolding.slug(date.value().value()
                + (date.value().mod() == null ? "" : " " + date.value().mod().name())));
        if (mode != EventMode.ASSERTED) {
            sb.append('-').append(mode.name().toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }

    /** A one-line summary: "Jake Sullivan spoke by phone with Yury Ushakov." */
    static String summary(EventType type, EventMode mode, List<Participant> parts, String verb, String place) {
        List<String> sources = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (Participant p : parts) {
            (p.part() == ParticipantRole.SOURCE ? sources : others).add(p.actor().name());
        }
        if (sources.isEmpty() && !others.isEmpty()) {
            sources.add(others.remove(0));
        }
        String words = verb == null ? type.name().toLowerCase(Locale.ROOT) : verb;
        if (others.isEmpty()) {
            words = TRAILING_PREPOSITION.matcher(words).replaceAll("");
        }
        StringBuilder sb = new StringBuilder(String.join(" and ", sources)).append(' ').append(words);
        if (!others.isEmpty()) {
            sb.append(' ').append(String.join(" and ", others));
        }
        if (place != null) {
            sb.append(" in ").append(place);
        }
        switch (mode) {
            case PLANNED -> sb.append(" (planned)");
            case HYPOTHETICAL -> sb.append(" (hypothetical)");
            case NEGATED -> sb.append(" (did not happen)");
            case DENIED -> sb.append(" (denied)");
            default -> {
            }
        }
        return sb.append('.').toString().replace("  ", " ");
    }
}
