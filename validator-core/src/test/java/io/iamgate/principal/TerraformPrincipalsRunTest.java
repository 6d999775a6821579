package io.iamgate.principal;

import static io.iamgate.principal.TerraformPlanFixture.EC2_TRUST;
import static io.iamgate.principal.TerraformPlanFixture.json;
import static io.iamgate.principal.TerraformPlanFixture.plan;
import static io.iamgate.principal.TerraformPlanFixture.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** A plan in a whole run: its principals are reported, their findings located in the plan file and blocking. */
class TerraformPrincipalsRunTest {

    @TempDir
    Path repo;

    @Test
    void administratorRoleOfAPlanIsReportedAtItsResourceInThePlan() throws Exception {
        String plan = plan(resource(
                        "aws_iam_role.deploy",
                        "{\"name\":\"deploy\",\"path\":\"/\"," + "\"assume_role_policy\":" + json(EC2_TRUST) + "}")
                + ",\n"
                + resource(
                        "aws_iam_role_policy_attachment.admin",
                        "{\"role\":\"deploy\"," + "\"policy_arn\":\"arn:aws:iam::aws:policy/AdministratorAccess\"}"));
        Files.writeString(repo.resolve("plan.json"), plan);
        RunReport report =
                Iamgate.validate(RunConfig.builder(repo).paths(List.of(repo)).build());

        assertTrue(report.errors().isEmpty(), report.errors().toString());
        assertEquals(
                List.of("aws_iam_role.deploy"),
                report.principals().stream().map(Principal::name).toList());
        PolicyResult role = report.policies().stream()
                .filter(p -> p.unit().origin().equals("aws_iam_role.deploy"))
                .findFirst()
                .orElseThrow();
        ReportedFinding f = role.findings().get(0);
        assertEquals("IAMGATE_PRINCIPAL_ADMINISTRATOR", f.finding().issueCode());
        assertEquals("plan.json", role.unit().file());
        assertEquals(lineOf(plan, "\"address\":\"aws_iam_role.deploy\""), f.line());
        assertTrue(f.blocking());
    }

    private static int lineOf(String text, String needle) {
        return (int) text.substring(0, text.indexOf(needle))
                        .chars()
                        .filter(c -> c == '\n')
                        .count()
                + 1;
    }
}
