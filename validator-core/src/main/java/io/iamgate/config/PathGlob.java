package io.iamgate.config;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A file glob in .gitignore's spirit, matched against a path relative to the working directory with '/'
 * separators: {@code *} and {@code ?} stay inside one directory, {@code **} crosses directories,
 * {@code {a,b}} is a choice. A glob without a '/' matches a file or directory name at any depth; one with a
 * '/' is anchored at the working directory (a leading '/' only anchors). A glob that matches a directory
 * matches everything below it, so {@code generated} and {@code generated/**} mean the same.
 *
 * <p>Globs come from the repository's .iamgate.yml, so a pull request chooses them: they are compiled to a
 * nondeterministic automaton and matched by simulating all its states at once, never by backtracking.
 * Matching a path of length n against a glob of length m takes O(n·m) time and O(m) memory, whatever the
 * number of {@code **} (a backtracking regex took minutes on {@code **a**a**a**b}).
 */
public final class PathGlob {

    /** What a transition reads: one given character, any character but '/', or any character. */
    private static final int NOT_SLASH = -1;

    private static final int ANY = -2;

    private final String text;
    private final Automaton automaton;

    private PathGlob(String text, Automaton automaton) {
        this.text = text;
        this.automaton = automaton;
    }

    /** @throws IllegalArgumentException naming what is wrong with the glob */
    public static PathGlob of(String glob) {
        String g = glob.trim();
        if (g.isEmpty()) {
            throw new IllegalArgumentException("empty glob");
        }
        while (g.endsWith("/") && g.length() > 1) {
            g = g.substring(0, g.length() - 1);
        }
        boolean anchored = g.contains("/");
        if (g.startsWith("/")) {
            g = g.substring(1);
        }
        if (g.startsWith("./")) {
            g = g.substring(2);
        }
        Builder b = new Builder();
        int start = b.state();
        int at = anchored ? start : b.anyDirectories(start); // unanchored: "(any directories/)?" first
        b.accept = new Compiler(g, glob, b).sequence(at);
        return new PathGlob(glob, b.build(start));
    }

    /** True when the path, or a directory above it, matches. */
    public boolean matches(String relativePath) {
        String p = relativePath.replace('\\', '/');
        if (p.startsWith("./")) {
            p = p.substring(2);
        }
        return automaton.matchesOrHasMatchingDirectory(p);
    }

    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }

    /** Turns the glob's text into states, left to right; braces are one level of alternatives. */
    private static final class Compiler {
        private final String g;
        private final String original;
        private final Builder b;
        private int i;

        Compiler(String g, String original, Builder b) {
            this.g = g;
            this.original = original;
            this.b = b;
        }

        /** Compiles the whole glob from state {@code from}; returns the accepting state. */
        int sequence(int from) {
            int at = from;
            while (i < g.length()) {
                char c = g.charAt(i);
                if (c == '}') {
                    throw new IllegalArgumentException("unmatched '}' in glob '" + original + "'");
                }
                if (c == '{') {
                    i++;
                    at = alternatives(at);
                } else {
                    at = element(at, false);
                }
            }
            return at;
        }

        /** After a '{': alternatives up to the matching '}', each from {@code from}, joined after it. */
        private int alternatives(int from) {
            int join = b.state();
            int at = from;
            int altStart = b.state();
            b.epsilon(from, altStart);
            at = altStart;
            while (true) {
                if (i >= g.length()) {
                    throw new IllegalArgumentException("unclosed '{' in glob '" + original + "'");
                }
                char c = g.charAt(i);
                if (c == '{') {
                    throw new IllegalArgumentException("nested '{' in glob '" + original + "'");
                }
                if (c == '}') {
                    i++;
                    b.epsilon(at, join);
                    return join;
                }
                if (c == ',') {
                    i++;
                    b.epsilon(at, join);
                    altStart = b.state();
                    b.epsilon(from, altStart);
                    at = altStart;
                } else {
                    at = element(at, true);
                }
            }
        }

        /** One element outside or inside braces (where ',' separates alternatives instead of matching). */
        private int element(int from, boolean inBraces) {
            char c = g.charAt(i);
            switch (c) {
                case '*' -> {
                    if (i + 1 < g.length() && g.charAt(i + 1) == '*') {
                        boolean slashAfter = i + 2 < g.length() && g.charAt(i + 2) == '/';
                        boolean atSegmentStart = i == 0 || g.charAt(i - 1) == '/';
                        if (slashAfter && atSegmentStart) {
                            i += 3; // "**/" : zero or more directories
                            return b.anyDirectories(from);
                        }
                        i += 2;
                        return b.loop(from, ANY);
                    }
                    i++;
                    return b.loop(from, NOT_SLASH);
                }
                case '?' -> {
                    i++;
                    return b.step(from, NOT_SLASH);
                }
                case '\\' -> {
                    i++;
                    if (i < g.length()) {
                        return b.step(from, g.charAt(i++));
                    }
                    return from; // a trailing backslash escapes nothing
                }
                default -> {
                    i++;
                    return b.step(from, c);
                }
            }
        }
    }

    /** Builds the automaton: states are ints, each with character transitions and empty moves. */
    private static final class Builder {
        private final List<int[]> edges = new ArrayList<>(); // {from, reads, to}
        private final List<int[]> epsilons = new ArrayList<>(); // {from, to}
        private int states;
        private int accept;

        int state() {
            return states++;
        }

        void epsilon(int from, int to) {
            epsilons.add(new int[] {from, to});
        }

        int step(int from, int reads) {
            int to = state();
            edges.add(new int[] {from, reads, to});
            return to;
        }

        /** Any number of characters of the class: an empty move into a state that loops on it. */
        int loop(int from, int reads) {
            int to = state();
            epsilon(from, to);
            edges.add(new int[] {to, reads, to});
            return to;
        }

        /** {@code (?:.*}{@code /)?}: nothing, or any characters ending with a '/'. */
        int anyDirectories(int from) {
            int inside = loop(from, ANY);
            int to = step(inside, '/');
            epsilon(from, to);
            return to;
        }

        Automaton build(int start) {
            int[][] out = new int[states][];
            int[][] reads = new int[states][];
            int[][] eps = new int[states][];
            int[] outCount = new int[states];
            int[] epsCount = new int[states];
            for (int[] e : edges) {
                outCount[e[0]]++;
            }
            for (int[] e : epsilons) {
                epsCount[e[0]]++;
            }
            for (int s = 0; s < states; s++) {
                out[s] = new int[outCount[s]];
                reads[s] = new int[outCount[s]];
                eps[s] = new int[epsCount[s]];
                outCount[s] = 0;
                epsCount[s] = 0;
            }
            for (int[] e : edges) {
                int k = outCount[e[0]]++;
                reads[e[0]][k] = e[1];
                out[e[0]][k] = e[2];
            }
            for (int[] e : epsilons) {
                eps[e[0]][epsCount[e[0]]++] = e[1];
            }
            return new Automaton(states, start, accept, reads, out, eps);
        }
    }

    /** The compiled glob; immutable, so one glob can be matched from several threads. */
    private record Automaton(int states, int start, int accept, int[][] reads, int[][] out, int[][] eps) {

        /** One pass over the path: the glob matches it, or the part before one of its '/' (a directory). */
        boolean matchesOrHasMatchingDirectory(String path) {
            BitSet current = new BitSet(states);
            BitSet next = new BitSet(states);
            int[] stack = new int[states];
            current.set(start);
            close(current, stack);
            for (int k = 0; k < path.length(); k++) {
                char c = path.charAt(k);
                if (c == '/' && k > 0 && current.get(accept)) {
                    return true;
                }
                next.clear();
                for (int s = current.nextSetBit(0); s >= 0; s = current.nextSetBit(s + 1)) {
                    for (int t = 0; t < reads[s].length; t++) {
                        int r = reads[s][t];
                        if (r == ANY || r == NOT_SLASH && c != '/' || r == c) {
                            next.set(out[s][t]);
                        }
                    }
                }
                if (next.isEmpty()) {
                    return false;
                }
                close(next, stack);
                BitSet swap = current;
                current = next;
                next = swap;
            }
            return current.get(accept);
        }

        /** Adds every state reachable by empty moves. */
        private void close(BitSet set, int[] stack) {
            int top = 0;
            for (int s = set.nextSetBit(0); s >= 0; s = set.nextSetBit(s + 1)) {
                stack[top++] = s;
            }
            while (top > 0) {
                int s = stack[--top];
                for (int t : eps[s]) {
                    if (!set.get(t)) {
                        set.set(t);
                        stack[top++] = t;
                    }
                }
            }
        }
    }
}
