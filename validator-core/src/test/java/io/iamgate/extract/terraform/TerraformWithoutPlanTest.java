package io.iamgate.extract.terraform;

import static io.iamgate.extract.terraform.TerraformReports.at;
import static io.iamgate.extract.terraform.TerraformReports.policy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.Iamgate;
import io.iamgate.config.RunConfig;
import io.iamgate.report.PolicyResult;
import io.iamgate.report.ReportedFinding;
import io.iamgate.report.RunReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** .tf files read directly, as a pre-commit hook or a pull request sees them: no plan. */
class TerraformWithoutPlanTest {

    @TempDir
    Path repo;

    private RunReport run(String mainTf) throws Exception {
        Files.writeString(repo.resolve("main.tf"), mainTf);
        return Iamgate.validate(RunConfig.builder(repo).paths(List.of(repo)).build());
    }

    @Test
    void aPolicyDocumentsFindingsLandOnTheElementOfItsStatementBlock() throws Exception {
        RunReport r = run("""
                data "aws_iam_policy_document" "read" {
                  statement {
                    sid    = "Read"
                    effect = "Allow"
                    actions = [
                      "s3:GetObject",
                      "s3:GetObjekt",
                    ]
                    resources = ["arn:aws:s3:::acme-data/*"]
                  }
                }

                resource "aws_iam_policy" "read" {
                  name   = "read"
                  policy = data.aws_iam_policy_document.read.json
                }
                """);
        PolicyResult p = policy(r, "data.aws_iam_policy_document.read.json");
        assertEquals("main.tf", p.unit().file());
        assertEquals(
                List.of("INVALID_ACTION@7:6"),
                at(p).stream().filter(s -> s.startsWith("INVALID_ACTION")).toList());
        // Used verbatim by the resource: reported once, at the data source, naming its user.
        assertEquals(1, r.policies().size(), r.policies().toString());
        assertTrue(
                p.unit().notes().get(0).contains("aws_iam_policy.read.policy"),
                p.unit().notes().toString());
    }

    @Test
    void jsonencodeFindingsLandOnTheirKeyAndHeredocFindingsOnTheirCharacter() throws Exception {
        RunReport r = run("""
                resource "aws_iam_role_policy" "a" {
                  role = "app"
                  policy = jsonencode({
                    Version = "2012-10-17"
                    Statement = [{
                      Effect   = "allow"
                      Action   = "s3:GetObject"
                      Resource = "*"
                    }]
                  })
                }

                resource "aws_iam_policy" "b" {
                  policy = <<-EOT
                    {
                      "Version": "2012-10-17",
                      "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resourse": "*"}]
                    }
                  EOT
                }
                """);
        assertTrue(
                at(policy(r, "aws_iam_role_policy.a.policy")).contains("INVALID_EFFECT@6:17"),
                at(policy(r, "aws_iam_role_policy.a.policy")).toString());
        // "Resourse" at column 66 of line 17 of the .tf file: the heredoc's own character.
        assertTrue(
                at(policy(r, "aws_iam_policy.b.policy")).contains("INVALID_POLICY_ELEMENT@17:66"),
                at(policy(r, "aws_iam_policy.b.policy")).toString());
    }

    @Test
    void literalVariableDefaultsAndLocalsAreResolved() throws Exception {
        RunReport r = run("""
                variable "bucket" {
                  default = "acme-data"
                }

                locals {
                  actions = ["s3:GetObject", "s3:GetObjekt"]
                }

                resource "aws_iam_policy" "p" {
                  policy = jsonencode({
                    Version   = "2012-10-17"
                    Statement = [{ Effect = "Allow", Action = local.actions, Resource = "arn:aws:s3:::${var.bucket}/*" }]
                  })
                }
                """);
        PolicyResult p = policy(r, "aws_iam_policy.p.policy");
        assertTrue(
                p.unit().document().text().contains("arn:aws:s3:::acme-data/*"),
                p.unit().document().text());
        assertEquals(
                List.of("INVALID_ACTION"),
                p.findings().stream().map(f -> f.finding().issueCode()).toList());
    }

    @Test
    void aValueKnownOnlyAtPlanTimeIsAPlaceholderThatGivesNoFindingButNotChecked() throws Exception {
        RunReport r = run("""
                resource "aws_sqs_queue_policy" "q" {
                  queue_url = aws_sqs_queue.q.id
                  policy = jsonencode({
                    Version = "2012-10-17"
                    Statement = [{
                      Effect    = "Allow"
                      Principal = { AWS = "arn:aws:iam::111122223333:root" }
                      Action    = "sqs:SendMessage"
                      Resource  = aws_sqs_queue.q.arn
                    }]
                  })
                }
                """);
        PolicyResult p = policy(r, "aws_sqs_queue_policy.q.policy");
        List<ReportedFinding> findings = p.findings();
        assertEquals(List.of("IAMGATE_NOT_CHECKED@9:18"), at(p));
        assertFalse(findings.get(0).blocking());
        assertTrue(findings.get(0).finding().findingDetails().contains("aws_sqs_queue.q.arn"));
    }

