package io.iamgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The README's first command, run as a new user runs it: the output it quotes is the output iamgate prints, so the
 * front door cannot drift from the tool (it did: the summary line named two files fewer than the run read).
 */
class ReadmeQuickStartIT {

    @Test
    void theQuotedOutputOfTheFirstCommandIsWhatItPrints() throws Exception {
        Path root = Exec.projectRoot();
        List<String> quoted = quotedOutput(Files.readString(root.resolve("README.md")));
        assertFalse(quoted.isEmpty(), "the README quotes the first command's output in a code block");

        Exec.Result run = Exec.run(
                root, Map.of(), true, List.of("java", "-jar", Exec.jar().toString(), "validate", "examples/"), 120);

        assertEquals(1, run.exitCode(), "the README says the examples exit with code 1\n" + run.all());
        List<String> printed = run.stdout().lines().toList();
        for (String line : quoted) {
            assertTrue(
                    printed.contains(line),
                    "the README quotes a line the run does not print:\n" + line + "\n" + run.all());
        }
    }

    /** The lines of the plain code block that follows "exits with code 1:" in the quick start. */
    private static List<String> quotedOutput(String readme) {
        int intro = readme.indexOf("exits with code 1:");
        assertTrue(intro >= 0, "the README's quick start says what the first command exits with");
        List<String> lines = readme.substring(intro).lines().toList();
        List<String> block = new ArrayList<>();
        boolean inside = false;
        for (String line : lines) {
            if (line.startsWith("```")) {
                if (inside) {
                    break;
                }
                inside = true;
            } else if (inside) {
                block.add(line);
            }
        }
        return block;
    }
}
