package org.parley.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.util.BytesRef;

/**
 * The token of the next page of a search: the sort values of the last event shown, so that the next page starts right
 * after it ({@code searchAfter}) even when a commit came in between. Opaque to users (URL-safe base64 of a small JSON
 * array), checked when read: a token of another order, or a made-up one, is refused with a message.
 */
final class PageToken {
    private PageToken() {
    }

    /** The token that continues after a hit of a search in this order. */
    static String after(EventQuery.SortOrder order, FieldDoc last) {
        ArrayNode a = ArticleJson.MAPPER.createArrayNode();
        a.add(order.name());
        for (Object v : last.fields) {
            if (v instanceof Long l) {
                a.addObject().put("l", l);
            } else if (v instanceof Float f) {
                a.addObject().put("f", f);
            } else if (v instanceof BytesRef b) {
                a.addObject().put("b", Base64.getEncoder().encodeToString(BytesRef.deepCopyOf(b).bytes));
            } else {
                throw new IllegalStateException("a sort value of an unknown kind: " + v);
            }
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(ArticleJson.write(a).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The last hit a token names, for a search in this order and sort of a reader whose last document is
     * {@code lastDoc}.
     *
     * @throws IllegalArgumentException when the token is malformed or of another order
     */
    static FieldDoc read(String token, EventQuery.SortOrder order, SortField[] sort, int lastDoc) {
        JsonNode a;
        try {
            a = ArticleJson.read(new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw bad(token);
        }
        if (!a.isArray() || a.size() != sort.length + 1 || !order.name().equals(a.get(0).asText())) {
            throw new IllegalArgumentException("page token '" + shorten(token) + "' is not one of a search in "
                    + order.name().toLowerCase(java.util.Locale.ROOT) + " order");
        }
        Object[] fields = new Object[sort.length];
        for (int i = 0; i < sort.length; i++) {
            JsonNode v = a.get(i + 1);
            SortField f = sort[i];
            try {
                if (f.getType() == SortField.Type.SCORE) {
                    fields[i] = v.has("f") ? (Object) v.get("f").floatValue() : null;
                } else if (f instanceof SortedSetSortField || f.getType() == SortField.Type.STRING) {
                    fields[i] = v.has("b") ? new BytesRef(Base64.getDecoder().decode(v.get("b").asText())) : null;
                } else {
                    fields[i] = v.has("l") && v.get("l").canConvertToLong() ? (Object) v.get("l").longValue() : null;
                }
            } catch (IllegalArgumentException e) {
                throw bad(token);
            }
            if (fields[i] == null) {
                throw bad(token);
            }
        }
        // the sort values decide (the last one is a hash of the event); on a full tie the page goes on after it
        return new FieldDoc(lastDoc, Float.NaN, fields);
    }

    private static IllegalArgumentException bad(String token) {
        return new IllegalArgumentException("malformed page token '" + shorten(token) + "'");
    }

    private static String shorten(String token) {
        return token.length() <= 24 ? token : token.substring(0, 24) + "...";
    }
}
