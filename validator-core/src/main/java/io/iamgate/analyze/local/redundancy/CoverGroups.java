package io.iamgate.analyze.local.redundancy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Entries of one element joined by "covers" edges, as Access Analyzer groups them: one finding per
 * connected group, its entries in index order, naming the first entry another one covers.
 */
final class CoverGroups {

    /** One group: entry indexes in order, and the first covered one. */
    record Group(List<Integer> members, int firstCovered) {}

    private final int[] parent;
    private final boolean[] covered;

    CoverGroups(int size) {
        parent = new int[size];
        covered = new boolean[size];
        for (int i = 0; i < size; i++) {
            parent[i] = i;
        }
    }

    /** Records that entry {@code wider} covers entry {@code narrower}. */
    void cover(int wider, int narrower) {
        covered[narrower] = true;
        int a = find(wider);
        int b = find(narrower);
        if (a != b) {
            parent[Math.max(a, b)] = Math.min(a, b);
        }
    }

    List<Group> groups() {
        Map<Integer, List<Integer>> byRoot = new TreeMap<>();
        for (int i = 0; i < parent.length; i++) {
            byRoot.computeIfAbsent(find(i), k -> new ArrayList<>()).add(i);
        }
        List<Group> out = new ArrayList<>();
        for (List<Integer> members : byRoot.values()) {
            if (members.size() > 1) {
                int first = members.stream().filter(i -> covered[i]).findFirst().orElse(members.get(0));
                out.add(new Group(members, first));
            }
        }
        return out;
    }

    private int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
