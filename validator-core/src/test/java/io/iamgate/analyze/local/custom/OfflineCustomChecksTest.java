package io.iamgate.analyze.local.custom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.Iamgate;
import io.iamgate.analyze.Analyzer;
import io.iamgate.analyze.AnalyzerException;
import io.iamgate.analyze.aws.AwsSettings;
import io.iamgate.analyze.local.CheckTester;
import io.iamgate.config.RunConfig;
import io.iamgate.load.LocatedJsonParser;
import io.iamgate.model.ElementPath;
import io.iamgate.model.Finding;
import io.iamgate.model.PolicyDocument;
import io.iamgate.model.PolicyType;
import io.iamgate.model.PolicyUnit;
import io.iamgate.model.SourceMapping;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offline counterparts of Access Analyzer's custom policy checks. */
class OfflineCustomChecksTest {

    @TempDir
    java.nio.file.Path dir;

    @Test
    void accessNotGrantedFindsListedActionsThroughWildcardsAndNotAction() {
        CheckTester.of(new AccessNotGrantedCheck(List.of("iam:CreateUser", "s3:DeleteBucket"), List.of()))
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {"Effect": "Allow", "Action": "s3:Get*", "Resource": "*"},
                            «{"Effect": "Allow", "Action": "iam:Create*", "Resource": "*"}»,
                            «{"Effect": "Allow", "NotAction": "ec2:*", "Resource": "*"}»,
                            {"Effect": "Deny", "Action": "s3:DeleteBucket", "Resource": "*"}
                          ]
                        }""")
                .expectFindings();
    }

    @Test
    void accessNotGrantedWithResourcesNeedsBothToMatch() {
        AccessNotGrantedCheck check =
                new AccessNotGrantedCheck(List.of("s3:GetObject"), List.of("arn:aws:s3:::secrets/*"));
        CheckTester.of(check).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": "s3:GetObject",
                              "Resource": "arn:aws:s3:::public/*"
                            },
                            «{
                              "Effect": "Allow",
                              "Action": "s3:*",
                              "Resource": "arn:aws:s3:::*"
                            }»,
                            {"Effect": "Allow", "Action": "s3:PutObject", "Resource": "*"}
                          ]
                        }""").expectFindings();
    }

    @Test
    void noPublicAccessFlagsAnyoneUnlessAConditionRestrictsWho() {
        CheckTester.of(new NoPublicAccessCheck())
                .policyType(PolicyType.RESOURCE_POLICY)
                .resourceType("AWS::S3::Bucket")
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            «{
                              "Effect": "Allow",
                              "Principal": {"AWS": "*"},
                              "Action": "s3:GetObject",
                              "Resource": "arn:aws:s3:::b/*"
                            }»,
                            {
                              "Effect": "Allow",
                              "Principal": "*",
                              "Action": "s3:GetObject",
                              "Resource": "arn:aws:s3:::b/*",
                              "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-abc"}}
                            },
                            {
                              "Effect": "Allow",
                              "Principal": {"AWS": "arn:aws:iam::123456789012:root"},
                              "Action": "s3:*",
                              "Resource": "*"
                            },
                            «{
                              "Effect": "Allow",
                              "Principal": "*",
                              "Action": "s3:GetObject",
                              "Resource": "*",
                              "Condition": {"StringNotEquals": {"aws:PrincipalOrgID": "o-abc"}}
                            }»
                          ]
                        }""")
                .expectFindings();
    }

    @Test
    void noPublicAccessOnlyForResourceTypesTheApiChecks() {
        CheckTester.of(new NoPublicAccessCheck())
                .policyType(PolicyType.RESOURCE_POLICY)
                .resourceType(null)
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Principal": "*",
                              "Action": "s3:GetObject",
                              "Resource": "*"
                            }
                          ]
                        }""")
                .expectNoFindings();
    }

    static PolicyUnit unit(String file, String text) {
        return new PolicyUnit(
                file,
                "",
                PolicyType.IDENTITY_POLICY,
                null,
                PolicyDocument.of(new LocatedJsonParser().parse(text)),
                SourceMapping.IDENTITY,
                List.of());
    }

    static final String REFERENCE = """
            {
              "Version": "2012-10-17",
              "Statement": [
                {
                  "Effect": "Allow",
                  "Action": ["s3:Get*", "s3:List*"],
                  "Resource": "arn:aws:s3:::b/*"
                }
              ]
            }""";

    Analyzer analyzerWith(AwsSettings.CustomChecks checks) {
        RunConfig config = RunConfig.builder(dir)
                .aws(AwsSettings.DISABLED.withEnabled(false))
                .build();
        config = config.toBuilder()
                .aws(new AwsSettings(false, Optional.empty(), Optional.empty(), Optional.empty(), 5.0, true, checks))
                .build();
        return Iamgate.offlineAnalyzer(config);
    }

    @Test
    void noNewAccessComparesExpandedActionsAndResourcePatternsWithTheReference() throws Exception {
        Files.writeString(dir.resolve("ref.json"), REFERENCE);
        Analyzer analyzer = analyzerWith(new AwsSettings.CustomChecks(
                List.of(), List.of(), false, Optional.of(java.nio.file.Path.of("ref.json")), Optional.empty()));
        String narrower = """
                {
                  "Version": "2012-10-17",
                  "Statement": [
                    {
                      "Effect": "Allow",
                      "Action": "s3:GetObject",
                      "Resource": "arn:aws:s3:::b/reports/*"
                    }
                  ]
                }""";
        assertEquals(List.of(), newAccess(analyzer.analyze(unit("p.json", narrower))));
        String wider = """
                {
                  "Version": "2012-10-17",
                  "Statement": [
                    {
                      "Effect": "Allow",
                      "Action": "s3:GetObject",
                      "Resource": "arn:aws:s3:::b/*"
                    },
                    {
                      "Effect": "Allow",
                      "Action": "s3:Get*",
                      "Resource": "arn:aws:s3:::other/*"
                    },
                    {
                      "Effect": "Allow",
                      "Action": "s3:DeleteObject",
                      "Resource": "arn:aws:s3:::b/*"
                    }
                  ]
                }""";
        List<Finding> found = newAccess(analyzer.analyze(unit("p.json", wider)));
        assertEquals(
                List.of(
                        ElementPath.ROOT.value("Statement").index(1),
                        ElementPath.ROOT.value("Statement").index(2)),
                found.stream().map(Finding::primaryPath).toList());
        assertTrue(
                found.get(1).findingDetails().contains("s3:DeleteObject on arn:aws:s3:::b/*"),
                found.get(1).findingDetails());
    }

    @Test
    void noNewAccessHonoursConditionsAndDeny() throws Exception {
        Files.writeString(dir.resolve("ref.json"), """
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*",
                   "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-abc123"}}},
                  {"Effect": "Allow", "Action": "s3:PutObject", "Resource": "*"},
                  {"Effect": "Deny", "Action": "s3:PutObject", "Resource": "arn:aws:s3:::b/locked/*"}]}
                """);
        Analyzer analyzer = analyzerWith(new AwsSettings.CustomChecks(
                List.of(), List.of(), false, Optional.of(java.nio.file.Path.of("ref.json")), Optional.empty()));
        String sameConditionAndMore = """
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*",
                   "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-abc123"}, "Bool": {"aws:SecureTransport": "true"}}},
                  {"Effect": "Allow", "Action": "s3:PutObject", "Resource": "*"},
                  {"Effect": "Deny", "Action": "s3:*", "Resource": "arn:aws:s3:::b/locked/*"}]}
                """;
        assertEquals(List.of(), newAccess(analyzer.analyze(unit("p.json", sameConditionAndMore))));
        String conditionDroppedAndDenyGone = """
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"},
                  {"Effect": "Allow", "Action": "s3:PutObject", "Resource": "*"}]}
                """;
        List<Finding> found = newAccess(analyzer.analyze(unit("p.json", conditionDroppedAndDenyGone)));
        assertEquals(
                List.of(
                        ElementPath.ROOT.value("Statement").index(0),
                        ElementPath.ROOT.value("Statement").index(1)),
                found.stream().map(Finding::primaryPath).toList());
        assertTrue(
                found.get(1).findingDetails().contains("s3:PutObject on arn:aws:s3:::b/locked/* (no longer denied"),
                found.get(1).findingDetails());
    }

    @Test
    void baselineDirectoryComparesTheSameFileAndSkipsNewFiles() throws Exception {
        Files.createDirectories(dir.resolve("base/policies"));
        Files.writeString(dir.resolve("base/policies/app.json"), REFERENCE);
        Analyzer analyzer = analyzerWith(new AwsSettings.CustomChecks(
                List.of(), List.of(), false, Optional.empty(), Optional.of(java.nio.file.Path.of("base"))));
        String wider = """
                {
                  "Version": "2012-10-17",
                  "Statement": {
                    "Effect": "Allow",
                    "Action": "s3:*",
                    "Resource": "arn:aws:s3:::b/*"
                  }
                }""";
        assertEquals(
                1, newAccess(analyzer.analyze(unit("policies/app.json", wider))).size());
        assertEquals(
                0, newAccess(analyzer.analyze(unit("policies/new.json", wider))).size());
    }

    @Test
    void baselineDirectoryReferenceLinkedOutsideTheRootIsRefused(@TempDir java.nio.file.Path outside) throws Exception {
        Files.writeString(outside.resolve("secret.json"), REFERENCE);
        Files.createDirectories(dir.resolve("base/policies"));
        Files.createSymbolicLink(dir.resolve("base/policies/app.json"), outside.resolve("secret.json"));
        Analyzer analyzer = analyzerWith(new AwsSettings.CustomChecks(
                List.of(), List.of(), false, Optional.empty(), Optional.of(java.nio.file.Path.of("base"))));
        AnalyzerException e =
                assertThrows(AnalyzerException.class, () -> analyzer.analyze(unit("policies/app.json", REFERENCE)));
        assertTrue(
                e.getMessage().contains("leads outside the repository root through a symbolic link"), e.getMessage());
    }

    @Test
    void anUnreadableReferencePolicyMeansNotChecked() {
        Analyzer analyzer = analyzerWith(new AwsSettings.CustomChecks(
                List.of(), List.of(), false, Optional.of(java.nio.file.Path.of("missing.json")), Optional.empty()));
        AnalyzerException e = assertThrows(AnalyzerException.class, () -> analyzer.analyze(unit("p.json", REFERENCE)));
        assertTrue(e.getMessage().contains("cannot read the no-new-access reference policy"), e.getMessage());
    }

    private static List<Finding> newAccess(List<Finding> findings) {
        return findings.stream()
                .filter(f -> f.issueCode().equals(CustomCheckCodes.NEW_ACCESS))
                .toList();
    }
}
