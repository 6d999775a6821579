package io.iamgate.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModuleSourcesTest {

    @TempDir
    Path base;

    @Test
    void defaultsAreTheConventionalPlacesThatExist() throws IOException {
        Files.createDirectories(base.resolve("src/main/iam"));
        Files.createDirectories(base.resolve("cdk.out"));
        Files.writeString(base.resolve("network.template.yaml"), "Resources: {}\n");
        Files.writeString(base.resolve("App.Template.JSON"), "{}");
        Files.writeString(base.resolve("package.json"), "{}");
        Files.createDirectories(base.resolve("dir.template.json")); // a directory, not a template

        ModuleSources s = ModuleSources.of(base, null);

        assertFalse(s.configured());
        assertEquals(
                List.of(
                        base.resolve("src/main/iam"),
                        base.resolve("cdk.out"),
                        base.resolve("App.Template.JSON"),
                        base.resolve("network.template.yaml")),
                s.paths());
        assertTrue(s.missing().isEmpty());
    }

    @Test
    void noConventionalPlaceMeansNothingToValidate() throws IOException {
        Files.createDirectories(base.resolve("src/main/java"));
        ModuleSources s = ModuleSources.of(base, List.of());
        assertTrue(s.isEmpty());
    }

    @Test
    void configuredSourcesResolveAgainstTheModuleAndMissingOnesAreReported() throws IOException {
        Files.createDirectories(base.resolve("infra"));
        Files.writeString(base.resolve("plan.json"), "{}");

        ModuleSources s = ModuleSources.of(
                base, List.of(new File("infra"), base.resolve("plan.json").toFile(), new File("polcies")));

        assertTrue(s.configured());
        assertEquals(List.of(base.resolve("infra"), base.resolve("plan.json")), s.paths());
        assertEquals(List.of(base.resolve("polcies")), s.missing());
    }
}
