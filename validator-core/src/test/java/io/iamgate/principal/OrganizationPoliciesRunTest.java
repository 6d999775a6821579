package io.iamgate.principal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iamgate.Iamgate;
import io.iamgate.analyze.principals.AdministratorEquivalentPrincipalCheck;
import io.iamgate.config.RunConfig;
import io.iamgate.config.TypeOverride;
import io.iamgate.extract.Extraction;
import io.iamgate.extract.cloudformation.CloudFormationStack;
import io.iamgate.extract.cloudformation.IntrinsicResolver;
import io.iamgate.extract.cloudformation.StackEnvironment;
import io.iamgate.model.PolicyType;
import io.iamgate.model.PolicyUnit;
import io.iamgate.reference.IamReference;
import io.iamgate.reference.ManagedPolicies;
import io.iamgate.report.JsonReporter;
import io.iamgate.report.ReportContext;
import io.iamgate.report.RunReport;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SCPs and RCPs are listed with the model; an SCP is applied only where the repository says which account it
 * targets and a template is known to deploy to that account (a CDK environment). Applied, its Deny statements
 * take power away: a role with AdministratorAccess under an SCP that denies iam:* is no longer an administrator.
 */
class OrganizationPoliciesRunTest {

    private static final String SCP = """
            {
              "AWSTemplateFormatVersion": "2010-09-09",
              "Resources": {
                "DenyIam": {
                  "Type": "AWS::Organizations::Policy",
                  "Properties": {
                    "Name": "deny-iam",
                    "Type": "SERVICE_CONTROL_POLICY",
                    "TargetIds": ["%s"],
                    "Content": {"Version": "2012-10-17",
                      "Statement": [{"Effect": "Deny", "Action": "iam:*", "Resource": "*"}]}
                  }
                }
              }
            }
            """;

    private static final String APP = """
            {
              "AWSTemplateFormatVersion": "2010-09-09",
              "Resources": {
                "Ops": {
                  "Type": "AWS::IAM::Role",
                  "Properties": {
                    "AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                      "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]},
                    "ManagedPolicyArns": ["arn:aws:iam::aws:policy/AdministratorAccess"]
                  }
                }
              }
            }
            """;

    @TempDir
    Path repo;

    /**
     * The organization template deploys from the management account, the app template to {@code appAccount}, as a
     * CDK environment says (the stage gets both stacks resolved against their known accounts).
     */
    private PrincipalModel model(String target, String appAccount) throws Exception {
        Extraction org = known(PrincipalFixture.extract(repo, "org.json", SCP.formatted(target)), "999988887777");
        Extraction app = known(PrincipalFixture.extract(repo, "app.json", APP), appAccount);
        List<PolicyUnit> units = new ArrayList<>(org.units());
        units.addAll(app.units());
        return new PrincipalModelBuilder(IamReference.bundled(), ManagedPolicies.bundled())
                .build(List.of(org.stacks().get(0), app.stacks().get(0)), units);
    }

    private static Extraction known(Extraction e, String account) {
        CloudFormationStack s = e.stacks().get(0);
        StackEnvironment env = new StackEnvironment(account, "eu-west-1", "aws", "Stack", Map.of(), Map.of(), Map.of());
        return new Extraction(
                e.units(),
                List.of(new CloudFormationStack(
                        s.file(), s.parsed(), s.template(), new IntrinsicResolver(s.template(), env))));
    }

    private static List<String> principalCodes(RunReport report) {
        return report.policies().stream()
                .filter(p -> p.unit().origin().equals("Resources.Ops"))
                .flatMap(p -> p.findings().stream())
                .map(f -> f.finding().issueCode())
                .toList();
    }

    @Test
    void scpTargetingTheAccountOfTheRoleTakesAwayIamAndTheRoleIsNoLongerAnAdministrator() throws Exception {
        PrincipalModel model = model("111122223333", "111122223333");
        OrganizationPolicy scp = model.organizationPolicies().get(0);
        assertEquals("DenyIam", scp.name());
        assertEquals(List.of("111122223333"), scp.appliedToAccounts());
        assertTrue(scp.note().startsWith("applied to the principals of account 111122223333"), scp.note());
        Principal ops = PrincipalFixture.principal(model, "Ops");
        assertFalse(ops.administratorEquivalent());
        assertFalse(ops.permissions().allows("iam:CreateUser", "*"));
        assertTrue(ops.permissions().allows("s3:GetObject", "*"), "the SCP denies only IAM");
        assertFalse(new AdministratorEquivalentPrincipalCheck().check(ops).isPresent());
    }

