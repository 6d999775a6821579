package io.iamgate.cli;

import io.iamgate.load.RepositoryRoot;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * A file the invoker asked iamgate to write (a report, a baseline). Inside the repository, whose links a pull request
 * controls, it is never written through a link: its directory must really be inside the root, and a link at the file
 * itself is replaced (a new file is moved over it), not followed.
 */
final class OutputFile {

    /** What a write through a link is refused with, after the flag and path. */
    static final String OUTSIDE_ROOT = "its directory leads outside the repository root through a symbolic link, "
            + "so iamgate does not write there; remove the link or name a path outside the repository";

    private final Path target;

    private OutputFile(Path target) {
        this.target = target;
    }

    /** The file {@code named} by {@code flag}, checked before the run so that a refused path costs no analysis. */
    static OutputFile of(CommandLine commandLine, String flag, Path named, Path workingDirectory) {
        RepositoryRoot root = RepositoryRoot.of(workingDirectory);
        Path target = root.path().resolve(named);
        Path parent = target.getParent();
        if (root.namesInside(named) && parent != null && !root.contains(parent)) {
            throw new ParameterException(commandLine, flag + " " + named + ": " + OUTSIDE_ROOT);
        }
        return new OutputFile(target);
    }

    interface Content {
        void writeTo(Writer w) throws IOException;
    }

    /** Writes a new file beside the target and moves it over the target (a link there is replaced, not followed). */
    void write(Content content) throws IOException {
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, ".iamgate-", ".tmp");
        try {
            try (Writer w = new OutputStreamWriter(Files.newOutputStream(temp), StandardCharsets.UTF_8)) {
                content.writeTo(w);
            }
            try {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the default permissions already let others read it.
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
