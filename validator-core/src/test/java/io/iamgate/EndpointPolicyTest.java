package io.iamgate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.analyze.aws.AwsSettings;
import io.iamgate.config.RunConfig;
import io.iamgate.model.PolicyType;
import io.iamgate.report.PolicyResult;
import io.iamgate.report.RunReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A VPC endpoint policy only filters requests made through the endpoint: {@code Principal: "*"} in it (AWS's
 * default endpoint policy) is not public access, while the same text attached to a bucket is. Runs the standard
 * pipeline with the offline no-public-access check on, so every public-access judgement is covered.
 */
class EndpointPolicyTest {

    /** AWS's default endpoint policy, in a template beside the same text as a bucket policy. */
    private static final String DEFAULT_ENDPOINT_POLICY =
            "{\"Statement\": [{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"*\", \"Resource\": \"*\"}]}";

    private static final String TEMPLATE = """
            Resources:
              Endpoint:
                Type: AWS::EC2::VPCEndpoint
                Properties:
                  VpcId: vpc-0a1b2c3d
                  ServiceName: com.amazonaws.eu-west-1.s3
                  PolicyDocument: %1$s
              BucketPolicy:
                Type: AWS::S3::BucketPolicy
                Properties:
                  Bucket: reports
                  PolicyDocument: %1$s
            """.formatted(DEFAULT_ENDPOINT_POLICY);

    private static final Set<String> PUBLIC_CODES = Set.of("PUBLIC_ACCESS", "IAMGATE_PUBLIC_PRINCIPAL");

    @TempDir
    Path dir;

    @Test
    void defaultEndpointPolicyIsNotPublicButTheSameTextAsABucketPolicyIs() throws Exception {
        RunReport report = run("template.yaml", TEMPLATE);

        PolicyResult endpoint = policy(report, "Resources.Endpoint.Properties.PolicyDocument");
        assertEquals(PolicyType.RESOURCE_POLICY, endpoint.unit().policyType());
        assertTrue(endpoint.unit().isEndpointPolicy());
        assertEquals(Set.of(), publicCodes(endpoint), "endpoint policy reported as public");

        PolicyResult bucket = policy(report, "Resources.BucketPolicy.Properties.PolicyDocument");
        assertEquals(PUBLIC_CODES, publicCodes(bucket));
    }

    @Test
    void endpointPolicyIsStillValidatedAsAResourcePolicy() throws Exception {
        RunReport report = run("template.yaml", TEMPLATE);
        PolicyResult endpoint = policy(report, "Resources.Endpoint.Properties.PolicyDocument");
        // The policy checks still run on it (no Version), as Access Analyzer runs them on any resource policy.
        assertTrue(codes(endpoint).contains("MISSING_VERSION"), codes(endpoint).toString());
    }

    @Test
    void terraformEndpointPoliciesAreNotPublicEitherWay() throws Exception {
        String policy = "{\\\"Statement\\\":[{\\\"Effect\\\":\\\"Allow\\\",\\\"Principal\\\":\\\"*\\\","
                + "\\\"Action\\\":\\\"*\\\",\\\"Resource\\\":\\\"*\\\"}]}";
        String plan = """
                {"format_version":"1.2","planned_values":{"root_module":{"resources":[
                  {"address":"aws_vpc_endpoint.s3","mode":"managed","type":"aws_vpc_endpoint","name":"s3",
                   "values":{"policy":"%1$s"}},
                  {"address":"aws_vpc_endpoint_policy.s3","mode":"managed","type":"aws_vpc_endpoint_policy","name":"s3",
                   "values":{"policy":"%1$s"}},
                  {"address":"aws_s3_bucket_policy.b","mode":"managed","type":"aws_s3_bucket_policy","name":"b",
                   "values":{"policy":"%1$s"}}]}}}
                """.formatted(policy);
        RunReport report = run("plan.json", plan);
        assertEquals(3, report.policies().size(), report.policies().toString());
        for (PolicyResult p : report.policies()) {
            if (p.unit().origin().startsWith("aws_vpc_endpoint")) {
                assertTrue(p.unit().isEndpointPolicy(), p.unit().origin());
                assertEquals(Set.of(), publicCodes(p), p.unit().origin());
            } else {
                assertEquals(PUBLIC_CODES, publicCodes(p), p.unit().origin());
            }
        }
    }

    @Test
    void accessAnalyzerGetsNoResourceTypeForAnEndpointPolicy() throws Exception {
        RunReport report = run("template.yaml", TEMPLATE);
        PolicyResult endpoint = policy(report, "Resources.Endpoint.Properties.PolicyDocument");
        assertNull(new io.iamgate.analyze.local.CheckContext(endpoint.unit(), null).resourceType());
    }

    private RunReport run(String name, String text) throws Exception {
        Files.writeString(dir.resolve(name), text);
        AwsSettings.CustomChecks publicCheck =
                new AwsSettings.CustomChecks(List.of(), List.of(), true, Optional.empty(), Optional.empty());
        RunConfig config = RunConfig.builder(dir)
                .paths(List.of(dir.resolve(name)))
                .aws(new AwsSettings(
                        false, Optional.empty(), Optional.empty(), Optional.empty(), 5.0, true, publicCheck))
                .build();
        return Iamgate.validate(config);
    }

    private static PolicyResult policy(RunReport report, String origin) {
        return report.policies().stream()
                .filter(p -> p.unit().origin().equals(origin))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + origin));
    }

    private static Set<String> codes(PolicyResult p) {
        return p.findings().stream().map(f -> f.finding().issueCode()).collect(Collectors.toSet());
    }

    private static Set<String> publicCodes(PolicyResult p) {
        return codes(p).stream().filter(PUBLIC_CODES::contains).collect(Collectors.toSet());
    }
}
