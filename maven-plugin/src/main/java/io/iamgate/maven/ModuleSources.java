package io.iamgate.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What one module validates. Configured sources are taken as given (a missing one is an error: a gate does
 * not pass because a path was mistyped). Without configuration, the conventional places that exist:
 * {@code src/main/iam}, {@code src/main/cloudformation}, {@code cdk.out}, and CloudFormation templates named
 * {@code *.template.json|yaml|yml} in the module's base directory.
 *
 * @param paths the files and directories to hand to the core, absolute
 * @param missing configured sources that do not exist
 * @param configured whether the user named the sources
 */
record ModuleSources(List<Path> paths, List<Path> missing, boolean configured) {

    static final List<String> DEFAULT_DIRECTORIES = List.of("src/main/iam", "src/main/cloudformation", "cdk.out");
    private static final List<String> TEMPLATE_SUFFIXES = List.of(".template.json", ".template.yaml", ".template.yml");

    ModuleSources {
        paths = List.copyOf(paths);
        missing = List.copyOf(missing);
    }

    /** @param configured the {@code sources} parameter, null or empty when not set */
    static ModuleSources of(Path baseDirectory, List<File> configured) throws IOException {
        if (configured != null && !configured.isEmpty()) {
            List<Path> present = new ArrayList<>();
            List<Path> missing = new ArrayList<>();
            for (File f : configured) {
                Path p = baseDirectory.resolve(f.toPath()).toAbsolutePath().normalize();
                (Files.exists(p) ? present : missing).add(p);
            }
            return new ModuleSources(present, missing, true);
        }
        List<Path> found = new ArrayList<>();
        for (String dir : DEFAULT_DIRECTORIES) {
            Path p = baseDirectory.resolve(dir).toAbsolutePath().normalize();
            if (Files.isDirectory(p)) {
                found.add(p);
            }
        }
        found.addAll(rootTemplates(baseDirectory));
        return new ModuleSources(found, List.of(), false);
    }

    boolean isEmpty() {
        return paths.isEmpty() && missing.isEmpty();
    }

    private static List<Path> rootTemplates(Path baseDirectory) throws IOException {
        List<Path> templates = new ArrayList<>();
        if (!Files.isDirectory(baseDirectory)) {
            return templates;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(baseDirectory)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString().toLowerCase(Locale.ROOT);
                if (Files.isRegularFile(entry) && TEMPLATE_SUFFIXES.stream().anyMatch(name::endsWith)) {
                    templates.add(entry.toAbsolutePath().normalize());
                }
            }
        }
        templates.sort(null);
        return templates;
    }
}
