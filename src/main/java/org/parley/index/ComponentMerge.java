package org.parley.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.parley.event.EventMerger;
import org.parley.model.Event;
import org.parley.model.Mention;

/**
 * The merge of one component of raw events (every raw event that shares a merge block with another, widened until
 * nothing new is found) into happenings under their {@link EventSchema#happeningKey keys}: the part of a commit that
 * does not depend on the store, shared by the local index and the Solr collection so that both give the same events.
 */
final class ComponentMerge {
    private ComponentMerge() {
    }

    /** One article's event before the merge, with its blocks, its place in the article and the article's source. */
    record Raw(Event event, List<String> blocks, int seq, String source) {
        String article() {
            return event.mentions().get(0).article();
        }
    }

    /** A happening as a commit merged it, with the blocks it is filed under. */
    record Happening(Event event, Set<String> blocks) {
    }

    /** The happenings of a component, by happening key, in the order the merge gave them. */
    static Map<String, List<Happening>> merge(List<Raw> component, EventMerger merger) {
        List<Raw> found = new ArrayList<>(component);
        // the merge reads each article's events in the article's order, as a merge of everything would
        found.sort(Comparator.comparing(Raw::article).thenComparingInt(Raw::seq));
        Map<String, String> sources = new HashMap<>();
        Map<Integer, Part> parts = new LinkedHashMap<>();
        int[] root = parts(found);
        for (int i = 0; i < found.size(); i++) {
            Raw r = found.get(i);
            Part part = parts.computeIfAbsent(root[i], k -> new Part());
            part.events.add(r.event());
            sources.put(r.article(), r.source());
            for (Mention m : r.event().mentions()) {
                part.blocksByMention.computeIfAbsent(m, k -> new LinkedHashSet<>()).addAll(r.blocks());
            }
        }
        Map<String, List<Happening>> after = new LinkedHashMap<>();
        for (Part part : parts.values()) {
            // each part alone: the merge of the whole is the union of the merges of parts that share no block
            for (Event e : merger.merge(part.events)) {
                Set<String> blocks = part.blocksOf(e);
                String key = EventSchema.happeningKey(e, sources::get, blocks);
                after.computeIfAbsent(key, k -> new ArrayList<>()).add(new Happening(e, blocks));
            }
        }
        return after;
    }

    /**
     * The part each raw event is in: the events that share a block, directly or through others, are one part. A
     * commit's events may form several (two articles put in one run, far apart), and a happening must be filed under
     * the blocks of its own part only: two reports of one sentence (an agreement and a proposal in it) may lie in
     * different parts, and the blocks of the one must not name the happenings of the other.
     */
    private static int[] parts(List<Raw> found) {
        int[] parent = new int[found.size()];
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < found.size(); i++) {
            parent[i] = i;
            for (String b : found.get(i).blocks()) {
                Integer j = first.putIfAbsent(b, i);
                if (j != null) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        int[] root = new int[found.size()];
        for (int i = 0; i < found.size(); i++) {
            root[i] = find(parent, i);
        }
        return root;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Raw events that share blocks, merged together, and the blocks of each of their mentions. */
    private static final class Part {
        final List<Event> events = new ArrayList<>();
        final Map<Mention, Set<String>> blocksByMention = new HashMap<>();

        /** A happening lies in the blocks of the reports it joins, which its mentions name. */
        Set<String> blocksOf(Event merged) {
            Set<String> b = new TreeSet<>();
            for (Mention m : merged.mentions()) {
                b.addAll(blocksByMention.getOrDefault(m, Set.of()));
            }
            return b;
        }
    }
}
