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

    /** Statement 0 (outside the Fn::If) has an invalid Effect in both readings; the second branch has its own. */
    private static final String OUTSIDE_AND_INSIDE = """
            Parameters:
              Stage:
                Type: String
            Conditions:
              IsProd: !Equals [!Ref Stage, prod]
            Resources:
              Reader:
                Type: AWS::IAM::ManagedPolicy
                Properties:
                  PolicyDocument:
                    Version: "2012-10-17"
                    Statement:
                      - Effect: Alow
                        Action: s3:ListBucket
                        Resource: arn:aws:s3:::reports
            %s""";

    private static final String CONDITIONAL_STATEMENT = """
                      - !If
                        - IsProd
                        - Effect: Allow
                          Action: s3:GetObject
                          Resource: arn:aws:s3:::reports/*
                        - Effect: Permit
                          Action: s3:GetObject
                          Resource: arn:aws:s3:::scratch/*
            """;

    private static final String PLAIN_STATEMENT = """
                      - Effect: Allow
                        Action: s3:GetObject
                        Resource: arn:aws:s3:::reports/*
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

    @Test
    void aProblemOutsideTheFnIfIsOneFindingAndTheSecondBranchsOwnNamesItsBranch() throws Exception {
        RunReport report = run(OUTSIDE_AND_INSIDE.formatted(CONDITIONAL_STATEMENT));

        String origin = "Resources.Reader.Properties.PolicyDocument";
        assertEquals(List.of(origin + " [if IsProd = true]", origin + " [if IsProd = false]"), origins(report));
        assertEquals(List.of("INVALID_EFFECT"), codes(report.policies().get(0)));
        assertEquals(List.of("INVALID_EFFECT"), codes(report.policies().get(1)));
        assertEquals(13, report.policies().get(0).findings().get(0).line(), "the statement outside the Fn::If");
        assertEquals(21, report.policies().get(1).findings().get(0).line(), "the second branch's statement");
    }

    @Test
    void everyReportFormatShowsTheSharedProblemOnce() throws Exception {
        RunReport report = run(OUTSIDE_AND_INSIDE.formatted(CONDITIONAL_STATEMENT));

        assertEquals(2, count(render(report, "json"), "\"issueCode\"\\s*:\\s*\"INVALID_EFFECT\""));
        assertEquals(2, count(render(report, "sarif"), "\"ruleId\"\\s*:\\s*\"INVALID_EFFECT\""));
        assertEquals(2, count(render(report, "text"), "INVALID_EFFECT"));
        assertEquals(1, count(render(report, "text"), ":13:"), "the line outside the Fn::If, once");
    }

    @Test
    void aStatementAfterAnFnIfOfNoValueIsOneFindingThoughItsIndexDiffersPerBranch() throws Exception {
        RunReport report = run("""
            Parameters:
              Stage:
                Type: String
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
                        - !Ref AWS::NoValue
                      - Effect: Alow
                        Action: s3:ListBucket
                        Resource: arn:aws:s3:::reports
            """);

        assertEquals(List.of("INVALID_EFFECT"), codes(report.policies().get(0)));
        assertEquals(List.of(), codes(report.policies().get(1)), "Statement[0] there, Statement[1] in the first");
    }

    @Test
    void theTwinWithoutFnIfIsUnchanged() throws Exception {
        RunReport report = run(OUTSIDE_AND_INSIDE.formatted(PLAIN_STATEMENT));

        assertEquals(List.of("Resources.Reader.Properties.PolicyDocument"), origins(report));
        assertEquals(List.of("INVALID_EFFECT"), codes(report.policies().get(0)));
        assertEquals(13, report.policies().get(0).findings().get(0).line());
    }

    private static String render(RunReport report, String format) throws Exception {
        java.io.StringWriter out = new java.io.StringWriter();
        io.iamgate.report.Reporters.standard().forFormat(format).orElseThrow()
                .write(report, io.iamgate.report.ReportContext.plain(), out);
        return out.toString();
    }

    private static long count(String text, String regex) {
        return java.util.regex.Pattern.compile(regex).matcher(text).results().count();
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
