package io.iamgate.extract.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.iamgate.Iamgate;
import io.iamgate.config.RunConfig;
import io.iamgate.model.PolicyType;
import io.iamgate.report.PolicyResult;
import io.iamgate.report.RunReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code data "aws_iam_policy_document"} that resources use ({@code policy = data.aws_iam_policy_document.x.json})
 * is reported once, at the data source, naming the resources that use it.
 */
class TerraformDataDocumentTest {

    /** s3:GetObjekt is not an S3 action: one INVALID_ACTION wherever the document is validated. */
    private static final String DOCUMENT = "{\\\"Version\\\":\\\"2012-10-17\\\",\\\"Statement\\\":[{\\\"Effect\\\":"
            + "\\\"Allow\\\",\\\"Action\\\":\\\"s3:GetObjekt\\\",\\\"Resource\\\":\\\"arn:aws:s3:::reports/*\\\"}]}";

    /** Two resources whose policy is the document's text. */
    private static final String TWO_IDENTITY_POLICIES = """
                {"address":"aws_iam_policy.reader","mode":"managed","type":"aws_iam_policy","name":"reader",
                 "values":{"policy":"%1$s"}},
                {"address":"aws_iam_role_policy.worker","mode":"managed","type":"aws_iam_role_policy","name":"worker",
                 "values":{"policy":"%1$s"}}""";

    @TempDir
    Path dir;

    @Test
    void aDocumentTwoResourcesUseIsReportedOnceAtTheDataSource() throws Exception {
        RunReport report = run(plan(TWO_IDENTITY_POLICIES, true));

        assertEquals(List.of("data.aws_iam_policy_document.read.json"), origins(report));
        PolicyResult shared = report.policies().get(0);
        assertEquals(List.of("INVALID_ACTION"), codes(shared));
        assertEquals(PolicyType.IDENTITY_POLICY, shared.unit().policyType());
        assertEquals(
                List.of("Used by aws_iam_policy.reader.policy, aws_iam_role_policy.worker.policy; its findings "
                        + "are reported here, once."),
                shared.unit().notes());
    }

    @Test
    void withoutTheDataSourceEachResourceReportsItsOwnCopy() throws Exception {
        RunReport report = run(plan(TWO_IDENTITY_POLICIES, false));

        assertEquals(List.of("aws_iam_policy.reader.policy", "aws_iam_role_policy.worker.policy"), origins(report));
        for (PolicyResult p : report.policies()) {
            assertEquals(List.of("INVALID_ACTION"), codes(p));
        }
    }

    @Test
    void aDocumentUsedAsTwoKindsOfPolicyIsValidatedOncePerKind() throws Exception {
        RunReport report = run(plan("""
                {"address":"aws_iam_policy.reader","mode":"managed","type":"aws_iam_policy","name":"reader",
                 "values":{"policy":"%1$s"}},
                {"address":"aws_s3_bucket_policy.reports","mode":"managed","type":"aws_s3_bucket_policy","name":"reports",
                 "values":{"policy":"%1$s"}}""", true));

        assertEquals(
                List.of(
                        "data.aws_iam_policy_document.read.json as IDENTITY_POLICY",
                        "data.aws_iam_policy_document.read.json as RESOURCE_POLICY AWS::S3::Bucket"),
                origins(report));
    }

    @Test
    void aDocumentNoResourceUsesIsValidatedOnItsOwn() throws Exception {
        RunReport report = run(plan("", true));

        assertEquals(List.of("data.aws_iam_policy_document.read.json"), origins(report));
        assertEquals(List.of("INVALID_ACTION"), codes(report.policies().get(0)));
    }

    private static String plan(String resources, boolean withDataSource) {
        String data = """
                {"address":"data.aws_iam_policy_document.read","mode":"data","type":"aws_iam_policy_document",
                 "name":"read","values":{"json":"%1$s"}}""";
        String all = withDataSource ? (resources.isEmpty() ? data : resources + ",\n" + data) : resources;
        return ("{\"format_version\":\"1.2\",\"planned_values\":{\"root_module\":{\"resources\":[\n" + all + "]}}}")
                .formatted(DOCUMENT);
    }

    private RunReport run(String plan) throws Exception {
        Path file = dir.resolve("plan.json");
        Files.writeString(file, plan);
        return Iamgate.validate(RunConfig.defaults(dir, List.of(file)));
    }

    private static List<String> origins(RunReport report) {
        return report.policies().stream().map(p -> p.unit().origin()).toList();
    }

    private static List<String> codes(PolicyResult p) {
        return p.findings().stream().map(f -> f.finding().issueCode()).toList();
    }
}
