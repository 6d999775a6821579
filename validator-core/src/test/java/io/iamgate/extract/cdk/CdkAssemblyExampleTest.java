package io.iamgate.extract.cdk;

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

/** examples/cdk/cdk.out (two stacks, an export/import, a nested stack) through the real pipeline. */
class CdkAssemblyExampleTest {

    private static final String DIR = "examples/cdk/cdk.out/";
    private static RunReport report;

    @BeforeAll
    static void run() throws Exception {
        report = ExampleRun.run("examples/cdk");
    }

    private record Expected(String file, String origin, PolicyType type, String resourceType, int line) {}

    @Test
    void everyStackIsExtractedOnceWithConstructPaths() {
        List<Expected> expected = List.of(
                new Expected(
                        "SharedStack.template.json",
                        "SharedStack/DataBucket/Policy/Resource: Properties.PolicyDocument",
                        PolicyType.RESOURCE_POLICY,
                        "AWS::S3::Bucket",
                        34),
                new Expected(
                        "SharedStack.template.json",
                        "SharedStack/DataKey/Resource: Properties.KeyPolicy",
                        PolicyType.RESOURCE_POLICY,
                        null,
                        82),
                new Expected(
                        "AppStack.template.json",
                        "AppStack/WorkerRole/Resource: Properties.AssumeRolePolicyDocument",
                        PolicyType.TRUST_POLICY,
                        "AWS::IAM::AssumeRolePolicyDocument",
                        6),
                new Expected(
                        "AppStack.template.json",
                        "AppStack/WorkerRole/Resource: Properties.Policies[0].PolicyDocument",
                        PolicyType.IDENTITY_POLICY,
                        null,
                        20),
                new Expected(
                        "AppStack.template.json",
                        "AppStack/WorkerRole/DefaultPolicy/Resource: Properties.PolicyDocument",
                        PolicyType.IDENTITY_POLICY,
                        null,
                        43),
                new Expected(
                        "AppStackQueuesB1C2D3E4.nested.template.json",
                        "AppStack/Queues/JobsQueue/Policy/Resource: Properties.PolicyDocument",
                        PolicyType.RESOURCE_POLICY,
                        null,
                        18));
        // The templates beside manifest.json are not extracted a second time as plain CloudFormation.
        assertEquals(
                expected.size(),
                report.policies().size(),
                report.policies().stream()
                        .map(p -> p.unit().file() + " " + p.unit().origin())
                        .toList()
                        .toString());
        for (int i = 0; i < expected.size(); i++) {
            PolicyUnit unit = report.policies().get(i).unit();
            Expected e = expected.get(i);
            assertEquals(DIR + e.file(), unit.file());
            assertEquals(e.origin(), unit.origin());
            assertEquals(e.type(), unit.policyType());
            assertEquals(e.resourceType(), unit.effectiveResourceType());
            assertEquals(e.line(), line(unit), e.origin());
        }
        assertTrue(report.errors().isEmpty(), report.errors().toString());
    }

    @Test
    void findingsPointAtTheTemplateLines() {
        PolicyResult inline = policy(report, "AppStack/WorkerRole/Resource: Properties.Policies[0].PolicyDocument");
        assertEquals(List.of("INVALID_EFFECT@26"), findings(inline));
        assertEquals(19, ExampleRun.finding(inline, "INVALID_EFFECT").column());
        PolicyResult queue = policy(report, "AppStack/Queues/JobsQueue/Policy/Resource: Properties.PolicyDocument");
        assertEquals(List.of("INVALID_POLICY_ELEMENT@23"), findings(queue));
        assertEquals(
                4,
                report.policies().stream().filter(p -> p.findings().isEmpty()).count());
    }

    @Test
    void importsAndNestedStackParametersResolveInsideTheAssembly() {
        PolicyUnit worker = policy(report, "AppStack/WorkerRole/DefaultPolicy/Resource: Properties.PolicyDocument")
                .unit();
        // Fn::ImportValue of SharedStack's export: the bucket's ARN, in the stack's own partition.
        assertTrue(
                worker.document()
                        .text()
                        .contains(
                                "\"Resource\": [\"arn:aws:s3:::databuckete3889a50\", \"arn:aws:s3:::databuckete3889a50/*\"]"),
                worker.document().text());
        // The imported value maps to the Fn::ImportValue in AppStack, not to the exporting template.
        var at = worker.sourceMapping()
                .filePosition(new io.iamgate.model.Location(
                        io.iamgate.model.ElementPath.ROOT
                                .value("Statement")
                                .index(0)
                                .value("Resource")
                                .index(0),
                        worker.document().wholeDocument().span()));
        assertEquals(53, at.line());
        assertEquals(8, at.column());
        // Fn::GetAtt Nested.Outputs.X: the output of the nested template, resolved there.
        assertTrue(
                worker.document()
                        .text()
                        .contains("\"Resource\": \"arn:aws:sqs:eu-west-1:111122223333:jobsqueue6e3a1b7c\""),
                worker.document().text());
        assertEquals(List.of(), worker.notes());
        PolicyUnit queue = policy(report, "AppStack/Queues/JobsQueue/Policy/Resource: Properties.PolicyDocument")
                .unit();
        // The parent passes WorkerRole's ARN; the stack's environment gives account and region.
        assertTrue(
                queue.document().text().contains("{\"AWS\": \"arn:aws:iam::111122223333:role/workerrolee2b2a6b4\"}"),
                queue.document().text());
        assertTrue(queue.document().text().contains("arn:aws:sqs:eu-west-1:111122223333:jobsqueue6e3a1b7c"));
        assertEquals(List.of(), queue.notes());
    }
}
