package org.parley.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.parley.eval.EventScorer.ArticleScore;
import org.parley.eval.GoldTimeline.GoldEvent;
import org.parley.event.ArticlePipeline;
import org.parley.event.HappeningMerger;
import org.parley.ingest.ArticleFolder;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.model.Problem;

/**
 * Runs the pipeline over the articles of gold timelines and scores the events, article by article and merged
 * across articles: the figures {@code parley eval events} prints.
 *
 * @param articles  the score of each article
 * @param merges    for each happening told by several articles (one gold id in several gold files), whether the
 *                  merger joined all its reports into one event, by gold id
 * @param mergeNotes for each happening not merged, what each of its articles gave, so that a reader sees whether an
 *                  article's report was missed, told apart, or left out of the others' event
 * @param problems  gold files or articles that could not be read
 */
public record EventEvaluation(List<ArticleScore> articles, Map<String, Boolean> merges, Map<String, String> mergeNotes,
                              List<String> problems) {

    /** Scores the articles of some gold files (files, or folders of {@code *.json}) found under an articles folder. */
    public static EventEvaluation run(List<Path> gold, Path articlesDir, ArticlePipeline pipeline) {
        List<String> problems = new ArrayList<>();
        List<GoldTimeline> timelines = new ArrayList<>();
        for (Path g : gold) {
            for (Path f : goldFiles(g, problems)) {
                try {
                    timelines.add(GoldTimeline.read(f));
                } catch (IllegalArgumentException e) {
                    problems.add(e.getMessage());
                }
            }
        }
        Map<String, List<Article>> byFile = new LinkedHashMap<>();
        List<ArticleScore> scores = new ArrayList<>();
        List<Event> all = new ArrayList<>();
        Map<GoldTimeline, String> articleIds = new LinkedHashMap<>();
        for (GoldTimeline told : timelines) {
            GoldTimeline t = told;
            List<Article> read = byFile.computeIfAbsent(t.file(), f -> readArticles(articlesDir.resolve(f), problems));
            Article article = null;
            for (Article a : read) {
                if (t.record() == null || a.source().endsWith("#" + t.record()) || a.id().equals(t.record())) {
                    article = a;
                    break;
                }
            }
            if (article == null) {
                problems.add(t.source() + ": article " + t.file() + (t.record() == null ? "" : "#" + t.record())
                        + " not found under " + articlesDir);
                continue;
            }
            if (t.anchored()) {
                try {
                    t = t.withEvidenceFrom(recordText(articlesDir.resolve(t.file()), t.record()));
                } catch (IllegalArgumentException e) {
                    problems.add(e.getMessage());
                    continue;
                }
            }
            List<Event> events = pipeline.read(article).events();
            all.addAll(events);
            articleIds.put(t, article.id());
            scores.add(EventScorer.score(t, events));
        }
        List<Event> merged = new HappeningMerger().merge(all);
        Map<String, Boolean> joined = merges(articleIds, merged);
        return new EventEvaluation(scores, joined, mergeNotes(articleIds, merged, joined), problems);
    }

    private static List<Path> goldFiles(Path g, List<String> problems) {
        if (Files.isDirectory(g)) {
            // a folder's gold files and those of its sub-folders (one folder per batch of gold, scored alone or together)
            try (Stream<Path> s = Files.walk(g)) {
                return s.filter(p -> p.toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList();
            } catch (IOException e) {
                problems.add(g + ": cannot list: " + e.getMessage());
                return List.of();
            }
        }
        if (!Files.isRegularFile(g)) {
            problems.add(g + ": no such gold file or folder");
            return List.of();
        }
        return List.of(g);
    }

    /**
     * The {@code text} of one JSON Lines record as the file holds it, before ingest cleans it: what the offsets of
     * anchored evidence count in.
     */
    static String recordText(Path file, String record) {
        if (record == null || !file.toString().endsWith(".jsonl")) {
            throw new IllegalArgumentException(file + ": evidence_at is for JSON Lines records only");
        }
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(l -> !l.isBlank()).map(EventEvaluation::json)
                    .filter(n -> record.equals(n.path("id").asText(null))).findFirst()
                    .map(n -> n.path("text").asText(""))
                    .orElseThrow(() -> new IllegalArgumentException(file + ": no record " + record + " for evidence_at"));
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<Article> readArticles(Path file, List<String> problems) {
        List<Article> out = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            problems.add(file + ": no such article file");
            return out;
        }
        ArticleFolder.readFile(file, out::add, (Problem p) -> problems.add(p.toString()));
        return out;
    }

    static Map<String, Boolean> merges(Map<GoldTimeline, String> articleIds, List<Event> merged) {
        Map<String, List<Map.Entry<GoldTimeline, GoldEvent>>> byId = new LinkedHashMap<>();
        articleIds.keySet().forEach(t -> t.events().forEach(
                g -> byId.computeIfAbsent(g.id(), k -> new ArrayList<>()).add(Map.entry(t, g))));
        Map<String, Boolean> out = new LinkedHashMap<>();
        byId.forEach((id, told) -> {
            if (told.size() < 2) {
                return;
            }
            boolean joined = false;
            for (Event e : merged) {
                boolean all = true;
                for (Map.Entry<GoldTimeline, GoldEvent> t : told) {
                    String article = articleIds.get(t.getKey());
                    // a mention of that very happening: its sentence holds the gold evidence, not just any sentence
                    String evidence = EventScorer.words(t.getValue().evidence());
                    boolean fromIt = e.mentions().stream().anyMatch(m -> m.article().equals(article)
                            && (evidence.isEmpty() || EventScorer.words(m.sentence()).contains(evidence)));
                    all &= fromIt && EventScorer.matches(t.getKey(), t.getValue(), e, true);
                }
                if (all) {
                    joined = true;
                    break;
                }
            }
            out.put(id, joined);
        });
        return out;
    }

    /**
     * For each happening not merged, per article: how many merged events fit its gold there (type, actor, date) and
     * whether one of them holds the sentence of the gold evidence ("sa-063: 1 fits, with the evidence"; "sa-064:
     * none fits"). When every article has one, the events the merger kept apart follow ("| kept apart: MEET
     * 2024-06-19 ... / MEET 2024-06-18 ..."), so that a reader sees what differs: type, mode, date, parties, place.
     */
    static Map<String, String> mergeNotes(Map<GoldTimeline, String> articleIds, List<Event> merged, Map<String, Boolean> joined) {
        Map<String, String> out = new LinkedHashMap<>();
        joined.forEach((id, ok) -> {
            if (ok) {
                return;
            }
            StringBuilder note = new StringBuilder();
            // the event that holds each article's evidence, when every article has one: the merger kept them apart
            List<Event> told = new ArrayList<>();
            int tellers = 0;
            for (Map.Entry<GoldTimeline, String> t : articleIds.entrySet()) {
                for (GoldEvent g : t.getKey().events()) {
                    if (!g.id().equals(id)) {
                        continue;
                    }
                    String article = t.getValue();
                    String evidence = EventScorer.words(g.evidence());
                    int fits = 0;
                    boolean withEvidence = false;
                    tellers++;
                    for (Event e : merged) {
                        boolean fromIt = e.mentions().stream().anyMatch(m -> m.article().equals(article));
                        if (fromIt && EventScorer.matches(t.getKey(), g, e, true)) {
                            fits++;
                            boolean holds = e.mentions().stream().anyMatch(m -> m.article().equals(article)
                                    && (evidence.isEmpty() || EventScorer.words(m.sentence()).contains(evidence)));
                            if (holds && !withEvidence) {
                                told.add(e);
                            }
                            withEvidence |= holds;
                        }
                    }
                    String name = t.getKey().record() != null ? t.getKey().record() : t.getKey().file();
                    note.append(note.length() == 0 ? "" : "; ").append(name).append(": ")
                            .append(fits == 0 ? "none fits" : fits + " fit" + (fits == 1 ? "s" : "")
                                    + (withEvidence ? ", with the evidence" : ", none with the evidence"));
                }
            }
            if (told.size() == tellers) {
                note.append(" | kept apart: ").append(String.join(" / ",
                        told.stream().distinct().map(EventScorer::describe).toList()));
            }
            out.put(id, note.toString());
        });
        return out;
    }

    /** Events matched, over all articles. */
    public int matched() {
        return articles.stream().mapToInt(a -> a.matches().size()).sum();
    }

    /** Events extracted, over all articles. */
    public int extracted() {
        return articles.stream().mapToInt(a -> a.system().size()).sum();
    }

    /** Gold events, over all articles. */
    public int goldEvents() {
        return articles.stream().mapToInt(a -> a.gold().events().size()).sum();
    }

    /** Must events found, over all articles. */
    public long mustFound() {
        return articles.stream().mapToLong(ArticleScore::mustFound).sum();
    }

    /** Must events, over all articles. */
    public long mustTotal() {
        return articles.stream().mapToLong(ArticleScore::mustTotal).sum();
    }

    /** The rules of {@code must_not} broken, over all articles. */
    public int violations() {
        return articles.stream().mapToInt(a -> a.violations().size()).sum();
    }

    /** Happenings told by several articles that the merger joined into one event holding all their reports. */
    public long merged() {
        return merges.values().stream().filter(b -> b).count();
    }

    /** Gold events matched on type and actor whatever their date. */
    public int relaxed() {
        return articles.stream().mapToInt(ArticleScore::relaxed).sum();
    }

    public double precision() {
        return extracted() == 0 ? 0 : (double) matched() / extracted();
    }

    public double recall() {
        return goldEvents() == 0 ? 0 : (double) matched() / goldEvents();
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
