package org.parley.model;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * An unmodifiable list computed the first time it is read, then kept.
 *
 * <p>Why: tokens and parts of speech cost more than a third of the text stage, and most sentences of a
 * news archive are never looked at token by token. A sentence carries its tokens as a lazy list so that
 * only the stages that read them pay for them. Safe to read from many threads: the supplier may run
 * more than once in a race, and every run gives an equal list.
 *
 * @param <T> the element type
 */
public final class LazyList<T> extends AbstractList<T> {
    private final Supplier<List<T>> supplier;
    private volatile List<T> values;

    /** A list whose elements the supplier gives on first read; the supplier must give equal lists on every call. */
    public LazyList(Supplier<List<T>> supplier) {
        this.supplier = Objects.requireNonNull(supplier, "supplier");
    }

    private List<T> values() {
        List<T> v = values;
        if (v == null) {
            v = List.copyOf(supplier.get());
            values = v;
        }
        return v;
    }

    @Override
    public T get(int index) {
        return values().get(index);
    }

    @Override
    public int size() {
        return values().size();
    }
}
