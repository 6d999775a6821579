package io.iamgate.load;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The directory that a run's repository content must stay in. Paths are judged by their real path (every symbolic
 * link resolved), so a link committed to the repository cannot lead out of it; a path the invoker writes outside
 * the root is the invoker's choice and is judged by {@link #namesInside} first.
 */
public final class RepositoryRoot {

    private final Path lexical;
    private final Path real;

    private RepositoryRoot(Path lexical, Path real) {
        this.lexical = lexical;
        this.real = real;
    }

    public static RepositoryRoot of(Path directory) {
        Path abs = directory.toAbsolutePath().normalize();
        return new RepositoryRoot(abs, realPath(abs));
    }

    /** The root as written (absolute, normalized). */
    public Path path() {
        return lexical;
    }

    /** Whether {@code path}, with every symbolic link resolved, is the root or below it. */
    public boolean contains(Path path) {
        return realPath(lexical.resolve(path)).startsWith(real);
    }

    /** Whether {@code path} as written (before links are resolved) is the root or below it. */
    public boolean namesInside(Path path) {
        Path abs = lexical.resolve(path).normalize();
        return abs.startsWith(lexical) || abs.startsWith(real);
    }

    /**
     * The real path of {@code path}; for a path that does not exist (yet), the real path of its nearest existing
     * ancestor with the rest appended, since a name that does not exist cannot be a link.
     */
    public static Path realPath(Path path) {
        Path abs = path.toAbsolutePath();
        Path rest = abs.getFileSystem().getPath("");
        for (Path p = abs; p != null; p = p.getParent()) {
            try {
                return p.toRealPath().resolve(rest).normalize();
            } catch (IOException missingOrLoop) {
                rest = p.getFileName() == null ? rest : p.getFileName().resolve(rest);
            }
        }
        return abs.normalize();
    }
}
