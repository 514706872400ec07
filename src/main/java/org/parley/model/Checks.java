package org.parley.model;

import java.util.List;
import java.util.Objects;

/** Argument checks shared by the model's constructors, so that every message quotes the bad value. */
final class Checks {
    private Checks() {
    }

    static String text(String value, String name) {
        Objects.requireNonNull(value, name + " must not be null");
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank, was '" + value + "'");
        }
        return value;
    }

    static void span(int start, int end, String what) {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException(what + " span must satisfy 0 <= start <= end, was [" + start + ", " + end + ")");
        }
    }

    static <T> List<T> list(List<T> values, String name) {
        Objects.requireNonNull(values, name + " must not be null");
        return List.copyOf(values);
    }
}
