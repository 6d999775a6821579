package io.iamgate.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a real program for the integration tests and keeps what it printed. */
final class Exec {

    /** What a finished process left: its exit code and its output streams. */
    record Result(int exitCode, String stdout, String stderr) {
        String all() {
            return "exit " + exitCode + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
        }
    }

    private Exec() {}

    static Result run(
            Path directory,
            Map<String, String> environment,
            boolean clearEnvironment,
            List<String> command,
            int timeoutSeconds)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile("iamgate-exec", ".out");
        Path err = Files.createTempFile("iamgate-exec", ".err");
        try {
            ProcessBuilder pb = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.PIPE);
            if (clearEnvironment) {
                String path = pb.environment().get("PATH");
                String home = pb.environment().get("HOME");
                String javaHome = pb.environment().get("JAVA_HOME");
                pb.environment().clear();
                pb.environment().put("PATH", path);
                pb.environment().put("HOME", home);
                if (javaHome != null) {
                    pb.environment().put("JAVA_HOME", javaHome);
                }
            }
            pb.environment().putAll(environment);
            Process p = pb.start();
            p.getOutputStream().close();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                fail(command + " did not finish in " + timeoutSeconds + " s:\n" + Files.readString(out)
                        + Files.readString(err));
            }
            return new Result(
                    p.exitValue(),
                    Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** The repository root (where scripts/setup is). */
    static Path projectRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("scripts/setup")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                return p;
            }
        }
        throw new IllegalStateException(
                "no project root (scripts/setup) above " + Path.of("").toAbsolutePath());
    }

    /** The packaged CLI jar (failsafe runs after package). */
    static Path jar() {
        Path jar = projectRoot().resolve("cli/target/iamgate.jar");
        if (!Files.isRegularFile(jar)) {
            fail(jar + " is missing: integration tests run after 'mvn package' (mvn verify)");
        }
        return jar;
    }

    /** A tool installed by scripts/setup into .tools/bin; a missing tool fails the test, it never skips it. */
    static Path tool(String name, String installer) {
        Path tool = projectRoot().resolve(".tools/bin/" + name);
        if (!Files.isExecutable(tool)) {
            fail(name + " is not installed at " + tool + "; run scripts/setup (or scripts/" + installer + ")");
        }
        return tool;
    }

    static final String CLEAN_POLICY = """
            {
              "Version": "2012-10-17",
              "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}]
            }
            """;

    static final String BAD_POLICY = """
            {
              "Version": "2012-10-17",
              "Statement": [
                {
                  "Effect": "allow",
                  "Action": "s3:GetObject",
                  "Resources": "*"
                }
              ]
            }
            """;
}
