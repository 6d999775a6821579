package io.iamgate.gate;

import java.util.regex.Pattern;

/**
 * A file glob in .gitignore's spirit, matched against a path relative to the working directory with '/'
 * separators: {@code *} and {@code ?} stay inside one directory, {@code **} crosses directories,
 * {@code {a,b}} is a choice. A glob without a '/' matches a file or directory name at any depth; one with a
 * '/' is anchored at the working directory (a leading '/' only anchors). A glob that matches a directory
 * matches everything below it, so {@code generated} and {@code generated/**} mean the same.
 */
public final class Glob {

    private final String text;
    private final Pattern pattern;

    private Glob(String text, Pattern pattern) {
        this.text = text;
        this.pattern = pattern;
    }

    /** @throws IllegalArgumentException naming what is wrong with the glob */
    public static Glob of(String glob) {
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
        String regex = (anchored ? "" : "(?:.*/)?") + translate(g, glob);
        return new Glob(glob, Pattern.compile(regex));
    }

    private static String translate(String g, String original) {
        StringBuilder re = new StringBuilder();
        boolean inBraces = false;
        for (int i = 0; i < g.length(); i++) {
            char c = g.charAt(i);
            switch (c) {
                case '*' -> {
                    if (i + 1 < g.length() && g.charAt(i + 1) == '*') {
                        boolean slashAfter = i + 2 < g.length() && g.charAt(i + 2) == '/';
                        boolean atSegmentStart = i == 0 || g.charAt(i - 1) == '/';
                        if (slashAfter && atSegmentStart) {
                            re.append("(?:.*/)?"); // "**/" : zero or more directories
                            i += 2;
                        } else {
                            re.append(".*");
                            i += 1;
                        }
                    } else {
                        re.append("[^/]*");
                    }
                }
                case '?' -> re.append("[^/]");
                case '{' -> {
                    if (inBraces) {
                        throw new IllegalArgumentException("nested '{' in glob '" + original + "'");
                    }
                    inBraces = true;
                    re.append("(?:");
                }
                case '}' -> {
                    if (!inBraces) {
                        throw new IllegalArgumentException("unmatched '}' in glob '" + original + "'");
                    }
                    inBraces = false;
                    re.append(')');
                }
                case ',' -> re.append(inBraces ? "|" : ",");
                case '\\' -> {
                    if (i + 1 < g.length()) {
                        re.append(Pattern.quote(String.valueOf(g.charAt(++i))));
                    }
                }
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        if (inBraces) {
            throw new IllegalArgumentException("unclosed '{' in glob '" + original + "'");
        }
        return re.toString();
    }

    /** True when the path, or a directory above it, matches. */
    public boolean matches(String relativePath) {
        String p = relativePath.replace('\\', '/');
        if (p.startsWith("./")) {
            p = p.substring(2);
        }
        if (pattern.matcher(p).matches()) {
            return true;
        }
        for (int slash = p.indexOf('/'); slash > 0; slash = p.indexOf('/', slash + 1)) {
            if (pattern.matcher(p.substring(0, slash)).matches()) {
                return true;
            }
        }
        return false;
    }

    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }
}
