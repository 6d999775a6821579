package io.iamgate.load;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Expands the paths of a run into the files to read, in a deterministic order. A file named on the
 * command line is always read; inside directories only files that can hold policies are (JSON, YAML,
 * CloudFormation templates, Terraform .tf files). Symbolic links to directories are not followed, so link loops end.
 *
 * <p>Nothing leads out of the repository root (the working directory): a symbolic link found in a directory, or a
 * path written inside the root, whose real path is outside it is refused, not read. A path written outside the root
 * is the invoker's choice: it is read, and it is the root for the files found below it.
 */
public final class FileDiscovery {

    private static final Set<String> CANDIDATE_EXTENSIONS = Set.of("json", "yaml", "yml", "template", "tf");
    private static final Set<String> SKIPPED_DIRECTORIES = Set.of(
            "node_modules",
            "target",
            ".git",
            ".terraform",
            ".idea",
            ".vscode",
            ".gradle",
            "__pycache__",
            ".venv",
            "venv");

    /** What a refused candidate's error says. */
    public static final String OUTSIDE_ROOT = "leads outside the repository root through a symbolic link, so iamgate "
            + "does not read it; replace the link with the file, or name the file outside on the command line";

    /** A file to read, and how reports name it; {@code refused} says why it must not be read. */
    public record Candidate(Path path, String displayPath, boolean explicit, Optional<String> refused) {

        public Candidate(Path path, String displayPath, boolean explicit) {
            this(path, displayPath, explicit, Optional.empty());
        }

        static Candidate refused(Path path, String displayPath, boolean explicit) {
            return new Candidate(path, displayPath, explicit, Optional.of(OUTSIDE_ROOT));
        }
    }

    private final Path workingDirectory;
    private final RepositoryRoot root;
    private final Predicate<String> excluded;

    /** @param excluded tells, for a display path, whether configuration excludes it */
    public FileDiscovery(Path workingDirectory, Predicate<String> excluded) {
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
        this.root = RepositoryRoot.of(this.workingDirectory);
        this.excluded = excluded;
    }

    public List<Candidate> discover(List<Path> roots) throws IOException {
        TreeSet<String> seen = new TreeSet<>();
        List<Candidate> out = new ArrayList<>();
        for (Path named : roots) {
            Path abs = workingDirectory.resolve(named).normalize();
            boolean inside = root.namesInside(named);
            if (inside && !root.contains(workingDirectory.resolve(named))) {
                if (seen.add(display(abs))) {
                    out.add(Candidate.refused(abs, display(abs), true));
                }
                continue;
            }
            // Links found below are held to the repository root, or to a directory the invoker named outside it.
            RepositoryRoot within = inside ? root : RepositoryRoot.of(abs);
            if (Files.isDirectory(abs)) {
                List<Candidate> found = new ArrayList<>();
                Files.walkFileTree(abs, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        String name = dir.getFileName() == null
                                ? ""
                                : dir.getFileName().toString();
                        if (!dir.equals(abs) && (SKIPPED_DIRECTORIES.contains(name) || excluded.test(display(dir)))) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (isCandidate(file) && !excluded.test(display(file))) {
                            found.add(
                                    attrs.isSymbolicLink() && !within.contains(file) && !root.contains(file)
                                            ? Candidate.refused(file, display(file), false)
                                            : new Candidate(file, display(file), false));
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        // Unreadable entries are read anyway so that the loader reports them by name.
                        found.add(new Candidate(file, display(file), false));
                        return FileVisitResult.CONTINUE;
                    }
                });
                found.sort(java.util.Comparator.comparing(Candidate::displayPath));
                for (Candidate c : found) {
                    if (seen.add(c.displayPath())) {
                        out.add(c);
                    }
                }
            } else if (seen.add(display(abs))) {
                out.add(new Candidate(abs, display(abs), true));
            }
        }
        return out;
    }

    private static boolean isCandidate(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot >= 0 && CANDIDATE_EXTENSIONS.contains(name.substring(dot + 1));
    }

    /** Relative to the working directory when below it, with '/' separators on every platform. */
    public String display(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path shown = abs.startsWith(workingDirectory) ? workingDirectory.relativize(abs) : abs;
        String s = shown.toString().replace('\\', '/');
        return s.isEmpty() ? "." : s;
    }
}
