package org.parley.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyListTest {
    @Test
    void elementsAreComputedOnFirstReadAndOnlyOnce() {
        AtomicInteger calls = new AtomicInteger();
        LazyList<String> list = new LazyList<>(() -> {
            calls.incrementAndGet();
            return List.of("a", "b");
        });
        assertEquals(0, calls.get(), "nothing is computed before a read");
        assertEquals(2, list.size());
        assertEquals("b", list.get(1));
        assertEquals(List.of("a", "b"), list);
        assertEquals(1, calls.get());
    }

    @Test
    void aSentenceKeepsItsLazyTokensLazy() {
        AtomicInteger calls = new AtomicInteger();
        LazyList<Token> tokens = new LazyList<>(() -> {
            calls.incrementAndGet();
            return List.of(new Token(0, 2, "Hi", "INTJ"));
        });
        Sentence s = new Sentence(0, 0, 2, "Hi", tokens);
        assertEquals(0, calls.get());
        assertSame(tokens, s.tokens());
        assertEquals("INTJ", s.tokens().get(0).pos());
    }

    @Test
    void theListCannotBeChanged() {
        LazyList<String> list = new LazyList<>(() -> List.of("a"));
        assertThrows(UnsupportedOperationException.class, () -> list.add("b"));
    }
}