    @Test
    void aPolicyThatIsNotLiteralIsNotCheckedWithANote() throws Exception {
        RunReport r = run("""
                resource "aws_iam_policy" "p" {
                  policy = var.enabled ? file("a.json") : file("b.json")
                }
                """);
        PolicyResult p = policy(r, "aws_iam_policy.p.policy");
        assertTrue(p.unit().document().isUnknown());
        assertEquals(List.of("IAMGATE_NOT_CHECKED@2:2"), at(p));
        assertTrue(
                p.unit().notes().get(0).contains("is not a literal policy"),
                p.unit().notes().toString());
    }

    @Test
    void withAPlanBesideTheCodeThePlanIsCheckedAndTheCodeGivesNothingTwice() throws Exception {
        Path example = Path.of("..").toAbsolutePath().normalize().resolve("examples/terraform");
        Files.createDirectories(repo.resolve("modules/app"));
        for (String f : List.of("plan.json", "modules/app/main.tf")) {
            Files.copy(example.resolve(f), repo.resolve(f));
        }
        RunReport r = run(Files.readString(example.resolve("main.tf")));
        // The plan's seven policies, each once, placed on the .tf code.
        assertEquals(
                7,
                r.policies().size(),
                r.policies().stream().map(p -> p.unit().origin()).toList().toString());
        assertEquals(
                "modules/app/main.tf",
                policy(r, "module.app.aws_iam_role_policy.uploads.policy")
                        .unit()
                        .file());
    }

    /** terraform-aws-modules/terraform-aws-s3-bucket examples/notification (Apache-2.0; see the fixture README). */
    @Test
    void publicExampleServicePrincipalWithoutSourceConditionIsFoundAtItsPrincipalsBlock() throws Exception {
        RunReport r = run(Files.readString(Path.of("src/test/resources/terraform/s3-bucket-notification/main.tf")));
        PolicyResult p = policy(r, "data.aws_iam_policy_document.sqs_external.json");
        assertTrue(at(p).contains("RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL@96:21"), at(p).toString());
        assertTrue(p.findings().stream()
                .filter(f -> f.finding().issueCode().equals("IAMGATE_NOT_CHECKED"))
                .noneMatch(ReportedFinding::blocking));
        assertTrue(r.errors().isEmpty(), r.errors().toString());
    }

    @Test
    void anIgnoreCommentOnABlockSuppressesThatCodeForItsPoliciesOnly() throws Exception {
        RunReport r = run("""
                # Legacy role, rewritten in TICKET-12.
                # iamgate:ignore INVALID_EFFECT lower-case effect kept until the rewrite
                resource "aws_iam_role_policy" "legacy" {
                  role   = "legacy"
                  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "allow", Action = "s3:GetObject", Resource = "*" }] })
                }

                resource "aws_iam_role_policy" "other" { # iamgate:ignore INVALID_ACTION
                  role   = "other"
                  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "allow", Action = "s3:GetObject", Resource = "*" }] })
                }
                """);
        ReportedFinding legacy =
                policy(r, "aws_iam_role_policy.legacy.policy").findings().get(0);
        assertEquals("INVALID_EFFECT", legacy.finding().issueCode());
        assertFalse(legacy.blocking());
        assertEquals(
                "lower-case effect kept until the rewrite",
                legacy.suppression().orElseThrow().reason());
        PolicyResult other = policy(r, "aws_iam_role_policy.other.policy");
        assertTrue(other.findings().get(0).blocking());
        // A comment without a reason accepts nothing, and says so.
        assertTrue(
                other.unit().notes().stream()
                        .anyMatch(n -> n.contains("main.tf:8: iamgate:ignore INVALID_ACTION " + "has no reason")),
                other.unit().notes().toString());
    }

    @Test
    void aDynamicSourceConditionIsReadOnceSoItsServicePrincipalIsNotReportedAsUnrestricted() throws Exception {
        RunReport r = run("""
                data "aws_iam_policy_document" "logs" {
                  statement {
                    actions   = ["s3:PutObject"]
                    resources = ["arn:aws:s3:::acme-logs/*"]
                    principals {
                      type        = "Service"
                      identifiers = ["logging.s3.amazonaws.com"]
                    }
                    dynamic "condition" {
                      for_each = length(var.source_buckets) > 0 ? [true] : []
                      content {
                        test     = "ArnLike"
                        variable = "aws:SourceArn"
                        values   = var.source_buckets
                      }
                    }
                  }
                }
                """);
        PolicyResult p = policy(r, "data.aws_iam_policy_document.logs.json");
        assertTrue(at(p).contains("IAMGATE_NOT_CHECKED@14:8"), at(p).toString());
        assertTrue(
                at(p).stream().noneMatch(f -> f.startsWith("RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL")), at(p).toString());
        assertTrue(
                p.unit().notes().stream().anyMatch(n -> n.contains("dynamic \"condition\" at line 9")),
                p.unit().notes().toString());
    }
}
