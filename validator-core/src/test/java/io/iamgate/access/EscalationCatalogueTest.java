package io.iamgate.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.reference.IamReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EscalationCatalogueTest {

    /**
     * Every method of the built-in Rego table is in the catalogue with the same actions, in the same order.
     * The catalogue may list more: the Rego pack is moving to look its paths up from Java, and until then the
     * newer methods are reported per principal (escalationPaths, cross-policy) but not per document.
     */
    @Test
    void everyMethodOfTheBuiltinRegoTableIsInTheCatalogue() throws IOException {
        String rego = Files.readString(Path.of("..", "policies", "builtin", "privilege_escalation.rego"));
        Matcher m = Pattern.compile("\"issueCode\": \"([A-Z0-9_]+)\".*?\"actions\": \\[([^\\]]*)]", Pattern.DOTALL)
                .matcher(rego);
        List<String> regoMethods = new ArrayList<>();
        while (m.find()) {
            regoMethods.add(m.group(1) + " " + m.group(2).replace("\"", "").replace(" ", ""));
        }
        int written = rego.split("\"issueCode\": \"IAMGATE_", -1).length - 1;
        assertEquals(written, regoMethods.size(), "an entry of the Rego table was not read");
        Set<String> regoCodes =
                regoMethods.stream().map(s -> s.substring(0, s.indexOf(' '))).collect(Collectors.toSet());
        List<String> javaMethods = EscalationCatalogue.METHODS.stream()
                .filter(e -> regoCodes.contains(e.issueCode()))
                .map(e -> e.issueCode() + " " + String.join(",", e.actions()))
                .toList();
        assertEquals(regoMethods, javaMethods);
    }

    @Test
    void everyActionIsKnownToTheReference() {
        IamReference reference = IamReference.bundled();
        for (EscalationMethod method : EscalationCatalogue.METHODS) {
            for (String action : method.actions()) {
                assertTrue(reference.action(action).isPresent(), method.issueCode() + ": " + action);
            }
        }
    }

    @Test
    void passRolePathsNameTheServiceTheRoleIsPassedTo() {
        assertEquals(
                "lambda.amazonaws.com",
                method("IAMGATE_PRIVESC_PASS_ROLE_LAMBDA_INVOKE").passedToService());
        assertEquals(
                "ecs-tasks.amazonaws.com",
                method("IAMGATE_PRIVESC_PASS_ROLE_ECS_RUN_TASK_OVERRIDE").passedToService());
        assertEquals(
                "ssm.amazonaws.com",
                method("IAMGATE_PRIVESC_PASS_ROLE_SSM_AUTOMATION").passedToService());
        assertNull(method("IAMGATE_PRIVESC_CREATE_ACCESS_KEY").passedToService());
    }

    @Test
    void theFourArgumentMethodStillDerivesTheRoleTaker() {
        EscalationMethod m = new EscalationMethod("X", "X", List.of("iam:PassRole", "ecs:RunTask"), "run a task");
        assertEquals("ecs-tasks.amazonaws.com", m.passedToService());
        assertNull(new EscalationMethod("Y", "Y", List.of("iam:CreateAccessKey"), "key").passedToService());
    }

    @Test
    void everyMethodSaysWhereItIsDocumented() {
        for (EscalationMethod method : EscalationCatalogue.METHODS) {
            assertFalse(method.source().isBlank(), method.issueCode());
            assertFalse(method.how().isBlank(), method.issueCode());
        }
    }

    @Test
    void aPassRoleMethodWithoutItsServiceIsABuildError() {
        String broken = """
                {"resources": "all", "conditions": "limiting ones", "methods": [
                  {"issueCode": "IAMGATE_PRIVESC_X", "method": "X", "source": "s", "how": "h",
                   "actions": ["iam:PassRole", "lambda:CreateFunction"]}]}
                """;
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> EscalationCatalogue.parse(broken));
        assertTrue(e.getMessage().contains("IAMGATE_PRIVESC_X"), e.getMessage());
    }

    @Test
    void aDuplicateIssueCodeIsABuildError() {
        String broken = """
                {"resources": "all", "conditions": "limiting ones", "methods": [
                  {"issueCode": "IAMGATE_PRIVESC_X", "method": "X", "source": "s", "how": "h", "actions": ["a:B"]},
                  {"issueCode": "IAMGATE_PRIVESC_X", "method": "Y", "source": "s", "how": "h", "actions": ["a:C"]}]}
                """;
        assertThrows(IllegalStateException.class, () -> EscalationCatalogue.parse(broken));
    }

    static EscalationMethod method(String code) {
        return EscalationCatalogue.method(code).orElseThrow(() -> new AssertionError("no method " + code));
    }
}
