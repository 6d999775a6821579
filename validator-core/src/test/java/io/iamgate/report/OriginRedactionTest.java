package io.iamgate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.Iamgate;
import io.iamgate.config.RunConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The origin (a template's logical ID, a Terraform address) is named by the repository, so it is redacted too. */
class OriginRedactionTest {

    @TempDir
    Path dir;

    private RunReport template(String logicalId) throws Exception {
        Files.writeString(dir.resolve("app.template.json"), """
                {
                  "AWSTemplateFormatVersion": "2010-09-09",
                  "Resources": {
                    "%s": {
                      "Type": "AWS::IAM::ManagedPolicy",
                      "Properties": {
                        "PolicyDocument": {
                          "Version": "2012-10-17",
                          "Statement": [{"Effect": "allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}]
                        }
                      }
                    }
                  }
                }
                """.formatted(logicalId), StandardCharsets.UTF_8);
        RunReport report = Iamgate.validate(RunConfig.builder(dir).threads(1).build());
        assertEquals(1, report.policies().size(), report.toString());
        assertFalse(report.policies().get(0).findings().isEmpty(), "the policy has a finding to report");
        return report;
    }

    @Test
    void originIsRedacted() throws Exception {
        RunReport report = template("AKIAIOSFODNN7EXAMPLE");

        for (String format : Reporters.standard().formats()) {
            Path summary = dir.resolve(format + "-summary.md");
            String out = SampleReports.render(
                    Reporters.standard().forFormat(format).orElseThrow(),
                    report,
                    Map.of("GITHUB_STEP_SUMMARY", summary.toString()));
            String all = out + (Files.exists(summary) ? Files.readString(summary) : "");
            assertFalse(all.contains("AKIAIOSFODNN7EXAMPLE"), format + ": " + all);
            assertTrue(all.contains("Resources.[REDACTED]"), format + ": " + all);
        }
    }

    @Test
    void anOrdinaryOriginIsShownAsItIs() throws Exception {
        RunReport report = template("AppPolicy");

        for (String format : Reporters.standard().formats()) {
            String out =
                    SampleReports.render(Reporters.standard().forFormat(format).orElseThrow(), report, Map.of());
            assertTrue(out.contains("Resources.AppPolicy"), format + ": " + out);
        }
    }
}
