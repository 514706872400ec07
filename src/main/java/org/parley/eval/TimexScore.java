package org.parley.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.eval.TimeMlDocument.Span;

/**
 * TempEval-3 Task A measures of time-expression spans, type and value, computed as
 * {@code timex_score.py score} computes them so that both give the same figures.
 *
 * <p>A system and a gold span match 'relaxed' when they overlap (paired one to one, largest overlap
 * first) and 'strict' when identical. Precision = matches / system spans, recall = matches / gold
 * spans; value F1 = (relaxed matches with the gold value / relaxed matches) x relaxed F1, type F1 likewise.
 */
public final class TimexScore {
    private int gold;
    private int system;
    private int relaxed;
    private int strict;
    private int valueOk;
    private int typeOk;
    private final List<String> errors = new ArrayList<>();

    /** Adds one document's gold and system spans. */
    public void add(String name, String text, List<Span> goldSpans, List<Span> systemSpans) {
        gold += goldSpans.size();
        system += systemSpans.size();
        record Candidate(int overlap, int g, int s) { }
        List<Candidate> candidates = new ArrayList<>();
        for (int g = 0; g < goldSpans.size(); g++) {
            for (int s = 0; s < systemSpans.size(); s++) {
                Span a = goldSpans.get(g);
                Span b = systemSpans.get(s);
                int overlap = Math.min(a.end(), b.end()) - Math.max(a.start(), b.start());
                if (overlap > 0) {
                    candidates.add(new Candidate(overlap, g, s));
                }
            }
        }
        // Python sorts (-overlap, gold index, system index): the same order here.
        candidates.sort((x, y) -> x.overlap != y.overlap ? Integer.compare(y.overlap, x.overlap)
                : x.g != y.g ? Integer.compare(x.g, y.g) : Integer.compare(x.s, y.s));
        Set<Integer> usedG = new HashSet<>();
        Set<Integer> usedS = new HashSet<>();
        for (Candidate c : candidates) {
            if (usedG.contains(c.g) || usedS.contains(c.s)) {
                continue;
            }
            usedG.add(c.g);
            usedS.add(c.s);
            Span g = goldSpans.get(c.g);
            Span s = systemSpans.get(c.s);
            relaxed++;
            strict += g.start() == s.start() && g.end() == s.end() ? 1 : 0;
            typeOk += g.type().equals(s.type()) ? 1 : 0;
            if (g.value().equals(s.value())) {
                valueOk++;
            } else {
                errors.add(String.format(Locale.ROOT, "VALUE %s '%s' gold=%s/%s system='%s' %s/%s", name,
                        text.substring(g.start(), g.end()), g.value(), g.mod(), text.substring(s.start(), s.end()),
                        s.value(), s.mod()));
            }
        }
        for (int g = 0; g < goldSpans.size(); g++) {
            if (!usedG.contains(g)) {
                Span x = goldSpans.get(g);
                errors.add(String.format(Locale.ROOT, "MISSED %s '%s' %s", name, text.substring(x.start(), x.end()), x.value()));
            }
        }
        for (int s = 0; s < systemSpans.size(); s++) {
            if (!usedS.contains(s)) {
                Span x = systemSpans.get(s);
                errors.add(String.format(Locale.ROOT, "EXTRA %s '%s' %s", name, text.substring(x.start(), x.end()), x.value()));
            }
        }
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    public double strictF1() {
        return 100 * f1(ratio(strict, system), ratio(strict, gold));
    }

    public double relaxedF1() {
        return 100 * f1(ratio(relaxed, system), ratio(relaxed, gold));
    }

    public double valueF1() {
        return ratio(valueOk, relaxed) * relaxedF1();
    }

    public double typeF1() {
        return ratio(typeOk, relaxed) * relaxedF1();
    }

    /** Value mismatches, missed gold spans and extra system spans, one a line. */
    public List<String> errors() {
        return List.copyOf(errors);
    }

    /** The report in timex_score.py's own lines. */
    public List<String> report() {
        return List.of(
                String.format(Locale.ROOT, "gold=%d system=%d relaxed=%d strict=%d value_ok=%d", gold, system, relaxed,
                        strict, valueOk),
                String.format(Locale.ROOT, "strict P/R/F1 = %.2f / %.2f / %.2f", 100 * ratio(strict, system),
                        100 * ratio(strict, gold), strictF1()),
                String.format(Locale.ROOT, "relaxed P/R/F1 = %.2f / %.2f / %.2f", 100 * ratio(relaxed, system),
                        100 * ratio(relaxed, gold), relaxedF1()),
                String.format(Locale.ROOT, "type_f1=%.2f", typeF1()),
                String.format(Locale.ROOT, "value_f1=%.2f", valueF1()));
    }
}
