package io.iamgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code iamgate principals} and the JSON report's principals section, on examples/principals. */
class PrincipalsCommandTest {

    private static final String RISKY = Path.of("..", "examples", "principals", "risky")
            .toAbsolutePath()
            .normalize()
            .toString();

    @Test
    void principalsCommandPrintsEffectivePermissionsAndExitsZero() {
        CliRunner r = CliRunner.run("principals", RISKY);
        assertEquals(0, r.exitCode(), r.out() + r.err());
        assertTrue(r.out().contains(":11: role DeployRole"), r.out());
        assertTrue(r.out().contains("administrator-equivalent: yes"), r.out());
        assertTrue(
                r.out()
                        .contains("AdministratorAccess (AWS managed, arn:aws:iam::aws:policy/AdministratorAccess,"
                                + " line 28)"),
                r.out());
        assertTrue(r.out().contains("escalation: PassExistingRoleToNewLambdaThenInvoke"), r.out());
        assertTrue(r.out().contains("iamgate: 2 principal(s)"), r.out());
    }

    @Test
    void jsonReportListsPrincipalsWithTheirPoliciesTrustAndPaths() throws Exception {
        CliRunner r = CliRunner.run("validate", "--format", "json", RISKY);
        assertEquals(1, r.exitCode(), r.err());
        JsonNode principals = new ObjectMapper().readTree(r.out()).get("principals");
        assertEquals(2, principals.size());
        JsonNode deploy = principals.get(0);
        assertEquals("DeployRole", deploy.get("name").asText());
        assertEquals("ROLE", deploy.get("kind").asText());
        assertEquals(11, deploy.get("line").asInt());
        assertTrue(deploy.get("adminEquivalent").asBoolean());
        assertTrue(deploy.get("trust").get("anyGithubRepository").asBoolean());
        assertEquals("AWS_MANAGED", deploy.get("policies").get(0).get("kind").asText());
        assertTrue(deploy.get("boundary").isNull());
        JsonNode builder = principals.get(1);
        assertFalse(builder.get("adminEquivalent").asBoolean());
        assertEquals(
                "pass-deploy-role",
                builder.get("escalationPaths").get(0).get("policies").get(0).asText());
        assertEquals(0, builder.get("unknownLinks").size());
    }
}
