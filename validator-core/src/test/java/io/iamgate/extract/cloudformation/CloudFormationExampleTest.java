package io.iamgate.extract.cloudformation;

import static io.iamgate.extract.ExampleRun.findings;
import static io.iamgate.extract.ExampleRun.line;
import static io.iamgate.extract.ExampleRun.policy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.extract.ExampleRun;
import io.iamgate.model.PolicyType;
import io.iamgate.model.PolicyUnit;
import io.iamgate.report.PolicyResult;
import io.iamgate.report.RunReport;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** examples/cloudformation/app-stack.yaml through the real pipeline: its units and its findings' lines. */
class CloudFormationExampleTest {

    private static final String FILE = "examples/cloudformation/app-stack.yaml";
    private static RunReport report;

    @BeforeAll
    static void run() throws Exception {
        report = ExampleRun.run("examples/cloudformation");
    }

    private record Expected(String origin, PolicyType type, String resourceType, int line) {}

    @Test
    void extractsEveryPolicyWithItsTypeResourceTypeAndTemplateLine() {
        List<Expected> expected = List.of(
                new Expected(
                        "Resources.OrdersBucketPolicy.Properties.PolicyDocument",
                        PolicyType.RESOURCE_POLICY,
                        "AWS::S3::Bucket",
                        37),
                new Expected(
                        "Resources.OrdersQueuePolicy.Properties.PolicyDocument", PolicyType.RESOURCE_POLICY, null, 73),
                new Expected(
                        "Resources.WorkerRole.Properties.AssumeRolePolicyDocument",
                        PolicyType.TRUST_POLICY,
                        "AWS::IAM::AssumeRolePolicyDocument",
                        89),
                new Expected(
                        "Resources.WorkerRole.Properties.Policies[0].PolicyDocument",
                        PolicyType.IDENTITY_POLICY,
                        null,
                        100),
                new Expected("Resources.OrdersKey.Properties.KeyPolicy", PolicyType.RESOURCE_POLICY, null, 127),
                new Expected(
                        "Resources.OrdersFunctionInvokeFromTopic.Properties", PolicyType.RESOURCE_POLICY, null, 155),
                new Expected(
                        "Resources.DeliveryLogsPolicy.Properties.PolicyDocument",
                        PolicyType.RESOURCE_POLICY,
                        null,
                        165));
        assertEquals(expected.size(), report.policies().size());
        for (int i = 0; i < expected.size(); i++) {
            PolicyUnit unit = report.policies().get(i).unit();
            Expected e = expected.get(i);
            assertEquals(FILE, unit.file());
            assertEquals(e.origin(), unit.origin());
            assertEquals(e.type(), unit.policyType(), e.origin());
            assertEquals(e.resourceType(), unit.effectiveResourceType(), e.origin());
            assertEquals(e.line(), line(unit), e.origin());
        }
        assertTrue(report.errors().isEmpty(), report.errors().toString());
    }

    @Test
    void findingsPointAtTheTemplateLines() {
        PolicyResult bucket = policy(report, "Resources.OrdersBucketPolicy.Properties.PolicyDocument");
        // The misspelt "Resources" (line 54) and the statement that therefore has no Resource (line 49); the
        // auditors' account is a parameter without a default (line 52): not checked.
        assertEquals(
                List.of("MISSING_RESOURCE@49", "IAMGATE_NOT_CHECKED@52", "INVALID_POLICY_ELEMENT@54"),
                findings(bucket));
        assertEquals(12, ExampleRun.finding(bucket, "INVALID_POLICY_ELEMENT").column());
        PolicyResult inline = policy(report, "Resources.WorkerRole.Properties.Policies[0].PolicyDocument");
        assertEquals(List.of("INVALID_EFFECT@109"), findings(inline));
        assertEquals(24, ExampleRun.finding(inline, "INVALID_EFFECT").column());
        long clean =
                report.policies().stream().filter(p -> p.findings().isEmpty()).count();
        assertEquals(5, clean);
    }

    @Test
    void resolvesIntrinsicsToWhatTheStackWouldDeploy() {
        String bucket = policy(report, "Resources.OrdersBucketPolicy.Properties.PolicyDocument")
                .unit()
                .document()
                .text();
        // !GetAtt Bucket.Arn and !Sub "${Bucket.Arn}/*" with BucketName !Sub "orders-${Environment}-${AWS::AccountId}".
        assertTrue(
                bucket.contains("\"Resource\": [\"arn:aws:s3:::orders-prod-123456789012\", "
                        + "\"arn:aws:s3:::orders-prod-123456789012/*\"]"),
                bucket);
        // A parameter without a default in Principal.AWS: an account placeholder, and a note saying so.
        assertTrue(bucket.contains("{\"AWS\": \"arn:aws:iam::123456789012:root\"}"), bucket);
        assertEquals(
                List.of("Parameter AuditAccountId has no default; a placeholder is used for it (line 52)."),
                policy(report, "Resources.OrdersBucketPolicy.Properties.PolicyDocument")
                        .unit()
                        .notes());
        String inline = policy(report, "Resources.WorkerRole.Properties.Policies[0].PolicyDocument")
                .unit()
                .document()
                .text();
        // Fn::If on IsProd (Environment defaults to prod) keeps the archive statement.
        assertTrue(inline.contains("\"Resource\": \"arn:aws:s3:::orders-archive/*\""), inline);
        assertTrue(inline.startsWith("{\"Version\": \"2012-10-17\", \"Statement\": [{\"Sid\": \"ReadWriteOrders\""));
        String lambda = policy(report, "Resources.OrdersFunctionInvokeFromTopic.Properties")
                .unit()
                .document()
                .text();
        assertEquals(
                "{\"Version\": \"2012-10-17\", \"Id\": \"default\", \"Statement\": [{\"Sid\": "
                        + "\"OrdersFunctionInvokeFromTopic\", \"Effect\": \"Allow\", \"Principal\": {\"Service\": "
                        + "\"sns.amazonaws.com\"}, \"Action\": \"lambda:InvokeFunction\", \"Resource\": "
                        + "\"arn:aws:lambda:us-east-1:123456789012:function:orders-worker\", \"Condition\": {\"StringEquals\": "
                        + "{\"AWS:SourceAccount\": \"123456789012\"}, \"ArnLike\": {\"AWS:SourceArn\": "
                        + "\"arn:aws:sns:us-east-1:123456789012:orders-events\"}}}]}",
                lambda);
        String key = policy(report, "Resources.OrdersKey.Properties.KeyPolicy")
                .unit()
                .document()
                .text();
        assertTrue(key.contains("{\"AWS\": \"arn:aws:iam::123456789012:role/orders-worker-prod\"}"), key);
    }
}
