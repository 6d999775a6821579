package io.iamgate.extract;

import static io.iamgate.extract.HostileRepository.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.config.FailOn;
import io.iamgate.report.ReportContext;
import io.iamgate.report.Reporters;
import io.iamgate.report.RunReport;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Values a template or plan does not give are reported as not checked, never passed with a note only. */
class NotCheckedElementsTest {

    @TempDir
    Path dir;

    private static String roleWithAction(String parameters, String action) {
        return """
                AWSTemplateFormatVersion: '2010-09-09'
                %sResources:
                  Role:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument:
                        Statement:
                          - Effect: Allow
                            Principal: {Service: lambda.amazonaws.com}
                            Action: sts:AssumeRole
                      Policies:
                        - PolicyName: p
                          PolicyDocument:
                            Version: '2012-10-17'
                            Statement:
                              - Effect: Allow
                                Action: %s
                                Resource: '*'
                """.formatted(parameters, action);
    }

    private RunReport run(String template, FailOn failOn) throws Exception {
        return new HostileRepository(dir).file("stack.yaml", template).run(failOn);
    }

    @Test
    void placeholderActionFromParameterWithoutDefaultIsNotCheckedAndBlocks() throws Exception {
        RunReport report = run(roleWithAction("Parameters:\n  Act:\n    Type: String\n", "!Ref Act"), FailOn.DEFAULT);
        assertEquals(List.of("IAMGATE_NOT_CHECKED SECURITY_WARNING Statement[0].Action blocking"), findings(report));
        assertEquals(1, report.exitCode());
    }

    @Test
    void actionFromParameterWithDefaultIsChecked() throws Exception {
        RunReport report = run(
                roleWithAction("Parameters:\n  Act:\n    Type: String\n    Default: s3:GetObject\n", "!Ref Act"),
                FailOn.DEFAULT);
        assertEquals(List.of(), findings(report));
        assertEquals(0, report.exitCode());
    }

    @Test
    void importValueCustomAttributeAndSsmReferenceInActionAreNotChecked() throws Exception {
        String template = roleWithAction(
                        "",
                        "[!ImportValue Shared, !GetAtt Custom.Action, "
                                + "'{{resolve:ssm:/actions/one}}', !Sub '${AWS::Region}:x']")
                + "  Custom:\n    Type: Custom::Lookup\n    Properties:\n      ServiceToken: arn:aws:lambda:us-east-1:1:function:f\n";
        assertEquals(
                List.of(
                        "IAMGATE_NOT_CHECKED SECURITY_WARNING Statement[0].Action[0] blocking",
                        "IAMGATE_NOT_CHECKED SECURITY_WARNING Statement[0].Action[1] blocking",
                        "IAMGATE_NOT_CHECKED SECURITY_WARNING Statement[0].Action[2] blocking"),
                findings(run(template, FailOn.DEFAULT)));
    }

    @Test
    void placeholderResourceIsVisibleButBlocksOnlyWithFailOnUnchecked() throws Exception {
        String template = roleWithAction("Parameters:\n  Bucket:\n    Type: String\n", "s3:GetObject")
                .replace("Resource: '*'", "Resource: !Sub 'arn:aws:s3:::${Bucket}/*'");
        RunReport byDefault = run(template, FailOn.DEFAULT);
        assertEquals(List.of("IAMGATE_NOT_CHECKED WARNING Statement[0].Resource"), findings(byDefault));
        assertEquals(0, byDefault.exitCode());
    }

    @Test
    void failOnUncheckedBlocks() throws Exception {
        String template = roleWithAction("Parameters:\n  Bucket:\n    Type: String\n", "s3:GetObject")
                .replace("Resource: '*'", "Resource: !Sub 'arn:aws:s3:::${Bucket}/*'");
        RunReport report = run(template, FailOn.parse("ERROR,SECURITY_WARNING,UNCHECKED"));
        assertEquals(List.of("IAMGATE_NOT_CHECKED WARNING Statement[0].Resource blocking"), findings(report));
        assertEquals(1, report.exitCode());
    }

