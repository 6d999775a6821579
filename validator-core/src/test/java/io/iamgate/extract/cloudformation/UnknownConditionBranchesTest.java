package io.iamgate.extract.cloudformation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.iamgate.extract.ExampleRun;
import io.iamgate.gate.RunConfig;
import io.iamgate.report.PolicyResult;
import io.iamgate.report.RunReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An Fn::If on a condition the parameter defaults cannot decide: both branches are validated, each policy naming
 * the branch it was read with. A condition the defaults decide is read with its one branch, as before.
 */
class UnknownConditionBranchesTest {

    /** The second branch has an invalid Effect; Stage has no default unless the test gives it one. */
    private static final String TEMPLATE = """
            Parameters:
              Stage:
                Type: String%s
            Conditions:
              IsProd: !Equals [!Ref Stage, prod]
            Resources:
              Reader:
                Type: AWS::IAM::ManagedPolicy
                Properties:
                  PolicyDocument:
                    Version: "2012-10-17"
                    Statement:
                      - !If
                        - IsProd
                        - Effect: Allow
                          Action: s3:GetObject
                          Resource: arn:aws:s3:::reports/*
                        - Effect: Alow
                          Action: s3:GetObject
                          Resource: arn:aws:s3:::scratch/*
            """;

    @TempDir
    Path dir;

    @Test
    void bothBranchesOfAnUndecidableConditionAreValidatedEachNamed() throws Exception {
        RunReport report = run(TEMPLATE.formatted(""));

        String origin = "Resources.Reader.Properties.PolicyDocument";
        assertEquals(List.of(origin + " [if IsProd = true]", origin + " [if IsProd = false]"), origins(report));
        assertEquals(List.of(), codes(report.policies().get(0)));
        assertEquals(List.of("INVALID_EFFECT"), codes(report.policies().get(1)));
    }

    @Test
    void aConditionTheDefaultsDecideIsReadWithItsOneBranch() throws Exception {
        RunReport report = run(TEMPLATE.formatted("\n    Default: dev"));

        assertEquals(List.of("Resources.Reader.Properties.PolicyDocument"), origins(report));
        assertEquals(List.of("INVALID_EFFECT"), codes(report.policies().get(0)));
    }

    private RunReport run(String template) throws Exception {
        Path file = dir.resolve("template.yaml");
        Files.writeString(file, template);
        return new io.iamgate.Validator(ExampleRun.extractors(), List.of(new io.iamgate.analyze.local.LocalAnalyzer(
                List.of(new io.iamgate.analyze.local.grammar.InvalidEffectCheck()))), List.of(),
                new io.iamgate.report.ToolInfo("iamgate", "test", "test")).run(RunConfig.defaults(dir, List.of(file)));
    }

    private static List<String> origins(RunReport report) {
        return report.policies().stream().map(p -> p.unit().origin()).toList();
    }

    private static List<String> codes(PolicyResult p) {
        return p.findings().stream().map(f -> f.finding().issueCode()).toList();
    }
}
