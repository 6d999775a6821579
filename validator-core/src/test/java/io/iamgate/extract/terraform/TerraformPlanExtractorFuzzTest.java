package io.iamgate.extract.terraform;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.iamgate.extract.ExtractorFuzzing;
import io.iamgate.extract.SourceFile;
import io.iamgate.load.LoadedFile;
import java.nio.file.Path;

/**
 * Coverage-guided fuzzing of the Terraform plan extractor (Jazzer): whatever the text of a plan file,
 * extraction ends in bounded time in policy units, "not a plan" or an ExtractionException, never another
 * exception ({@link ExtractorFuzzing}). Regression mode replays the seeds in
 * src/test/resources/io/iamgate/extract/terraform/TerraformPlanExtractorFuzzTestInputs/; to fuzz:
 * {@code JAZZER_FUZZ=1 mvn -pl validator-core test -Dtest=TerraformPlanExtractorFuzzTest}.
 */
class TerraformPlanExtractorFuzzTest {

    @FuzzTest(maxDuration = "5m")
    void extractsAnyPlanTextIntoPoliciesOrAnInputError(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        SourceFile file = new SourceFile(new LoadedFile(Path.of("/repo/plan.json"), "plan.json", text), true);
        ExtractorFuzzing.assertEndsInUnitsOrAnInputError(new TerraformPlanExtractor(), file);
    }
}
