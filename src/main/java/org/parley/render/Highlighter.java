package org.parley.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Cuts a text into pieces at the edges of its marks, so a template can mark dates, actors, triggers and
 * event sentences with plain {@code th:text} (every character escaped) and no markup built in Java.
 *
 * <p>Marks may nest (a date inside an event's sentence) or overlap; a piece carries every mark that
 * covers it. Of two links over the same characters the first mark in the list wins. Marks outside the
 * text are clipped, so wrong offsets from an earlier stage never break a page.
 */
public final class Highlighter {
    private Highlighter() {
    }

    /** The pieces of a text with its marks. */
    public static List<Piece> pieces(String text, List<Mark> marks) {
        int n = text.length();
        List<Mark> ok = new ArrayList<>();
        for (Mark m : marks) {
            int s = Math.max(0, Math.min(n, m.start()));
            int e = Math.max(s, Math.min(n, m.end()));
            if (e > s) {
                ok.add(new Mark(s, e, m.kind(), m.href(), m.datetime(), m.title()));
            }
        }
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(n);
        for (Mark m : ok) {
            cuts.add(m.start());
            cuts.add(m.end());
        }
        ok.sort(Comparator.comparingInt(Mark::start));
        List<Piece> out = new ArrayList<>();
        Integer prev = null;
        for (int cut : cuts) {
            if (prev != null && cut > prev) {
                out.add(piece(text, prev, cut, ok));
            }
            prev = cut;
        }
        return out;
    }

    private static Piece piece(String text, int s, int e, List<Mark> marks) {
        StringBuilder css = new StringBuilder();
        String href = null;
        String datetime = null;
        String title = null;
        String after = null;
        String afterText = null;
        for (Mark m : marks) {
            if (m.start() > s) {
                break;
            }
            if (m.end() < e) {
                continue;
            }
            if (css.indexOf(m.kind()) < 0) {
                css.append(css.length() == 0 ? "" : " ").append(m.kind());
            }
            if ("event".equals(m.kind())) {
                if (m.end() == e && after == null) {
                    after = m.href();
                    afterText = m.title();
                }
                continue;
            }
            if (href == null && m.href() != null && datetime == null) {
                href = m.href();
            }
            if (datetime == null && m.datetime() != null && href == null) {
                datetime = m.datetime();
            }
            if (title == null) {
                title = m.title();
            }
        }
        return new Piece(text.substring(s, e), css.length() == 0 ? null : css.toString(), href, datetime, title,
                after, afterText);
    }
}
