package io.iamgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inline steps of action.yml, run with bash as the runner runs them ({@code bash -e -o pipefail}). */
class ActionStepsIT {

    @TempDir
    Path tmp;

    private static JsonNode steps() throws Exception {
        return new ObjectMapper(new YAMLFactory())
                .readTree(Exec.projectRoot().resolve("github-action/action.yml").toFile())
                .at("/runs/steps");
    }

    private static String script(String id) throws Exception {
        for (JsonNode step : steps()) {
            if (id.equals(step.path("id").asText())) {
                return step.get("run").asText();
            }
        }
        throw new AssertionError("no step " + id + " in action.yml");
    }

    private Map<String, String> runStep(String id, Map<String, String> env) throws Exception {
        Path out = Files.createTempFile(tmp, "github_output", "");
        Path script = Files.writeString(tmp.resolve(id + ".sh"), script(id));
        Map<String, String> all = new java.util.HashMap<>(env);
        all.put("GITHUB_OUTPUT", out.toString());
        Exec.Result r = Exec.run(
                tmp, all, false, List.of("bash", "--noprofile", "--norc", "-eo", "pipefail", script.toString()), 120);
        assertEquals(0, r.exitCode(), r.all());
        Map<String, String> outputs = new java.util.HashMap<>();
        for (String line : Files.readAllLines(out)) {
            outputs.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
        }
        return outputs;
    }

    @Test
    void inputsNeverAppearInsideRunScripts() throws Exception {
        for (JsonNode step : steps()) {
            if (step.has("run")) {
                assertFalse(step.get("run").asText().contains("${{"), "expression inside run: " + step);
                assertEquals("bash", step.path("shell").asText(), step.toString());
            }
        }
    }

    @Test
    void javaSeventeenOnThePathIsUsedAsItIs() throws Exception {
        assertEquals(Map.of("missing", "false"), runStep("java", Map.of()));
    }

    @Test
    void theCacheKeyFollowsTheActionSources() throws Exception {
        Path copy = tmp.resolve("action-root");
        for (String dir : List.of("validator-core/src/main/java", "cli/src/main/java")) {
            Files.createDirectories(copy.resolve(dir));
        }
        for (String f : List.of("pom.xml", "validator-core/pom.xml", "cli/pom.xml", "cli/src/main/java/A.java")) {
            Files.writeString(copy.resolve(f), f);
        }
        Map<String, String> first = runStep("key", Map.of("ACTION_ROOT", copy.toString(), "HOME", "/home/runner"));
        assertTrue(first.get("hash").matches("[0-9a-f]{32}"), first.toString());
        assertEquals("/home/runner/.cache/iamgate/" + first.get("hash") + "/iamgate.jar", first.get("jar"));
        assertEquals(first, runStep("key", Map.of("ACTION_ROOT", copy.toString(), "HOME", "/home/runner")));

        Files.writeString(copy.resolve("cli/src/main/java/A.java"), "changed");
        assertNotEquals(
                first.get("hash"),
                runStep("key", Map.of("ACTION_ROOT", copy.toString(), "HOME", "/home/runner"))
                        .get("hash"));
    }
}
