package io.iamgate.extract.cloudformation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.config.RunConfig;
import io.iamgate.extract.ExampleRun;
import io.iamgate.report.PolicyResult;
import io.iamgate.report.RunReport;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SAM policy templates in a function's Policies are expanded from SAM's own definitions and validated at the line
 * that names them; a name SAM does not know, or a template missing a parameter, is not checked, never silent.
 */
class SamPolicyTemplatesTest {

    @TempDir
    Path dir;

    private RunReport run(String template) throws Exception {
        Files.writeString(dir.resolve("template.yaml"), template);
        return ExampleRun.withCatalogue(
                RunConfig.builder(dir).paths(List.of(dir)).build());
    }

    private static String fixture(String name) throws Exception {
        try (InputStream in = SamPolicyTemplatesTest.class.getResourceAsStream("sam/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String function(String policies) {
        return """
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Reports:
                    Type: AWS::S3::Bucket
                    Properties: {BucketName: reports}
                  Fn:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: index.handler
                      Runtime: python3.12
                      Policies:
                """ + policies.indent(8);
    }

    @Test
    void everyTemplateOfSamsOwnExampleIsExpandedIntoWellFormedArns() throws Exception {
        RunReport report = run(fixture("all_policy_templates.yaml"));

        assertEquals(24, report.policies().size());
        for (PolicyResult p : report.policies()) {
            assertTrue(
                    p.unit().origin().matches("Resources\\.MyFunction\\.Properties\\.Policies\\[\\d+]\\.\\w+Policy"),
                    p.unit().origin());
            // SAM's definitions are taken as they are: SQSPollerPolicy's sqs:DeleteMessageBatch is reported as the
            // invalid action it is, but no ARN that SAM's Fn::Sub builds may be malformed and nothing is unread.
            assertTrue(
                    p.findings().stream()
                            .map(f -> f.finding().issueCode())
                            .noneMatch(c -> c.startsWith("INVALID_ARN")
                                    || c.startsWith("MISSING_ARN")
                                    || c.equals("IAMGATE_NOT_CHECKED")
                                    || c.equals("JSON_SYNTAX_ERROR")),
                    p.unit().origin() + " " + p.findings());
        }
    }

    @Test
    void aTemplatesParameterTakesTheValueGivenResolvedInTheTemplate() throws Exception {
        RunReport report = run(function("""
                - S3ReadPolicy:
                    BucketName: !Ref Reports
                """));

        assertEquals(
                List.of("Resources.Fn.Properties.Policies[0].S3ReadPolicy"),
                report.policies().stream().map(p -> p.unit().origin()).toList());
        String text = report.policies().get(0).unit().document().text();
        assertTrue(text.contains("\"arn:aws:s3:::reports\", \"arn:aws:s3:::reports/*\""), text);
        assertTrue(text.contains("s3:GetObject"), text);
    }

    @Test
    void aFindingOfAnExpandedTemplatePointsAtTheLineThatNamesIt() throws Exception {
        RunReport report = run(function("""
                - Statement: [{Effect: Allow, Action: s3:ListAllMyBuckets, Resource: "*"}]
                - SQSSendMessagePolicy:
                    QueueName: "*"
                """));

        PolicyResult sqs = report.policies().get(1);
        assertEquals(
                "Resources.Fn.Properties.Policies[1].SQSSendMessagePolicy",
                sqs.unit().origin());
        assertTrue(
                sqs.findings().stream().allMatch(f -> f.line() == 13 || f.line() == 14),
                sqs.findings().stream()
                        .map(f -> f.finding().issueCode() + "@" + f.line())
                        .toList()
                        .toString());
    }

    @Test
    void aNameSamDoesNotKnowIsNotCheckedWithANote() throws Exception {
        RunReport report = run(function("""
                - S3ReadPolcy:
                    BucketName: reports
                - AWSLambdaBasicExecutionRole
                """));

        assertEquals(1, report.policies().size(), "the managed policy name is a reference, not a document");
        PolicyResult p = report.policies().get(0);
        assertEquals("Resources.Fn.Properties.Policies[0]", p.unit().origin());
        assertEquals(
                List.of("IAMGATE_NOT_CHECKED"),
                p.findings().stream().map(f -> f.finding().issueCode()).toList());
        assertTrue(
                p.unit().notes().get(0).contains("'S3ReadPolcy'"),
                p.unit().notes().get(0));
    }

    @Test
    void aTemplateWithoutItsParameterIsNotChecked() throws Exception {
        RunReport report = run(function("""
                - DynamoDBCrudPolicy: {}
                """));

        PolicyResult p = report.policies().get(0);
        assertEquals(
                List.of("IAMGATE_NOT_CHECKED"),
                p.findings().stream().map(f -> f.finding().issueCode()).toList());
        assertTrue(
                p.unit().notes().get(0).contains("has no value for TableName"),
                p.unit().notes().get(0));
    }
}
