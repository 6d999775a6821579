package io.iamgate.report;

import io.iamgate.Iamgate;
import io.iamgate.config.FailOn;
import io.iamgate.config.RunConfig;
import io.iamgate.gate.Fingerprints;
import io.iamgate.load.InputError;
import io.iamgate.load.LocatedJsonParser;
import io.iamgate.load.Position;
import io.iamgate.model.ElementPath;
import io.iamgate.model.Finding;
import io.iamgate.model.FindingType;
import io.iamgate.model.Location;
import io.iamgate.model.PolicyDocument;
import io.iamgate.model.PolicyType;
import io.iamgate.model.PolicyUnit;
import io.iamgate.model.SourceMapping;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reports to render in the reporter tests: one from a real run of the pipeline over a small repository
 * (a clean policy, a bad one, a non-policy file named explicitly), and one assembled from findings of every
 * type on a real parsed policy (the offline checks do not yet produce every type).
 */
final class SampleReports {

    static final String CLEAN = """
            {
              "Version": "2012-10-17",
              "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}]
            }
            """;

    static final String BAD = """
            {
              "Version": "2012-10-17",
              "Statement": [
                {
                  "Effect": "allow",
                  "Action": "s3:GetObject",
                  "Resources": "*"
                }
              ]
            }
            """;

    private SampleReports() {}

    /** Writes clean.json, policies/bad policy.json and package.json under {@code dir}. */
    static void writeRepository(java.nio.file.Path dir) throws IOException {
        Files.createDirectories(dir.resolve("policies"));
        Files.writeString(dir.resolve("policies/clean.json"), CLEAN, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("policies/bad policy.json"), BAD, StandardCharsets.UTF_8);
        Files.writeString(
                dir.resolve("package.json"), "{\"name\": \"app\", \"version\": \"1.0.0\"}\n", StandardCharsets.UTF_8);
    }

    /** A real run over the repository: the policies directory plus package.json named explicitly (an error). */
    static RunReport pipeline(java.nio.file.Path dir, FailOn failOn) throws IOException {
        writeRepository(dir);
        RunConfig config = RunConfig.builder(dir)
                .paths(List.of(java.nio.file.Path.of("policies"), java.nio.file.Path.of("package.json")))
                .failOn(failOn)
                .threads(1)
                .build();
        return Iamgate.validate(config);
    }

    /** A policy with one finding of each type; ERROR and SECURITY_WARNING block. */
    static RunReport everyType() {
        String text = """
                {
                  "Version": "2012-10-17",
                  "Statement": [
                    {"Sid": "A", "Effect": "Allow", "Action": "iam:PassRole", "Resource": "*"},
                    {"Sid": "B", "Effect": "Allow", "Action": "s3:*", "Resource": "arn:aws:s3:::x|y,z:%"}
                  ]
                }
                """;
        PolicyDocument doc = PolicyDocument.of(new LocatedJsonParser().parse(text));
        PolicyUnit unit = new PolicyUnit(
                "infra/app.template.json",
                "Resources.App.Properties.PolicyDocument",
                PolicyType.IDENTITY_POLICY,
                null,
                doc,
                SourceMapping.IDENTITY,
                List.of());
        ElementPath stmt0 = ElementPath.ROOT.value("Statement").index(0);
        ElementPath stmt1 = ElementPath.ROOT.value("Statement").index(1);
        List<ReportedFinding> findings = new ArrayList<>();
        findings.add(reported(
                unit,
                finding(
                        FindingType.SUGGESTION,
                        "EMPTY_SID_VALUE",
                        "Suggestion text.",
                        location(doc, stmt0.value("Sid"), "\"A\""))));
        findings.add(reported(
                unit,
                finding(
                        FindingType.SECURITY_WARNING,
                        "PASS_ROLE_WITH_STAR_IN_RESOURCE",
                        "Using iam:PassRole with a wildcard (*) in the resource can be overly permissive.",
                        location(doc, stmt0.value("Resource"), "\"*\""))));
        findings.add(reported(
                unit,
                finding(
                        FindingType.WARNING,
                        "REDUNDANT_ACTION",
                        "Details with | pipe, `tick`, <b>html</b>, 50% and a\nnew line.",
                        location(doc, stmt1.value("Action"), "\"s3:*\""))));
        findings.add(reported(
                unit,
                finding(
                        FindingType.ERROR,
                        "INVALID_ARN_RESOURCE",
                        "Bad ARN: x|y,z:%",
                        location(doc, stmt1.value("Resource"), "\"arn:aws:s3:::x|y,z:%\""))));
        return new RunReport(
                new ToolInfo("iamgate", "1.2.3", "2026-01-01"),
                2,
                List.of(new PolicyResult(unit, findings)),
                List.of(new InputError("odd, name:1.json", "is binary")));
    }

    private static Finding finding(FindingType type, String code, String details, Location location) {
        return Finding.of(
                type,
                code,
                details,
                "https://docs.example.test/checks#" + code.toLowerCase(),
                "local",
                List.of(location));
    }

    private static ReportedFinding reported(PolicyUnit unit, Finding f) {
        Position at = unit.sourceMapping().filePosition(f.locations().get(0));
        boolean blocking = FailOn.DEFAULT.blocks(f.findingType());
        return new ReportedFinding(f, at.line(), at.column(), blocking, Fingerprints.of(unit, f));
    }

    private static Location location(PolicyDocument doc, ElementPath path, String needle) {
        int start = doc.text().indexOf(needle);
        if (start < 0) {
            throw new IllegalArgumentException(needle + " not in the policy");
        }
        return new Location(path, doc.lines().span(start, start + needle.length()));
    }

    static String render(Reporter reporter, RunReport report, Map<String, String> environment) throws IOException {
        StringWriter out = new StringWriter();
        reporter.write(report, new ReportContext(false, environment), out);
        return out.toString();
    }
}
