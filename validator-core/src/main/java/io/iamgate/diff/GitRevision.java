package io.iamgate.diff;

import io.iamgate.load.Limits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A revision of the repository, read through the invoker's git: {@code rev-parse} to resolve it, {@code ls-tree}
 * to list its files with their blob ids, {@code cat-file --batch} to read them. Nothing is checked out and no
 * filter, hook or attribute of the repository runs (plain object reads do not run them). The revision's file
 * contents are as untrusted as the working tree's: a file over {@link Limits#MAX_FILE_BYTES} is not read.
 */
public final class GitRevision {

    /** A regular file of the revision: path relative to the working directory, its blob id and size. */
    public record Entry(String path, String blob, long size) {}

    private final String git;
    private final Path workingDirectory;
    private final String commit;

    private GitRevision(String git, Path workingDirectory, String commit) {
        this.git = git;
        this.workingDirectory = workingDirectory;
        this.commit = commit;
    }

    /** Resolves {@code ref} in the repository of {@code workingDirectory}; a ref that names no commit is refused. */
    public static GitRevision resolve(String git, Path workingDirectory, String ref) throws DiffException {
        if (ref.isBlank() || ref.startsWith("-") || ref.indexOf('\0') >= 0) {
            throw new DiffException("--base '" + ref + "' is not a git revision (a branch, tag or commit id)");
        }
        Result r = run(
                git,
                workingDirectory,
                List.of("rev-parse", "--verify", "--quiet", "--end-of-options", ref + "^{commit}"),
                null);
        String out = new String(r.stdout(), StandardCharsets.UTF_8).strip();
        if (r.exit() != 0 || !out.matches("[0-9a-f]{40}([0-9a-f]{24})?")) {
            throw new DiffException("--base " + ref + ": no such commit in the repository at " + workingDirectory
                    + (r.stderr().isBlank() ? "" : " (git: " + r.stderr().strip() + ")")
                    + "; fetch it first (on a shallow clone: git fetch --depth=1 origin <ref>)");
        }
        return new GitRevision(git, workingDirectory, out);
    }

    public String commit() {
        return commit;
    }

    /** The regular files under {@code paths} (relative to the working directory) at this revision. */
    public List<Entry> files(List<String> paths) throws DiffException {
        List<String> args = new ArrayList<>(List.of("ls-tree", "-r", "-l", "-z", commit, "--"));
        args.addAll(paths);
        Result r = run(git, workingDirectory, args, null);
        if (r.exit() != 0) {
            throw new DiffException(
                    "git ls-tree " + commit + " failed: " + r.stderr().strip());
        }
        List<Entry> out = new ArrayList<>();
        for (String record : new String(r.stdout(), StandardCharsets.UTF_8).split("\0")) {
            // <mode> SP <type> SP <object> SP+ <size> TAB <path>; links (120000) and submodules are not files
            int tab = record.indexOf('\t');
            if (tab < 0) {
                continue;
            }
            String[] meta = record.substring(0, tab).trim().split(" +");
            if (meta.length == 4 && meta[1].equals("blob") && meta[0].startsWith("100")) {
                out.add(new Entry(record.substring(tab + 1), meta[2], Long.parseLong(meta[3])));
            }
        }
        return out;
    }

    /** The contents of the given blobs (each within the size limit: the caller checks), in one {@code cat-file --batch}. */
    public Map<String, byte[]> read(List<String> blobs) throws DiffException {
        StringBuilder request = new StringBuilder();
        blobs.forEach(b -> request.append(b).append('\n'));
        Result r = run(git, workingDirectory, List.of("cat-file", "--batch"), request.toString());
        if (r.exit() != 0) {
            throw new DiffException("git cat-file failed: " + r.stderr().strip());
        }
        Map<String, byte[]> out = new LinkedHashMap<>();
        byte[] data = r.stdout();
        int at = 0;
        for (String blob : blobs) {
            int eol = indexOf(data, (byte) '\n', at);
            if (eol < 0) {
                throw new DiffException("git cat-file answered less than asked for " + blob);
            }
            String[] header = new String(data, at, eol - at, StandardCharsets.UTF_8).split(" ");
            if (header.length != 3 || !header[1].equals("blob")) {
                throw new DiffException("git cat-file could not read " + blob + ": " + String.join(" ", header));
            }
            long size = Long.parseLong(header[2]);
            int start = eol + 1;
            if (size > Limits.MAX_FILE_BYTES || start + size > data.length) {
                throw new DiffException(
                        "git cat-file answered " + size + " bytes for " + blob + ", not what was asked");
            }
            out.put(blob, java.util.Arrays.copyOfRange(data, start, start + (int) size));
            at = start + (int) size + 1;
        }
        return out;
    }

    private static int indexOf(byte[] data, byte b, int from) {
        for (int i = from; i < data.length; i++) {
            if (data[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private record Result(int exit, byte[] stdout, String stderr) {}

    private static Result run(String git, Path directory, List<String> args, String input) throws DiffException {
        List<String> command = new ArrayList<>();
        command.add(git);
        // No pager, no prompt, no optional locks: a read-only question to the repository. Paths (from the
        // configuration, which the repository controls) are literal: no pathspec magic or globbing.
        command.addAll(List.of("--no-pager", "--literal-pathspecs", "-c", "core.quotePath=false"));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).directory(directory.toFile());
        pb.environment().put("GIT_TERMINAL_PROMPT", "0");
        pb.environment().put("GIT_OPTIONAL_LOCKS", "0");
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new DiffException("cannot run git ('" + git + "'): " + e.getMessage()
                    + "; iamgate diff reads the base revision through git, so git must be on PATH");
        }
        try {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Thread errors = new Thread(() -> copy(p.getErrorStream(), err), "iamgate-git-stderr");
            errors.setDaemon(true);
            errors.start();
            Thread feeder = null;
            if (input != null) {
                feeder = new Thread(
                        () -> {
                            try (OutputStream in = p.getOutputStream()) {
                                in.write(input.getBytes(StandardCharsets.UTF_8));
                            } catch (IOException e) {
                                // git stopped reading: its exit code says why
                            }
                        },
                        "iamgate-git-stdin");
                feeder.setDaemon(true);
                feeder.start();
            } else {
                p.getOutputStream().close();
            }
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new DiffException("git " + args.get(0) + " did not finish within 5 minutes");
            }
            errors.join(10_000);
            return new Result(p.exitValue(), out, err.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DiffException("reading from git failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new DiffException("interrupted while git ran");
        }
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try {
            in.transferTo(out);
        } catch (IOException e) {
            // the exit code reports the failure
        }
    }
}