    @Test
    void scpTargetingAnotherAccountIsListedNotAppliedAndTheRoleStaysAnAdministrator() throws Exception {
        PrincipalModel model = model("444455556666", "111122223333");
        OrganizationPolicy scp = model.organizationPolicies().get(0);
        assertEquals(List.of("444455556666"), scp.targets());
        assertFalse(scp.applied());
        assertTrue(
                scp.note().startsWith("not applied: no template of the run is known to deploy to 444455556666"),
                scp.note());
        Principal ops = PrincipalFixture.principal(model, "Ops");
        assertTrue(ops.administratorEquivalent());
        assertTrue(new AdministratorEquivalentPrincipalCheck().check(ops).isPresent());
    }

    @Test
    void scpWhoseTargetIsAnAccountIdComputedAtDeploymentIsNotApplied() throws Exception {
        PrincipalModel model = model("111122223333", "111122223333");
        Extraction org = known(
                PrincipalFixture.extract(repo, "org.json", SCP.replace("[\"%s\"]", "[{\"Ref\": \"AWS::AccountId\"}]")),
                "111122223333");
        Extraction app = known(PrincipalFixture.extract(repo, "app.json", APP), "111122223333");
        List<PolicyUnit> units = new ArrayList<>(org.units());
        units.addAll(app.units());
        PrincipalModel computed = new PrincipalModelBuilder(IamReference.bundled(), ManagedPolicies.bundled())
                .build(List.of(org.stacks().get(0), app.stacks().get(0)), units);
        assertTrue(model.organizationPolicies().get(0).applied(), "the literal twin is applied");
        assertFalse(computed.organizationPolicies().get(0).applied());
        assertTrue(PrincipalFixture.principal(computed, "Ops").administratorEquivalent());
    }

    @Test
    void plainTemplateAccountIsUnknownSoItsScpIsNotApplied() throws Exception {
        Files.writeString(repo.resolve("org.json"), SCP.formatted("123456789012"));
        Files.writeString(repo.resolve("app.json"), APP);
        RunReport report =
                Iamgate.validate(RunConfig.builder(repo).paths(List.of(repo)).build());
        OrganizationPolicy scp = report.organizationPolicies().get(0);
        assertFalse(scp.applied(), "the placeholder account of a plain template is not a known account");
        assertTrue(
                principalCodes(report).contains("IAMGATE_PRINCIPAL_ADMINISTRATOR"),
                principalCodes(report).toString());
    }

    @Test
    void scpFileChosenByPolicyTypeIsListedWithTargetsUnknownInTheJsonReport() throws Exception {
        Files.createDirectories(repo.resolve("scps"));
        Files.writeString(repo.resolve("scps/deny-regions.json"), """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "NotAction": "iam:*", "Resource": "*",
                  "Condition": {"StringNotEquals": {"aws:RequestedRegion": "eu-west-1"}}}]}
                """);
        RunReport report = Iamgate.validate(RunConfig.builder(repo)
                .paths(List.of(repo))
                .typeOverrides(
                        List.of(new TypeOverride("scps/**", PolicyType.SERVICE_CONTROL_POLICY, Optional.empty())))
                .build());
        OrganizationPolicy scp = report.organizationPolicies().get(0);
        assertEquals("scps/deny-regions.json", scp.file());
        assertEquals(PolicyType.SERVICE_CONTROL_POLICY, scp.type());
        assertEquals(List.of(), scp.targets());
        assertTrue(scp.note().startsWith("not applied: targets unknown"), scp.note());
        StringWriter json = new StringWriter();
        new JsonReporter().write(report, ReportContext.plain(), json);
        JsonNode listed = new ObjectMapper()
                .readTree(json.toString())
                .get("organizationPolicies")
                .get(0);
        assertEquals("scps/deny-regions.json", listed.get("file").asText());
        assertEquals("SERVICE_CONTROL_POLICY", listed.get("policyType").asText());
        assertEquals(0, listed.get("targets").size());
        assertFalse(listed.get("applied").asBoolean());
        assertEquals(scp.note(), listed.get("note").asText());
    }
}