    @Test
    void failOnUncheckedDoesNotMakeOtherWarningsBlock() {
        FailOn failOn = FailOn.parse("unchecked");
        assertEquals("UNCHECKED", failOn.toString());
        assertTrue(failOn.unchecked());
        assertEquals(false, failOn.blocks(io.iamgate.model.FindingType.WARNING));
    }

    private static final String UNKNOWN_CONDITION =
            "Parameters:\n  Env:\n    Type: String\n" + "Conditions:\n  Prod: !Equals [!Ref Env, prod]\n";

    @Test
    void actionChosenByAnUnknownConditionIsCheckedInBothBranches() throws Exception {
        RunReport report = run(roleWithAction(UNKNOWN_CONDITION, "!If [Prod, s3:GetObject, '*']"), FailOn.DEFAULT);
        assertEquals(List.of(), findings(report));
        assertEquals(
                List.of(" [if Prod = true]", " [if Prod = false]"),
                report.policies().stream()
                        .map(p -> p.unit().origin())
                        .filter(o -> o.contains(" [if "))
                        .map(o -> o.substring(o.indexOf(" [if ")))
                        .toList());
    }

    @Test
    void actionChosenByAConditionKnownFromDefaultsIsChecked() throws Exception {
        RunReport report = run(
                roleWithAction(
                        UNKNOWN_CONDITION.replace("Type: String\n", "Type: String\n    Default: dev\n"),
                        "!If [Prod, '*', s3:GetObject]"),
                FailOn.DEFAULT);
        assertEquals(List.of(), findings(report));
    }

    @Test
    void policyChosenByAnUnknownConditionIsCheckedInBothBranches() throws Exception {
        String template = UNKNOWN_CONDITION + """
                Resources:
                  P:
                    Type: AWS::IAM::ManagedPolicy
                    Properties:
                      PolicyDocument: !If
                        - Prod
                        - {Version: '2012-10-17', Statement: [{Effect: Allow, Action: s3:GetObject, Resource: '*'}]}
                        - {Version: '2012-10-17', Statement: [{Effect: Allow, Action: '*', Resource: '*'}]}
                """;
        RunReport report = run(template, FailOn.DEFAULT);
        assertEquals(List.of(), findings(report));
        assertEquals(
                List.of(
                        "Resources.P.Properties.PolicyDocument [if Prod = true]",
                        "Resources.P.Properties.PolicyDocument [if Prod = false]"),
                report.policies().stream().map(p -> p.unit().origin()).toList());
    }

    @Test
    void joinNestedFortyDeepResolvesToStar() throws Exception {
        String join = "'*'";
        for (int i = 0; i < 40; i++) {
            join = "{'Fn::Join': ['', [" + join + "]]}";
        }
        RunReport report = run(roleWithAction("", join), FailOn.DEFAULT);
        String text = report.policies().get(1).unit().document().text();
        assertTrue(text.contains("\"Action\": \"*\""), text);
        assertEquals(List.of(), findings(report));
    }

    @Test
    void joinNestedFortyDeepAroundAParameterIsNotCheckedRatherThanAPlaceholderPassing() throws Exception {
        String join = "{Ref: Act}";
        for (int i = 0; i < 40; i++) {
            join = "{'Fn::Join': ['', [" + join + "]]}";
        }
        RunReport report =
                run(roleWithAction("Parameters:\n  Act:\n    Type: String\n    Default: '*'\n", join), FailOn.DEFAULT);
        assertEquals(List.of("IAMGATE_NOT_CHECKED SECURITY_WARNING Statement[0].Action blocking"), findings(report));
    }

