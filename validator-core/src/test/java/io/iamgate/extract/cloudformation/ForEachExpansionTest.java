package io.iamgate.extract.cloudformation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.config.ParameterSet;
import io.iamgate.config.RunConfig;
import io.iamgate.extract.ExampleRun;
import io.iamgate.report.PolicyResult;
import io.iamgate.report.RunReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fn::ForEach (AWS::LanguageExtensions) is expanded as CloudFormation expands it, so the policies of its copies are
 * validated at the fragment's lines; a loop over a collection not known is a not-checked policy, never silence.
 * The templates follow the Fn::ForEach examples of the CloudFormation User Guide.
 */
class ForEachExpansionTest {

    @TempDir
    Path dir;

    private RunReport run(String template, List<ParameterSet> parameters) throws Exception {
        Files.writeString(dir.resolve("stack.yaml"), template);
        return ExampleRun.withCatalogue(RunConfig.builder(dir)
                .paths(List.of(dir))
                .parameters(parameters)
                .build());
    }

    /** "origin: CODE@line" of every finding, and "origin" for a clean policy. */
    private static List<String> policies(RunReport report) {
        return report.policies().stream()
                .map((PolicyResult p) -> p.unit().origin()
                        + p.findings().stream()
                                .map(f -> " " + f.finding().issueCode() + "@" + f.line())
                                .reduce("", String::concat))
                .toList();
    }

    private static final String TOPICS = """
            Transform: AWS::LanguageExtensions
            Parameters:
              Topics:
                Type: CommaDelimitedList%s
            Resources:
              Fn::ForEach::TopicPolicies:
                - TopicName
                - !Ref Topics
                - Policy&{TopicName}:
                    Type: AWS::SNS::TopicPolicy
                    Properties:
                      Topics: [!Ref TopicName]
                      PolicyDocument:
                        Version: "2012-10-17"
                        Statement:
                          - Effect: Allow
                            Principal: {Service: s3.amazonaws.com}
                            Action: sns:Publish
                            Resource: !Sub arn:aws:sns:${AWS::Region}:${AWS::AccountId}:${TopicName}
                            Condition:
                              ArnLike: {aws:SourceArn: arn:aws:s3:::reports}
            """;

    @Test
    void aLoopOverAParameterListMakesOnePolicyPerItemWithSubstitutedKeysAndValues() throws Exception {
        RunReport report = run(TOPICS.formatted("\n    Default: \"orders,order-events\""), List.of());

        assertEquals(
                List.of(
                        "Resources.Policyorders.Properties.PolicyDocument",
                        "Resources.Policyorderevents.Properties.PolicyDocument"),
                policies(report));
        assertTrue(
                report.policies()
                        .get(1)
                        .unit()
                        .document()
                        .text()
                        .contains("arn:aws:sns:us-east-1:123456789012:order-events"),
                report.policies().get(1).unit().document().text());
    }

    @Test
    void aLoopOverAParameterWithoutValueIsNotCheckedWithANoteAndAValueGivenExpandsIt() throws Exception {
        RunReport unknown = run(TOPICS.formatted(""), List.of());
        assertEquals(List.of("Resources.Fn::ForEach::TopicPolicies IAMGATE_NOT_CHECKED@6"), policies(unknown));
        assertTrue(
                unknown.policies().get(0).unit().notes().get(0).contains("is not known"),
                unknown.policies().get(0).unit().notes().get(0));

        RunReport given = run(TOPICS.formatted(""), List.of(ParameterSet.everyTemplate(Map.of("Topics", "audit"))));
        assertEquals(List.of("Resources.Policyaudit.Properties.PolicyDocument"), policies(given));
    }

    @Test
    void nestedLoopsExpandEveryPairAndAFindingPointsAtTheFragmentLine() throws Exception {
        RunReport report = run("""
                Transform: AWS::LanguageExtensions
                Resources:
                  Fn::ForEach::Teams:
                    - Team
                    - [Red, Blue]
                    - Fn::ForEach::Stages:
                        - Stage
                        - [Dev, Prod]
                        - ${Team}${Stage}Policy:
                            Type: AWS::IAM::ManagedPolicy
                            Properties:
                              PolicyDocument:
                                Version: "2012-10-17"
                                Statement:
                                  - Effect: Alow
                                    Action: s3:GetObject
                                    Resource: !Sub arn:aws:s3:::${Team}-${Stage}/*
                """, List.of());

        assertEquals(
                List.of(
                        "Resources.RedDevPolicy.Properties.PolicyDocument INVALID_EFFECT@15",
                        "Resources.RedProdPolicy.Properties.PolicyDocument INVALID_EFFECT@15",
                        "Resources.BlueDevPolicy.Properties.PolicyDocument INVALID_EFFECT@15",
                        "Resources.BlueProdPolicy.Properties.PolicyDocument INVALID_EFFECT@15"),
                policies(report));
        assertTrue(report.policies().get(3).unit().document().text().contains("arn:aws:s3:::Blue-Prod/*"));
    }

    @Test
    void aMalformedLoopIsNotCheckedRatherThanSkipped() throws Exception {
        RunReport report = run("""
                Transform: AWS::LanguageExtensions
                Resources:
                  Fn::ForEach::Broken:
                    - Name
                    - [a, b]
                """, List.of());
        assertEquals(List.of("Resources.Fn::ForEach::Broken IAMGATE_NOT_CHECKED@3"), policies(report));
    }
}
