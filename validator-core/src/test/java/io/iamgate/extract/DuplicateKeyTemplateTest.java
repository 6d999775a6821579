package io.iamgate.extract;

import static io.iamgate.extract.HostileRepository.findings;
import static io.iamgate.extract.HostileRepository.policies;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.report.ReportedFinding;
import io.iamgate.report.RunReport;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A template with a duplicate key is read as CloudFormation reads it: the last value wins, and a finding says so. */
class DuplicateKeyTemplateTest {

    @TempDir
    Path dir;

    private static final String JSON_TEMPLATE = """
            {"Resources": {
              "P": {"Type": "AWS::IAM::ManagedPolicy", "Properties": {"PolicyDocument": {"Version": "2012-10-17",
                "Statement": [{"Effect": "Allow",
                  "Action": "s3:GetObject",
                  "Resource": "*",
                  "Effect": "Alow"}]}}}}}
            """;

    @Test
    void duplicateKeyTemplateWithoutVersionIsValidatedLastKeyWins() throws Exception {
        RunReport report =
                new HostileRepository(dir).file("stack.json", JSON_TEMPLATE).run();
        assertEquals(List.of("stack.json Resources.P.Properties.PolicyDocument"), policies(report));
        assertTrue(report.policies().get(0).unit().document().text().contains("\"Effect\": \"Alow\""));
        assertEquals(
                List.of("IAMGATE_DUPLICATE_KEY WARNING ", "INVALID_EFFECT ERROR Statement[0].Effect blocking"),
                findings(report));
        ReportedFinding duplicate = report.policies().get(0).findings().get(0);
        assertEquals(6, duplicate.line(), "placed at the kept key");
        assertTrue(
                duplicate.finding().findingDetails().contains("\"Effect\" on lines 3 and 6"),
                duplicate.finding().findingDetails());
        assertEquals(1, report.exitCode());
    }

    @Test
    void templateWithoutDuplicatesHasNoDuplicateFinding() throws Exception {
        RunReport report = new HostileRepository(dir)
                .file("stack.json", JSON_TEMPLATE.replace(",\n      \"Effect\": \"Alow\"", ""))
                .run();
        assertEquals(List.of(), findings(report));
        assertEquals(0, report.exitCode());
    }

    @Test
    void duplicateYamlKeyFollowsCloudFormationToo() throws Exception {
        RunReport report = new HostileRepository(dir).file("stack.yaml", """
                Resources:
                  P:
                    Type: AWS::IAM::ManagedPolicy
                    Properties:
                      PolicyDocument:
                        Version: '2012-10-17'
                        Statement:
                          - Effect: Allow
                            Action: s3:GetObject
                            Action: '*'
                            Resource: '*'
                """).run();
        String text = report.policies().get(0).unit().document().text();
        assertTrue(text.contains("\"Action\": \"*\""), text);
        assertEquals(
                "IAMGATE_DUPLICATE_KEY",
                report.policies().get(0).findings().get(0).finding().issueCode());
        assertEquals(10, report.policies().get(0).findings().get(0).line());
    }

    @Test
    void rawPolicyWithDuplicateKeyIsStillASyntaxError() throws Exception {
        RunReport report = new HostileRepository(dir)
                .file("policy.json", "{\"Version\": \"2012-10-17\", \"Statement\": [], \"Statement\": []}")
                .run();
        assertEquals(List.of("policy.json "), policies(report));
        assertEquals(
                true, report.policies().get(0).unit().document().syntaxError().isPresent());
    }
}
