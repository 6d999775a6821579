package io.iamgate.extract.cloudformation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.iamgate.config.RunConfig;
import io.iamgate.extract.ExampleRun;
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

    /** Stage has no default unless the test gives it one ({@code %s}: the default, then the statements). */
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
            %s""";

    /** The second branch has an invalid Effect. */
    private static final String ALOW_IN_SECOND_BRANCH = """
                      - !If
                        - IsProd
                        - Effect: Allow
                          Action: s3:GetObject
                          Resource: arn:aws:s3:::reports/*
                        - Effect: Alow
                          Action: s3:GetObject
                          Resource: arn:aws:s3:::scratch/*
            """;

    /** The second branch has an invalid Effect of its own (Permit), on line 18. */
    private static final String PERMIT_IN_SECOND_BRANCH =
            ALOW_IN_SECOND_BRANCH.replace("Effect: Alow", "Effect: Permit");

    /** No statement in the second branch: the statements after it move up an index there. */
    private static final String NO_VALUE_IN_SECOND_BRANCH = """
                      - !If
                        - IsProd
                        - Effect: Allow
                          Action: s3:GetObject
                          Resource: arn:aws:s3:::reports/*
                        - !Ref AWS::NoValue
            """;

    private static final String PLAIN_STATEMENT = """
                      - Effect: Allow
                        Action: s3:GetObject
                        Resource: arn:aws:s3:::reports/*
            """;

    /** A statement outside any Fn::If with an invalid Effect. */
    private static final String ALOW_STATEMENT = """
                      - Effect: Alow
                        Action: s3:ListBucket
                        Resource: arn:aws:s3:::reports
            """;

    @TempDir
    Path dir;

    @Test
    void bothBranchesOfAnUndecidableConditionAreValidatedEachNamed() throws Exception {
        RunReport report = run(TEMPLATE.formatted("", ALOW_IN_SECOND_BRANCH));

        String origin = "Resources.Reader.Properties.PolicyDocument";
        assertEquals(List.of(origin + " [if IsProd = true]", origin + " [if IsProd = false]"), origins(report));
        assertEquals(List.of(), codes(report.policies().get(0)));
        assertEquals(List.of("INVALID_EFFECT"), codes(report.policies().get(1)));
    }

    @Test
    void aConditionTheDefaultsDecideIsReadWithItsOneBranch() throws Exception {
        RunReport report = run(TEMPLATE.formatted("\n    Default: dev", ALOW_IN_SECOND_BRANCH));

        assertEquals(List.of("Resources.Reader.Properties.PolicyDocument"), origins(report));
        assertEquals(List.of("INVALID_EFFECT"), codes(report.policies().get(0)));
    }

    @Test
    void aProblemOutsideTheFnIfIsOneFindingAndTheSecondBranchsOwnNamesItsBranch() throws Exception {
        RunReport report = run(TEMPLATE.formatted("", PERMIT_IN_SECOND_BRANCH + ALOW_STATEMENT));

        String origin = "Resources.Reader.Properties.PolicyDocument";
        assertEquals(List.of(origin + " [if IsProd = true]", origin + " [if IsProd = false]"), origins(report));
        assertEquals(List.of("INVALID_EFFECT"), codes(report.policies().get(0)));
        assertEquals(List.of("INVALID_EFFECT"), codes(report.policies().get(1)));
        assertEquals(21, report.policies().get(0).findings().get(0).line(), "the statement outside the Fn::If");
        assertEquals(18, report.policies().get(1).findings().get(0).line(), "the second branch's statement");
    }

    @Test
    void everyReportFormatShowsTheSharedProblemOnce() throws Exception {
        RunReport report = run(TEMPLATE.formatted("", PERMIT_IN_SECOND_BRANCH + ALOW_STATEMENT));

        assertEquals(2, count(render(report, "json"), "\"issueCode\"\\s*:\\s*\"INVALID_EFFECT\""));
        assertEquals(2, count(render(report, "sarif"), "\"ruleId\"\\s*:\\s*\"INVALID_EFFECT\""));
        assertEquals(2, count(render(report, "text"), "INVALID_EFFECT"));
        assertEquals(1, count(render(report, "text"), ":21:"), "the line outside the Fn::If, once");
    }

    @Test
    void aStatementAfterAnFnIfOfNoValueIsOneFindingThoughItsIndexDiffersPerBranch() throws Exception {
        RunReport report = run(TEMPLATE.formatted("", NO_VALUE_IN_SECOND_BRANCH + ALOW_STATEMENT));

        assertEquals(List.of("INVALID_EFFECT"), codes(report.policies().get(0)));
        assertEquals(List.of(), codes(report.policies().get(1)), "Statement[0] there, Statement[1] in the first");
    }

    @Test
    void theTwinWithoutFnIfIsUnchanged() throws Exception {
        RunReport report = run(TEMPLATE.formatted("", PLAIN_STATEMENT + ALOW_STATEMENT));

        assertEquals(List.of("Resources.Reader.Properties.PolicyDocument"), origins(report));
        assertEquals(List.of("INVALID_EFFECT"), codes(report.policies().get(0)));
        assertEquals(16, report.policies().get(0).findings().get(0).line());
    }

    private static String render(RunReport report, String format) throws Exception {
        java.io.StringWriter out = new java.io.StringWriter();
        io.iamgate.report.Reporters.standard()
                .forFormat(format)
                .orElseThrow()
                .write(report, io.iamgate.report.ReportContext.plain(), out);
        return out.toString();
    }

    private static long count(String text, String regex) {
        return java.util.regex.Pattern.compile(regex).matcher(text).results().count();
    }

    private RunReport run(String template) throws Exception {
        Path file = dir.resolve("template.yaml");
        Files.writeString(file, template);
        return new io.iamgate.Validator(
                        ExampleRun.extractors(),
                        List.of(new io.iamgate.analyze.local.LocalAnalyzer(
                                List.of(new io.iamgate.analyze.local.grammar.InvalidEffectCheck()))),
                        List.of(),
                        new io.iamgate.report.ToolInfo("iamgate", "test", "test"))
                .run(RunConfig.defaults(dir, List.of(file)));
    }

    private static List<String> origins(RunReport report) {
        return report.policies().stream().map(p -> p.unit().origin()).toList();
    }

    private static List<String> codes(PolicyResult p) {
        return p.findings().stream().map(f -> f.finding().issueCode()).toList();
    }
}
