package io.iamgate.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.config.RunConfig;
import io.iamgate.model.ElementPath;
import io.iamgate.model.PathElement;
import io.iamgate.report.PolicyResult;
import io.iamgate.report.RunReport;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A placeholder is opaque to every check of the catalogue, wherever it sits in a string: the only finding on its
 * element is IAMGATE_NOT_CHECKED, and the known rest of the policy is still checked.
 */
class PlaceholderOpacityTest {

    @TempDir
    java.nio.file.Path dir;

    private static String bucketPolicy(String statement) {
        return """
                Parameters:
                  NoDefault:
                    Type: String
                Resources:
                  Policy:
                    Type: AWS::S3::BucketPolicy
                    Properties:
                      Bucket: reports
                      PolicyDocument:
                        Version: "2012-10-17"
                        Statement:
                """ + statement.indent(4);
    }

    private List<String> findings(String template) throws Exception {
        Files.writeString(dir.resolve("stack.yaml"), template);
        RunReport report = ExampleRun.withCatalogue(
                RunConfig.builder(dir).paths(List.of(dir)).build());
        assertEquals(List.of(), report.errors());
        return report.policies().stream()
                .flatMap((PolicyResult p) -> p.findings().stream())
                .map(f -> f.finding().issueCode() + " " + f.finding().primaryPath())
                .toList();
    }

    @Test
    void anImportInsideASubIsOnlyNotCheckedNeverAnInvalidArnPrefix() throws Exception {
        assertEquals(List.of("IAMGATE_NOT_CHECKED Statement[0].Resource"), findings(bucketPolicy("""
                      - Effect: Allow
                        Principal: {AWS: arn:aws:iam::111122223333:root}
                        Action: s3:GetObject
                        Resource: !Sub ['${b}/*', {b: !ImportValue Bucket}]
                """)));
    }

    @Test
    void aParameterWithoutDefaultJoinedIntoAnArnIsOnlyNotChecked() throws Exception {
        assertEquals(List.of("IAMGATE_NOT_CHECKED Statement[0].Resource[0]"), findings(bucketPolicy("""
                      - Effect: Allow
                        Principal: {AWS: arn:aws:iam::111122223333:root}
                        Action: s3:GetObject
                        Resource: [!Join ['', [!Ref NoDefault, '/*']], 'arn:aws:s3:::reports/*']
                """)));
    }

    @Test
    void anSsmDynamicReferenceInsideAStringIsOnlyNotChecked() throws Exception {
        assertEquals(List.of("IAMGATE_NOT_CHECKED Statement[0].Resource"), findings(bucketPolicy("""
                      - Effect: Allow
                        Principal: {AWS: arn:aws:iam::111122223333:root}
                        Action: s3:GetObject
                        Resource: '{{resolve:ssm:/buckets/reports}}/*'
                """)));
    }

    @Test
    void placeholdersInPrincipalActionAndConditionValueGiveNoOtherFinding() throws Exception {
        assertEquals(
                List.of(
                        "IAMGATE_NOT_CHECKED Statement[0].Principal.AWS",
                        "IAMGATE_NOT_CHECKED Statement[0].Action",
                        "IAMGATE_NOT_CHECKED Statement[0].Condition.ArnLike.aws:SourceArn"),
                findings(bucketPolicy("""
                      - Effect: Allow
                        Principal: {AWS: !Sub '${NoDefault}'}
                        Action: !Sub '${NoDefault}:GetObject'
                        Resource: arn:aws:s3:::reports/*
                        Condition:
                          ArnLike:
                            aws:SourceArn: !Join ['', [!ImportValue Source, ':*']]
                """)));
    }

    @Test
    void aPolicyWrittenAsOneSubStringIsNotCheckedWhereThePlaceholderIsAndCheckedElsewhere() throws Exception {
        String template = """
                Parameters:
                  NoDefault:
                    Type: String
                Resources:
                  Policy:
                    Type: AWS::IAM::ManagedPolicy
                    Properties:
                      PolicyDocument: !Sub '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "${NoDefault}/*"}, {"Effect": "Alow", "Action": "s3:GetObject", "Resource": "*"}]}'
                """;
        assertEquals(
                List.of("IAMGATE_NOT_CHECKED Statement[0].Resource", "INVALID_EFFECT Statement[1].Effect"),
                findings(template));
    }

    @Test
    void aPathIsWithinItsPlaceholderAndBelowItButNotBesideOrAbove() {
        ElementPath resource = ElementPath.ROOT.value("Statement").index(0).value("Resource");
        assertTrue(Placeholders.within(resource, resource));
        assertTrue(Placeholders.within(resource, resource.index(2)));
        assertTrue(Placeholders.within(resource, resource.append(new PathElement.Substring(0, 3))));
        assertFalse(Placeholders.within(
                resource, ElementPath.ROOT.value("Statement").index(0)));
        assertFalse(Placeholders.within(
                resource, ElementPath.ROOT.value("Statement").index(1).value("Resource")));
        assertFalse(Placeholders.within(resource.index(0), resource.index(1)));
    }
}
