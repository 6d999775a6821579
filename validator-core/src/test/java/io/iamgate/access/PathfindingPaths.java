package io.iamgate.access;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * pathfinding.cloud's privilege-escalation paths as vendored in pathfinding-paths.tsv (its header names the
 * source, the commits and the licence): path id to the actions the path requires, lower case, in file order.
 */
public final class PathfindingPaths {

    public static final String PREFIX = "pathfinding.cloud ";

    private PathfindingPaths() {}

    public static Map<String, Set<String>> listed() {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        try (InputStream in = PathfindingPaths.class.getResourceAsStream("pathfinding-paths.tsv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                Set<String> actions = List.of(cols[1].split(",")).stream()
                        .map(String::trim)
                        .map(a -> a.toLowerCase(Locale.ROOT))
                        .collect(Collectors.toSet());
                if (out.put(cols[0], actions) != null) {
                    throw new IllegalStateException("pathfinding-paths.tsv lists " + cols[0] + " twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The pathfinding.cloud ids a method names as its source or in alsoCovers. */
    public static List<String> cited(EscalationMethod m) {
        return Stream.concat(Stream.of(m.source()), m.alsoCovers().stream())
                .filter(s -> s.startsWith(PREFIX))
                .map(s -> s.substring(PREFIX.length()))
                .toList();
    }
}
