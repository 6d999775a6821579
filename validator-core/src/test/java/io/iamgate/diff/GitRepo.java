package io.iamgate.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A git repository a test makes in its temporary directory, with the real git binary. */
final class GitRepo {

    final Path root;

    private GitRepo(Path root) {
        this.root = root;
    }

    static GitRepo init(Path dir) throws Exception {
        GitRepo repo = new GitRepo(dir.toRealPath());
        repo.git("init", "-q", "-b", "main");
        repo.git("config", "user.email", "test@example.com");
        repo.git("config", "user.name", "test");
        repo.git("config", "commit.gpgsign", "false");
        return repo;
    }

    GitRepo write(String path, String text) throws IOException {
        Path f = root.resolve(path);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return this;
    }

    GitRepo delete(String path) throws IOException {
        Files.delete(root.resolve(path));
        return this;
    }

    /** Stages everything and commits; returns the commit id. */
    String commit(String message) throws Exception {
        git("add", "-A");
        git("commit", "-q", "--allow-empty", "-m", message);
        return git("rev-parse", "HEAD").strip();
    }

    String git(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command)
                .directory(root.toFile())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), "git " + String.join(" ", args) + ": " + out);
        return out;
    }
}
