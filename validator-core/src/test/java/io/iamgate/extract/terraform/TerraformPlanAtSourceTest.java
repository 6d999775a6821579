package io.iamgate.extract.terraform;

import static io.iamgate.extract.terraform.TerraformReports.at;
import static io.iamgate.extract.terraform.TerraformReports.policy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.Iamgate;
import io.iamgate.config.RunConfig;
import io.iamgate.report.PolicyResult;
import io.iamgate.report.RunReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plan's findings land on the .tf lines that wrote each policy. */
class TerraformPlanAtSourceTest {

    @TempDir
    Path repo;

    private static final Path EXAMPLE =
            Path.of("..").toAbsolutePath().normalize().resolve("examples/terraform");

    /** A role whose trust policy says "allow", and a policy document whose actions the provider sorted. */
    private static final String MAIN_TF = """
            resource "aws_iam_role" "app" {
              name = "app"
              assume_role_policy = jsonencode({
                Version = "2012-10-17"
                Statement = [{
                  Effect    = "allow"
                  Action    = "sts:AssumeRole"
                  Principal = { Service = "ec2.amazonaws.com" }
                }]
              })
            }

            data "aws_iam_policy_document" "write" {
              statement {
                actions = [
                  "s3:PutObject",
                  "s3:GetObjekt",
                ]
                resources = ["arn:aws:s3:::acme-data/*"]
              }
            }

            resource "aws_iam_role_policy" "write" {
              role   = aws_iam_role.app.id
              policy = data.aws_iam_policy_document.write.json
            }
            """;

    private static final String PLAN = """
            {"format_version":"1.2","terraform_version":"1.9.5","planned_values":{"root_module":{"resources":[
            {"address":"aws_iam_role.app","mode":"managed","type":"aws_iam_role","name":"app","values":{"name":"app",
            "assume_role_policy":"{\\"Statement\\":[{\\"Action\\":\\"sts:AssumeRole\\",\\"Effect\\":\\"allow\\",\\"Principal\\":{\\"Service\\":\\"ec2.amazonaws.com\\"}}],\\"Version\\":\\"2012-10-17\\"}"}},
            {"address":"aws_iam_role_policy.write","mode":"managed","type":"aws_iam_role_policy","name":"write",
            "values":{"role":"app","policy":"{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[{\\"Effect\\":\\"Allow\\",\\"Action\\":[\\"s3:GetObjekt\\",\\"s3:PutObject\\"],\\"Resource\\":\\"arn:aws:s3:::acme-data/*\\"}]}"}}
            ]}},
            "prior_state":{"values":{"root_module":{"resources":[
            {"address":"data.aws_iam_policy_document.write","mode":"data","type":"aws_iam_policy_document","name":"write",
            "values":{"json":"{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[{\\"Effect\\":\\"Allow\\",\\"Action\\":[\\"s3:GetObjekt\\",\\"s3:PutObject\\"],\\"Resource\\":\\"arn:aws:s3:::acme-data/*\\"}]}"}}
            ]}}}}
            """;

    private RunReport run(Optional<Path> source, Path... paths) throws Exception {
        return Iamgate.validate(RunConfig.builder(repo)
                .paths(List.of(paths))
                .terraformSource(source)
                .build());
    }

    @Test
    void aTrustPolicysFindingLandsOnItsAttributeInTheTfFileWithOrWithoutThePlan() throws Exception {
        Files.writeString(repo.resolve("main.tf"), MAIN_TF);
        RunReport withoutPlan = run(Optional.empty(), repo);
        Files.writeString(repo.resolve("plan.json"), PLAN);
        RunReport withPlan = run(Optional.empty(), repo.resolve("plan.json"));

        for (RunReport r : List.of(withoutPlan, withPlan)) {
            PolicyResult trust = r.policies().stream()
                    .filter(p -> p.unit().origin().endsWith("assume_role_policy"))
                    .findFirst()
                    .orElseThrow();
            assertEquals("main.tf", trust.unit().file());
            assertTrue(at(trust).contains("INVALID_EFFECT@6:18"), at(trust).toString());
        }
    }

    @Test
    void aDocumentsActionIsFoundByItsValueThoughTheProviderSortedThem() throws Exception {
        Files.writeString(repo.resolve("main.tf"), MAIN_TF);
        Files.writeString(repo.resolve("plan.json"), PLAN);
        RunReport r = run(Optional.empty(), repo.resolve("plan.json"));
        PolicyResult doc = policy(r, "data.aws_iam_policy_document.write.json");
        assertEquals("main.tf", doc.unit().file());
        // "s3:GetObjekt" is Action[0] in the plan, written second, at line 17.
        assertTrue(at(doc).contains("INVALID_ACTION@17:6"), at(doc).toString());
    }

    @Test
    void theSourceDirectoryIsTheInvokersChoiceAndWithoutCodeFindingsStayOnThePlan() throws Exception {
        Files.createDirectories(repo.resolve("plans"));
        Files.createDirectories(repo.resolve("infra"));
        Files.writeString(repo.resolve("plans/plan.json"), PLAN);
        Files.writeString(repo.resolve("infra/main.tf"), MAIN_TF);

        PolicyResult stays =
                policy(run(Optional.empty(), repo.resolve("plans")), "aws_iam_role.app.assume_role_policy");
        assertEquals("plans/plan.json", stays.unit().file());

        PolicyResult placed = policy(
                run(Optional.of(Path.of("infra")), repo.resolve("plans")), "aws_iam_role.app.assume_role_policy");
        assertEquals("infra/main.tf", placed.unit().file());
        assertTrue(at(placed).contains("INVALID_EFFECT@6:18"), at(placed).toString());
    }

    @Test
    void theExamplesChildModuleIsFollowedThroughThePlansConfiguration() throws Exception {
        Files.createDirectories(repo.resolve("modules/app"));
        for (String f : List.of("plan.json", "main.tf", "modules/app/main.tf")) {
            Files.copy(EXAMPLE.resolve(f), repo.resolve(f));
        }
        RunReport r = run(Optional.empty(), repo);
        assertEquals(
                List.of("INVALID_EFFECT@26:19"), at(policy(r, "module.app.aws_iam_role.this.inline_policy[0].policy")));
        assertEquals(
                List.of("MISSING_RESOURCE@43:17", "INVALID_POLICY_ELEMENT@47:6"),
                at(policy(r, "module.app.aws_iam_role_policy.uploads.policy")));
        assertEquals(
                "modules/app/main.tf",
                policy(r, "module.app.aws_iam_role.this.assume_role_policy")
                        .unit()
                        .file());
        assertEquals(
                "main.tf",
                policy(r, "data.aws_iam_policy_document.bucket.json").unit().file());
        assertTrue(r.errors().isEmpty(), r.errors().toString());
    }

    @Test
    void anIgnoreCommentOnTheTfBlockSuppressesThePlansFindingThere() throws Exception {
        Files.writeString(repo.resolve("main.tf"), "# iamgate:ignore INVALID_EFFECT migrating this role\n" + MAIN_TF);
        Files.writeString(repo.resolve("plan.json"), PLAN);
        PolicyResult trust =
                policy(run(Optional.empty(), repo.resolve("plan.json")), "aws_iam_role.app.assume_role_policy");
        assertEquals("main.tf", trust.unit().file());
        assertEquals(
                "migrating this role",
                trust.findings().stream()
                        .filter(f -> f.finding().issueCode().equals("INVALID_EFFECT"))
                        .findFirst()
                        .orElseThrow()
                        .suppression()
                        .orElseThrow()
                        .reason());
    }
}
