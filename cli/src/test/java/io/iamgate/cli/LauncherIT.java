package io.iamgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bin/iamgate with a lent jar: the class-data-sharing archive is made once, reused, remade for a new jar. */
class LauncherIT {

    @TempDir
    Path tmp;

    private Exec.Result launch(Path jar, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(
                List.of(Exec.projectRoot().resolve("bin/iamgate").toString()));
        command.addAll(List.of(args));
        return Exec.run(tmp, Map.of("IAMGATE_JAR", jar.toString()), true, command, 120);
    }

    @Test
    void makesTheArchiveOnceReusesItAndRemakesItWhenTheJarChanges() throws Exception {
        Path jar = Files.copy(Exec.jar(), tmp.resolve("iamgate.jar"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.writeString(tmp.resolve("policy.json"), Exec.CLEAN_POLICY);
        Path jsa = tmp.resolve("iamgate.jsa");

        Exec.Result first = launch(jar, "validate", "--format", "json", "policy.json");
        assertEquals(0, first.exitCode(), first.all());
        assertTrue(Files.size(jsa) > 0, "the first run leaves an archive next to the jar");
        assertEquals("", first.stderr(), "the training run that makes the archive prints nothing");
        FileTime made = Files.getLastModifiedTime(jsa);

        Exec.Result second = launch(jar, "validate", "--format", "json", "policy.json");
        assertEquals(0, second.exitCode(), second.all());
        assertEquals(made, Files.getLastModifiedTime(jsa), "a fresh archive is reused, not remade");
        assertEquals(first.stdout(), second.stdout());
        // Nothing but the report on stdout: the JVM's own messages go to stderr.
        assertEquals(
                1,
                new ObjectMapper()
                        .readTree(second.stdout())
                        .at("/summary/policies")
                        .asInt());
        assertEquals("", second.stderr());

        // A rebuilt jar is newer than the archive: age the archive instead of waiting for a build.
        FileTime stale = FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000);
        Files.setLastModifiedTime(jsa, stale);
        Exec.Result third = launch(jar, "validate", "policy.json");
        assertEquals(0, third.exitCode(), third.all());
        assertTrue(
                Files.getLastModifiedTime(jsa).compareTo(Files.getLastModifiedTime(jar)) > 0,
                "a jar newer than the archive gets a new archive");
        try (var files = Files.list(tmp)) {
            assertFalse(files.anyMatch(f -> f.toString().endsWith(".tmp")), "no half-written archive is left");
        }
    }

    @Test
    void theArchiveHoldsWhatAValidationLoadsEvenWhenTheFirstCommandIsVersion() throws Exception {
        Path jar = Files.copy(Exec.jar(), tmp.resolve("iamgate.jar"), StandardCopyOption.COPY_ATTRIBUTES);
        // A policy the built-in pack has to evaluate: a clean one is decided from its facts alone, and then only the
        // warm-up thread loads the compiled pack's classes, which a short run may exit before.
        Files.writeString(tmp.resolve("policy.json"), """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}
                """);
        Path jsa = tmp.resolve("iamgate.jsa");

        Exec.Result version = launch(jar, "--version");
        assertEquals(0, version.exitCode(), version.all());
        assertEquals("", version.stderr(), "the training run that makes the archive prints nothing");
        assertTrue(Files.size(jsa) > 0, "the first run, whatever it is, leaves an archive");

        // Ask the JVM where a validation's classes come from: the analysis and the compiled Rego pack must come
        // from the archive, which --version alone would not have loaded.
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Exec.Result traced = Exec.run(
                tmp,
                Map.of(),
                true,
                List.of(
                        java,
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+UseParallelGC",
                        "-XX:SharedArchiveFile=" + jsa,
                        "-Xlog:class+load=info",
                        "-jar",
                        jar.toString(),
                        "validate",
                        "policy.json"),
                120);
        assertEquals(1, traced.exitCode(), traced.all());
        assertTrue(
                traced.stdout().contains("IAMGATE_ADMIN_WILDCARD"), "the pack evaluated the policy\n" + traced.all());
        // picocli too: its own jar is Java 5 bytecode, which an archive cannot hold (see picocli/pom.xml).
        for (String cls : List.of(
                "io.iamgate.analyze.local.LocalAnalyzer",
                "io.iamgate.extract.RawPolicyExtractor",
                "io.iamgate.analyze.rego.BuiltinPolicyModuleMachineFuncGroup_0",
                "picocli.CommandLine",
                "picocli.CommandLine$Model$CommandSpec")) {
            assertTrue(traced.stdout().contains(cls + " source: shared objects file"), cls + " is not in the archive");
        }
    }

    @Test
    void aMissingLentJarIsAnErrorNotABuild() throws Exception {
        Exec.Result r = launch(tmp.resolve("nope.jar"), "validate");
        assertEquals(2, r.exitCode(), r.all());
        assertTrue(r.stderr().contains("IAMGATE_JAR=" + tmp.resolve("nope.jar") + " does not exist"), r.all());
    }
}
