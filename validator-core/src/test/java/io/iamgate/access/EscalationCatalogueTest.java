package io.iamgate.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.reference.IamReference;
import java.util.List;
import org.junit.jupiter.api.Test;

class EscalationCatalogueTest {

    @Test
    void aMethodIncludesASmallerMethodWhoseActionsItHas() {
        EscalationMethod override = method("IAMGATE_PRIVESC_PASS_ROLE_ECS_RUN_TASK_OVERRIDE");
        EscalationMethod register = method("IAMGATE_PRIVESC_PASS_ROLE_ECS_RUN_TASK");
        assertTrue(register.includes(override));
        assertFalse(override.includes(register));
        assertFalse(override.includes(override));
        assertFalse(register.includes(method("IAMGATE_PRIVESC_PASS_ROLE_ECS_START_TASK_OVERRIDE")));
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
