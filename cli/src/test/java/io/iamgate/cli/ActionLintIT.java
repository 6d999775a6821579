package io.iamgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** action.yml and the example workflow pass GitHub's schemas (action-validator) and actionlint. */
class ActionLintIT {

    @TempDir
    Path tmp;

    private static Exec.Result run(String... command) throws Exception {
        return Exec.run(Exec.projectRoot(), Map.of(), false, List.of(command), 120);
    }

    @Test
    void theActionMetadataIsValid() throws Exception {
        Path validator = Exec.tool("action-validator", "install-action-validator");
        Exec.Result r = run(validator.toString(), "github-action/action.yml");
        assertEquals(0, r.exitCode(), r.all());
    }

    @Test
    void theValidatorRejectsACompositeStepWithoutShell() throws Exception {
        Path validator = Exec.tool("action-validator", "install-action-validator");
        String action = Files.readString(Exec.projectRoot().resolve("github-action/action.yml"));
        Path broken = Files.createDirectories(tmp.resolve("broken")).resolve("action.yml");
        Files.writeString(broken, action.replace("      shell: bash\n", ""));
        Exec.Result r = run(validator.toString(), broken.toString());
        assertNotEquals(0, r.exitCode(), "a composite run step without shell must be rejected:\n" + r.all());
    }

    @Test
    void theExampleWorkflowIsValid() throws Exception {
        Exec.Result schema = run(
                Exec.tool("action-validator", "install-action-validator").toString(),
                "github-action/example-workflow.yml");
        assertEquals(0, schema.exitCode(), schema.all());
        Exec.Result lint = run(
                Exec.tool("actionlint", "install-actionlint").toString(),
                "-no-color",
                "github-action/example-workflow.yml");
        assertEquals(0, lint.exitCode(), lint.all());
    }
}
