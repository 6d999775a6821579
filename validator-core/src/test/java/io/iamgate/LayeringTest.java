package io.iamgate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages of validator-core are layers, and a layer uses only the layers below it (docs/architecture.md,
 * "Layers"). Read from the source: every import and every qualified name {@code io.iamgate.<package>.} outside
 * comments and string literals.
 */
class LayeringTest {

    /** The classes directly in io.iamgate. */
    private static final String ROOT = "(io.iamgate)";

    /**
     * Lowest first. {@code model} is the vocabulary every stage speaks, so it stands below {@code extract}, which
     * produces it; {@code config} knows the analyzers (their settings, their issue codes) and stands above them, so
     * no analyzer sees the run's whole configuration; the classes of {@code io.iamgate} itself put the pipeline
     * together and may use every layer; {@code diff} runs that pipeline twice and compares, so it stands above it.
     */
    static final List<String> LAYERS = List.of(
            "text",
            "load",
            "model",
            "reference",
            "extract",
            "access",
            "principal",
            "analyze",
            "config",
            "gate",
            "report",
            ROOT,
            "diff");

    private static final Path SOURCES = Path.of("src", "main", "java", "io", "iamgate");
    private static final Pattern REFERENCE = Pattern.compile("\\bio\\.iamgate\\.(\\w+)\\b");

    @Test
    void noLayerUsesALaterOne() throws IOException {
        Map<String, String> sources = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                sources.put(
                        SOURCES.relativize(f).toString().replace('\\', '/'),
                        Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        assertTrue(sources.size() > 100, "validator-core's sources were not found under " + SOURCES.toAbsolutePath());
        List<String> violations = violations(sources);
        assertEquals(
                List.of(),
                violations,
                "a layer uses a later one; move the class to the layer it belongs to, "
                        + "or pass what it needs in from above (order, lowest first: " + LAYERS + ")");
    }

    @Test
    void anImportOfALaterLayerIsReported() {
        Map<String, String> sources = Map.of(
                "model/Statement.java", """
                        package io.iamgate.model;

                        import io.iamgate.load.Node;
                        import io.iamgate.gate.Gate;
                        """,
                "load/Node.java", """
                        package io.iamgate.load;

                        /** Read by {@link io.iamgate.model.Statement}. */
                        class Node {
                            String s = "io.iamgate.report.X";
                            io.iamgate.analyze.Analyzer a;
                        }
                        """);
        assertEquals(
                List.of(
                        "load/Node.java: load uses analyze (io.iamgate.analyze)",
                        "model/Statement.java: model uses gate (io.iamgate.gate)"),
                violations(sources));
    }

    @Test
    void aPackageOutsideTheLayersIsReported() {
        assertEquals(
                List.of("misc/Util.java: misc is not in LayeringTest.LAYERS; add it in its place"),
                violations(Map.of("misc/Util.java", "package io.iamgate.misc;\n")));
    }

    /** file (relative to io/iamgate) -> its text; answers one line per use of a later layer, sorted. */
    static List<String> violations(Map<String, String> sources) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : new TreeMap<>(sources).entrySet()) {
            String file = e.getKey();
            String layer = file.contains("/") ? file.substring(0, file.indexOf('/')) : ROOT;
            int rank = LAYERS.indexOf(layer);
            if (rank < 0) {
                out.add(file + ": " + layer + " is not in LayeringTest.LAYERS; add it in its place");
                continue;
            }
            Matcher m = REFERENCE.matcher(code(e.getValue()));
            Set<String> seen = new TreeSet<>();
            while (m.find()) {
                String used = Character.isUpperCase(m.group(1).charAt(0)) ? ROOT : m.group(1);
                int usedRank = LAYERS.indexOf(used);
                if ((usedRank < 0 || usedRank > rank) && seen.add(used)) {
                    out.add(file + ": " + layer + " uses " + used + " (io.iamgate." + m.group(1) + ")");
                }
            }
        }
        return out;
    }

    /** The text without comments, string literals and text blocks, which may name any package. */
    private static String code(String text) {
        return text.replaceAll("(?s)\"\"\".*?\"\"\"", "\"\"")
                .replaceAll("\"(?:\\\\.|[^\"\\\\\\n])*\"", "\"\"")
                .replaceAll("(?s)/\\*.*?\\*/", " ")
                .replaceAll("//[^\\n]*", " ");
    }
}
