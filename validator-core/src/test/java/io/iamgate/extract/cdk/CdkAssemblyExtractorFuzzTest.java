package io.iamgate.extract.cdk;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.iamgate.extract.ExtractorFuzzing;
import io.iamgate.extract.SourceFile;
import io.iamgate.load.LoadedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Coverage-guided fuzzing of the CDK cloud assembly extractor (Jazzer). An input is a manifest.json and the
 * stack template beside it, separated by a line {@code ----}; the template is written as Stack.template.json
 * and Nested.template.json in a scratch assembly directory. Whatever the two texts, extraction ends in
 * bounded time in policy units, "not an assembly" or an ExtractionException, never another exception
 * ({@link ExtractorFuzzing}). Regression mode replays the seeds in
 * src/test/resources/io/iamgate/extract/cdk/CdkAssemblyExtractorFuzzTestInputs/; to fuzz:
 * {@code JAZZER_FUZZ=1 mvn -pl validator-core test -Dtest=CdkAssemblyExtractorFuzzTest}.
 */
class CdkAssemblyExtractorFuzzTest {

    private static final String SEPARATOR = "\n----\n";

    private static Path assembly;

    @BeforeAll
    static void scratchAssembly() throws IOException {
        assembly = Files.createTempDirectory("iamgate-cdk-fuzz").resolve("cdk.out");
        Files.createDirectories(assembly);
    }

    @AfterAll
    static void removeScratchAssembly() throws IOException {
        try (Stream<Path> files = Files.walk(assembly.getParent())) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @FuzzTest(maxDuration = "5m")
    void extractsAnyAssemblyIntoPoliciesOrAnInputError(FuzzedDataProvider data) {
        String input = data.consumeRemainingAsString();
        int cut = input.indexOf(SEPARATOR);
        String manifest = cut < 0 ? input : input.substring(0, cut);
        String template = cut < 0 ? "" : input.substring(cut + SEPARATOR.length());
        write("Stack.template.json", template);
        write("Nested.template.json", template);
        Path manifestFile = write("manifest.json", manifest);
        SourceFile file = new SourceFile(new LoadedFile(manifestFile, "cdk.out/manifest.json", manifest), true);
        ExtractorFuzzing.assertEndsInUnitsOrAnInputError(new CdkAssemblyExtractor(), file);
    }

    private static Path write(String name, String text) {
        try {
            // getBytes replaces what UTF-8 cannot hold (a lone surrogate) rather than failing the harness.
            return Files.write(assembly.resolve(name), text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
