package io.iamgate.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.Iamgate;
import io.iamgate.config.RunConfig;
import io.iamgate.report.RunReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SkipUnrecognizedTest {

    @TempDir
    Path dir;

    private RunReport run(boolean skip) throws Exception {
        Files.writeString(dir.resolve("package.json"), "{\"name\": \"app\"}");
        Files.writeString(dir.resolve("broken.json"), "{\"Statement\": [");
        Files.writeString(
                dir.resolve("policy.json"),
                "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\"}]}");
        return Iamgate.validate(RunConfig.builder(dir)
                .paths(List.of(Path.of("package.json"), Path.of("broken.json"), Path.of("policy.json")))
                .threads(1)
                .skipUnrecognized(skip)
                .build());
    }

    @Test
    void anExplicitFileWithoutAPolicyIsAnErrorByDefault() throws Exception {
        RunReport report = run(false);
        assertEquals(1, report.errors().size());
        assertEquals("package.json", report.errors().get(0).file());
        assertEquals(2, report.exitCode());
    }

    @Test
    void whenAskedItIsSkippedButBrokenJsonAndRealPoliciesAreStillChecked() throws Exception {
        RunReport report = run(true);
        assertTrue(report.errors().isEmpty(), report.errors().toString());
        assertEquals(
                List.of("broken.json", "policy.json"),
                report.policies().stream().map(p -> p.unit().file()).toList());
        assertEquals(1, report.exitCode(), "the syntax error and the missing Resource still block");
    }
}
