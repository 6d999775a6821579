package io.iamgate.extract.terraform;

import static io.iamgate.extract.ExampleRun.findings;
import static io.iamgate.extract.ExampleRun.policy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.extract.ExampleRun;
import io.iamgate.model.PolicyType;
import io.iamgate.model.PolicyUnit;
import io.iamgate.report.PolicyResult;
import io.iamgate.report.RunReport;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** examples/terraform/plan.json (terraform show -json, with a child module) through the real pipeline. */
class TerraformPlanExampleTest {

    private static RunReport report;
    private static String plan;

    @BeforeAll
    static void run() throws Exception {
        report = ExampleRun.run("examples/terraform");
        plan = Files.readString(ExampleRun.REPOSITORY.resolve("examples/terraform/plan.json"));
    }

    private record Expected(String origin, PolicyType type, String resourceType) {}

    @Test
    void extractsThePoliciesOfTheRootAndChildModules() {
        List<Expected> expected = List.of(
                new Expected("data.aws_iam_policy_document.bucket.json", PolicyType.RESOURCE_POLICY, "AWS::S3::Bucket"),
                new Expected("aws_lambda_permission.from_uploads", PolicyType.RESOURCE_POLICY, null),
                new Expected("aws_organizations_policy.deny_leave.content", PolicyType.SERVICE_CONTROL_POLICY, null),
                new Expected(
                        "module.app.aws_iam_role.this.assume_role_policy",
                        PolicyType.TRUST_POLICY,
                        "AWS::IAM::AssumeRolePolicyDocument"),
                new Expected("module.app.aws_iam_role.this.inline_policy[0].policy", PolicyType.IDENTITY_POLICY, null),
                new Expected("module.app.aws_iam_role_policy.uploads.policy", PolicyType.IDENTITY_POLICY, null),
                new Expected("module.app.aws_sqs_queue_policy.jobs.policy", PolicyType.RESOURCE_POLICY, null));
        assertEquals(
                expected.stream().map(Expected::origin).toList(),
                report.policies().stream().map(p -> p.unit().origin()).toList());
        for (int i = 0; i < expected.size(); i++) {
            PolicyUnit unit = report.policies().get(i).unit();
            assertEquals("examples/terraform/plan.json", unit.file());
            assertEquals(expected.get(i).type(), unit.policyType(), unit.origin());
            assertEquals(expected.get(i).resourceType(), unit.effectiveResourceType(), unit.origin());
        }
        // The policy document data source is validated once, as the bucket policy that uses it, at its own text;
        // aws_s3_bucket.policy and aws_sqs_queue.policy are unknown but not configured: no policy to check.
        assertTrue(report.errors().isEmpty(), report.errors().toString());
    }

    @Test
    void policiesUnknownUntilApplyAreListedAsNotChecked() {
        PolicyResult queue = policy(report, "module.app.aws_sqs_queue_policy.jobs.policy");
        assertTrue(queue.unit().document().isUnknown());
        assertEquals(List.of("IAMGATE_NOT_CHECKED@1"), findings(queue));
        assertEquals(1, queue.unit().notes().size());
        assertTrue(
                queue.unit()
                        .notes()
                        .get(0)
                        .startsWith("Not checked: module.app.aws_sqs_queue_policy.jobs.policy is "
                                + "known only after apply"),
                queue.unit().notes().get(0));
        PolicyResult permissionResult = policy(report, "aws_lambda_permission.from_uploads");
        assertEquals(List.of("IAMGATE_NOT_CHECKED@1"), findings(permissionResult));
        assertEquals(
                "Statement[0].Condition.ArnLike.AWS:SourceArn",
                permissionResult.findings().get(0).finding().primaryPath().toString());
        PolicyUnit permission = permissionResult.unit();
        assertEquals(
                List.of("aws_lambda_permission.from_uploads.source_arn is known only after apply; a placeholder is "
                        + "used."),
                permission.notes());
        assertTrue(
                permission
                        .document()
                        .text()
                        .contains("\"Principal\": {\"Service\": \"s3.amazonaws.com\"}, \"Action\": "
                                + "\"lambda:InvokeFunction\", \"Resource\": "
                                + "\"arn:aws:lambda:us-east-1:123456789012:function:uploads-thumbnailer\""),
                permission.document().text());
    }

    @Test
    void findingsPointAtTheCharacterOfThePlan() {
        PolicyResult inline = policy(report, "module.app.aws_iam_role.this.inline_policy[0].policy");
        assertEquals(List.of("INVALID_EFFECT@1"), findings(inline));
        // The plan is one line: the column is that of the escaped "allow" inside the attribute's string.
        assertEquals(
                plan.indexOf("\\\"allow\\\""),
                ExampleRun.finding(inline, "INVALID_EFFECT").column());
        PolicyResult rolePolicy = policy(report, "module.app.aws_iam_role_policy.uploads.policy");
        assertEquals(
                plan.indexOf("\\\"Resources\\\""),
                ExampleRun.finding(rolePolicy, "INVALID_POLICY_ELEMENT").column());
        assertEquals(
                3,
                report.policies().stream()
                        .filter(p ->
                                p.findings().isEmpty() && !p.unit().document().isUnknown())
                        .count());
    }
}
