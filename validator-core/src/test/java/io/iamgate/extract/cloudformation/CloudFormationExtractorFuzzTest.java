package io.iamgate.extract.cloudformation;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.iamgate.extract.ExtractorFuzzing;
import io.iamgate.extract.SourceFile;
import io.iamgate.load.LoadedFile;
import java.nio.file.Path;

/**
 * Coverage-guided fuzzing of the CloudFormation extractor (Jazzer), on JSON and YAML templates: whatever the
 * text, extraction ends in bounded time in policy units, "not a template" or an ExtractionException, never
 * another exception ({@link ExtractorFuzzing}). Regression mode replays the seeds in
 * src/test/resources/io/iamgate/extract/cloudformation/CloudFormationExtractorFuzzTestInputs/; to fuzz:
 * {@code JAZZER_FUZZ=1 mvn -pl validator-core test -Dtest=CloudFormationExtractorFuzzTest}.
 */
class CloudFormationExtractorFuzzTest {

    @FuzzTest(maxDuration = "5m")
    void extractsAnyTemplateTextIntoPoliciesOrAnInputError(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        // The same text as a YAML and as a JSON file: the extension decides which parser may read it.
        for (String name : new String[] {"template.yaml", "template.json"}) {
            SourceFile file = new SourceFile(new LoadedFile(Path.of("/repo", name), name, text), true);
            ExtractorFuzzing.assertEndsInUnitsOrAnInputError(new CloudFormationExtractor(), file);
        }
    }
}
