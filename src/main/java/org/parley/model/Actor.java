package org.parley.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A party to events: a person, a state, an organisation or a group.
 *
 * @param id      canonical id, a slug of the name ("jake-sullivan", "russia")
 * @param name    canonical name in Unicode ("Recep Tayyip Erdoğan")
 * @param kind    what kind of party it is
 * @param country ISO 3166 alpha-3 code of its state, or {@code null}
 * @param aliases other names it goes by (transliterations, short names, capitals used for governments)
 * @param roles   offices held, with their dates
 */
public record Actor(String id, String name, ActorKind kind, String country, List<String> aliases, List<Role> roles) {
    public Actor {
        Checks.text(id, "actor id");
        Checks.text(name, "actor name");
        Objects.requireNonNull(kind, () -> "actor " + id + " has no kind");
        aliases = Checks.list(aliases, "aliases");
        roles = Checks.list(roles, "roles");
    }

    /** The office held on a day, preferring the most recently started one; empty when none is known. */
    public Optional<Role> roleOn(LocalDate day) {
        return roles.stream()
                .filter(r -> day == null || r.heldOn(day))
                .max(java.util.Comparator.comparing(r -> r.from() == null ? LocalDate.MIN : r.from()));
    }
}
