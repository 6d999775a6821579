package io.iamgate.maven;

import io.iamgate.report.ReportContext;
import io.iamgate.report.Reporter;
import io.iamgate.report.Reporters;
import io.iamgate.report.RunReport;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The report files of one module's run, written to the output directory whatever the verdict, so that CI
 * can publish them after a failed build. JSON and SARIF always, then any other formats asked for.
 */
final class ReportFiles {

    static final List<String> ALWAYS = List.of("json", "sarif");
    private static final Map<String, String> FILE_NAMES = Map.of(
            "json", "iamgate.json",
            "sarif", "iamgate.sarif",
            "text", "iamgate.txt",
            "junit", "iamgate-junit.xml",
            "markdown", "iamgate.md",
            "github", "iamgate-github.txt");

    private final List<Reporter> chosen;

    /** @throws IllegalArgumentException for a requested format this iamgate does not have */
    ReportFiles(Reporters reporters, List<String> requested) {
        Set<String> formats = new LinkedHashSet<>(ALWAYS);
        if (requested != null) {
            for (String f : requested) {
                String name = f.trim().toLowerCase(Locale.ROOT);
                if (!name.isEmpty()) {
                    formats.add(name);
                }
            }
        }
        List<Reporter> found = new ArrayList<>();
        for (String format : formats) {
            found.add(reporters
                    .forFormat(format)
                    .orElseThrow(() -> ALWAYS.contains(format)
                            ? new IllegalStateException("this iamgate has no " + format + " reporter")
                            : new IllegalArgumentException("formats (iamgate.formats): unknown format '" + format
                                    + "' (available: " + String.join(", ", reporters.formats()) + ")")));
        }
        this.chosen = List.copyOf(found);
    }

    /** Writes every chosen format; returns the files, in format order. */
    List<Path> write(RunReport report, Path directory) throws IOException {
        Files.createDirectories(directory);
        List<Path> written = new ArrayList<>();
        for (Reporter reporter : chosen) {
            Path file = directory.resolve(fileName(reporter.format()));
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                reporter.write(report, ReportContext.plain(), out);
            }
            written.add(file);
        }
        return written;
    }

    static String fileName(String format) {
        return FILE_NAMES.getOrDefault(format, "iamgate." + format);
    }
}
