package org.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QueryParamsTest {
    private static final Set<String> ALLOWED = Set.of("actor", "type", "q");

    @Test
    void repeatedNamesKeepEveryValueInOrder() {
        QueryParams p = QueryParams.parse("actor=Jake+Sullivan&actor=Yury%20Ushakov&q=", ALLOWED);
        assertEquals(List.of("Jake Sullivan", "Yury Ushakov"), p.all("actor"));
        assertEquals("", p.first("q"));
        assertEquals(null, p.first("type"));
    }

    @Test
    void aNarrowedSearchIsAShareableQueryString() {
        QueryParams p = QueryParams.parse("actor=Putin&q=", ALLOWED);
        assertEquals("actor=Putin&actor=T%C3%BCrkiye&type=MEET", p.plus("actor", "Türkiye").with("type", "MEET").encode());
        assertEquals("actor=Putin", p.plus("actor", "Putin").encode(), "an actor already asked for is not repeated");
    }

    @Test
    void unknownNamesAndBrokenEscapesAreRefused() {
        assertEquals("unknown parameter 'colour'; known: actor, q, type",
                assertThrows(IllegalArgumentException.class, () -> QueryParams.parse("colour=red", ALLOWED))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> QueryParams.parse("q=%zz", ALLOWED));
    }
}
