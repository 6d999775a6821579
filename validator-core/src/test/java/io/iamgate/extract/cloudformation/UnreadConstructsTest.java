package io.iamgate.extract.cloudformation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.config.RunConfig;
import io.iamgate.extract.ExampleRun;
import io.iamgate.report.PolicyResult;
import io.iamgate.report.ReportContext;
import io.iamgate.report.Reporters;
import io.iamgate.report.RunReport;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A construct in a policy position that iamgate does not read (AWS::Include through Fn::Transform, an intrinsic it
 * does not evaluate) is a not-checked policy with a note, counted in the summary line: never nothing, and never a
 * finding about the placeholder that stands for it.
 */
class UnreadConstructsTest {

    @TempDir
    Path dir;

    private RunReport run(String template) throws Exception {
        Files.writeString(dir.resolve("stack.yaml"), template);
        return ExampleRun.withCatalogue(
                RunConfig.builder(dir).paths(List.of(dir)).build());
    }

    /** "origin CODE..." of every policy. */
    private static List<String> policies(RunReport report) {
        return report.policies().stream()
                .map((PolicyResult p) -> p.unit().origin()
                        + p.findings().stream()
                                .map(f -> " " + f.finding().issueCode())
                                .reduce("", String::concat))
                .toList();
    }

    private static final String INCLUDE = """
            {Name: AWS::Include, Parameters: {Location: s3://bucket/policy.yaml}}""";

    @Test
    void anIncludedPolicyDocumentIsNotCheckedNotASyntaxError() throws Exception {
        RunReport report = run("""
                Resources:
                  Reader:
                    Type: AWS::IAM::ManagedPolicy
                    Properties:
                      PolicyDocument:
                        Fn::Transform: %s
                """.formatted(INCLUDE));

        assertEquals(List.of("Resources.Reader.Properties.PolicyDocument IAMGATE_NOT_CHECKED"), policies(report));
        assertTrue(
                report.policies().get(0).unit().notes().toString().contains("Fn::Transform"),
                report.policies().get(0).unit().notes().toString());
    }

    @Test
    void includedPropertiesAndIncludedResourcesAreNotCheckedRatherThanSkipped() throws Exception {
        RunReport report = run("""
                Resources:
                  Role:
                    Type: AWS::IAM::Role
                    Properties:
                      Fn::Transform: %s
                  Fn::Transform: %s
                  Queue:
                    Type: AWS::SQS::Queue
                """.formatted(INCLUDE, INCLUDE));

        assertEquals(
                List.of("Resources.Fn::Transform IAMGATE_NOT_CHECKED", "Resources.Role.Properties IAMGATE_NOT_CHECKED"),
                policies(report));
    }

    @Test
    void aPolicyElementMadeByAnIntrinsicNotEvaluatedIsNotCheckedAndCountedInTheSummaryLine() throws Exception {
        RunReport report = run("""
                Resources:
                  Reader:
                    Type: AWS::IAM::ManagedPolicy
                    Properties:
                      PolicyDocument:
                        Version: "2012-10-17"
                        Statement:
                          - Effect: Allow
                            Action: s3:GetObject
                            Resource: {Fn::Cidr: [10.0.0.0/16, 2, 8]}
                          - Fn::Transform: %s
                """.formatted(INCLUDE));

        assertEquals(
                List.of("Resources.Reader.Properties.PolicyDocument IAMGATE_NOT_CHECKED IAMGATE_NOT_CHECKED"),
                policies(report));
        StringWriter text = new StringWriter();
        Reporters.standard().forFormat("text").orElseThrow().write(report, ReportContext.plain(), text);
        assertTrue(text.toString().contains("2 not checked"), text.toString());
    }
}