    @Test
    void placeholderActionIsReportedNotCheckedInEveryFormat() throws Exception {
        RunReport report = run(roleWithAction("Parameters:\n  Act:\n    Type: String\n", "!Ref Act"), FailOn.DEFAULT);
        Path summary = dir.resolve("summary.md");
        ReportContext context = new ReportContext(false, Map.of("GITHUB_STEP_SUMMARY", summary.toString()));
        Reporters reporters = Reporters.standard();
        for (String format : reporters.formats()) {
            StringWriter out = new StringWriter();
            reporters.forFormat(format).orElseThrow().write(report, context, out);
            assertTrue(out.toString().contains("IAMGATE_NOT_CHECKED"), format + ":\n" + out);
            assertTrue(out.toString().contains("Not checked: the Action value at Statement"), format + ":\n" + out);
        }
        assertTrue(Files.readString(summary).contains("IAMGATE_NOT_CHECKED"));
    }

    @Test
    void notCheckedIsCountedInTheSummaries() throws Exception {
        RunReport report = run(roleWithAction("Parameters:\n  Act:\n    Type: String\n", "!Ref Act"), FailOn.DEFAULT);
        assertEquals(1, report.uncheckedCount());
        StringWriter text = new StringWriter();
        Reporters.standard().forFormat("text").orElseThrow().write(report, ReportContext.plain(), text);
        assertTrue(text.toString().contains(", 1 not checked"), text.toString());
        StringWriter json = new StringWriter();
        Reporters.standard().forFormat("json").orElseThrow().write(report, ReportContext.plain(), json);
        assertTrue(json.toString().contains("\"notChecked\": 1"), json.toString());
    }

    private static final String PLAN_WITH_UNKNOWN_POLICY = """
            {"format_version": "1.2",
             "planned_values": {"root_module": {"resources": [
               {"address": "aws_iam_policy.p", "mode": "managed", "type": "aws_iam_policy", "name": "p",
                "values": {"name": "p"}}]}},
             "resource_changes": [
               {"address": "aws_iam_policy.p", "type": "aws_iam_policy",
                "change": {"actions": ["create"], "after": {"name": "p"}, "after_unknown": {"policy": true}}}]}
            """;

    @Test
    void terraformPolicyUnknownUntilApplyIsAnAnnotationInTheGithubFormat() throws Exception {
        RunReport report = new HostileRepository(dir)
                .file("plan.json", PLAN_WITH_UNKNOWN_POLICY)
                .run();
        StringWriter out = new StringWriter();
        Reporters.standard().forFormat("github").orElseThrow().write(report, ReportContext.plain(), out);
        assertTrue(out.toString().startsWith("::warning file=plan.json,line=4,col="), out.toString());
        assertTrue(
                out.toString()
                        .contains("title=IAMGATE_NOT_CHECKED (WARNING)::Not checked: the policy is not known "
                                + "until deployment"),
                out.toString());
        assertEquals(0, report.exitCode());
        assertEquals(
                1,
                new HostileRepository(dir).run(FailOn.parse("ERROR,UNCHECKED")).exitCode());
    }

    @Test
    void terraformPolicyKnownAtPlanTimeGivesNoAnnotation() throws Exception {
        String plan = PLAN_WITH_UNKNOWN_POLICY
                .replace("\"after_unknown\": {\"policy\": true}", "\"after_unknown\": {}")
                .replace(
                        "\"values\": {\"name\": \"p\"}",
                        "\"values\": {\"name\": \"p\", \"policy\": "
                                + "\"{\\\"Version\\\": \\\"2012-10-17\\\", \\\"Statement\\\": [{\\\"Effect\\\": "
                                + "\\\"Allow\\\", \\\"Action\\\": \\\"s3:GetObject\\\", \\\"Resource\\\": \\\"*\\\"}]}\"}");
        RunReport report = new HostileRepository(dir).file("plan.json", plan).run();
        StringWriter out = new StringWriter();
        Reporters.standard().forFormat("github").orElseThrow().write(report, ReportContext.plain(), out);
        assertEquals(1, report.policies().size());
        assertTrue(out.toString().startsWith("iamgate: 0 finding(s)"), out.toString());
    }
}
