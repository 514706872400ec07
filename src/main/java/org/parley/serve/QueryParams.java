package org.parley.serve;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The parameters of a URL's query string, decoded as UTF-8, in order, names repeatable
 * ({@code actor=Sullivan&actor=Ushakov}); and the way back to a shareable query string.
 */
public final class QueryParams {
    private final Map<String, List<String>> values;

    private QueryParams(Map<String, List<String>> values) {
        this.values = values;
    }

    /**
     * Parses a raw (still encoded) query string; {@code null} or empty gives no parameters.
     *
     * @throws IllegalArgumentException on malformed percent-encoding or a parameter outside {@code allowed}
     */
    public static QueryParams parse(String rawQuery, Set<String> allowed) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                if (!allowed.contains(name)) {
                    throw new IllegalArgumentException("unknown parameter '" + name + "'; known: "
                            + String.join(", ", new java.util.TreeSet<>(allowed)));
                }
                values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            }
        }
        return new QueryParams(values);
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("malformed query string: " + e.getMessage(), e);
        }
    }

    /** The first value of a parameter, or {@code null}. */
    public String first(String name) {
        List<String> v = values.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    /** Every value of a parameter, in order. */
    public List<String> all(String name) {
        return List.copyOf(values.getOrDefault(name, List.of()));
    }

    /** These parameters with one of them set to a single value (or removed when {@code value} is null). */
    public QueryParams with(String name, String value) {
        Map<String, List<String>> copy = copy();
        copy.remove(name);
        if (value != null) {
            copy.put(name, new ArrayList<>(List.of(value)));
        }
        return new QueryParams(copy);
    }

    /** These parameters with one more value of a repeatable parameter. */
    public QueryParams plus(String name, String value) {
        Map<String, List<String>> copy = copy();
        List<String> list = copy.computeIfAbsent(name, k -> new ArrayList<>());
        if (!list.contains(value)) {
            list.add(value);
        }
        return new QueryParams(copy);
    }

    private Map<String, List<String>> copy() {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> copy.put(k, new ArrayList<>(v)));
        return copy;
    }

    /** The encoded query string, blank values left out, so that a URL can be shared. */
    public String encode() {
        StringJoiner j = new StringJoiner("&");
        values.forEach((k, vs) -> vs.stream().filter(v -> !v.isBlank()).forEach(v ->
                j.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8))));
        return j.toString();
    }
}
