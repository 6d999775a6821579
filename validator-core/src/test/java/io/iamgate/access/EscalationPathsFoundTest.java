package io.iamgate.access;

import static io.iamgate.access.EffectivePermissionsTest.policy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.reference.IamReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Which catalogue methods a principal's policies give it: each method found, and its near misses not. */
class EscalationPathsFoundTest {

    private static final IamReference REFERENCE = IamReference.bundled();

    private static List<String> found(String... policies) {
        List<PolicyGrants> grants = new ArrayList<>();
        for (int i = 0; i < policies.length; i++) {
            grants.add(policy("p" + i, policies[i]));
        }
        return EffectivePermissions.of(REFERENCE, grants, Optional.empty()).escalationPaths(List.of()).stream()
                .map(p -> p.method().issueCode())
                .toList();
    }

    private static String allowOnEveryResource(List<String> actions) {
        String list = actions.stream().map(a -> "\"" + a + "\"").collect(Collectors.joining(", "));
        return """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": [%s], "Resource": "*"}]}
                """.formatted(list);
    }

    static Stream<EscalationMethod> methods() {
        return EscalationCatalogue.METHODS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("methods")
    void everyMethodIsFoundWhenItsActionsAreAllowedOnEveryResource(EscalationMethod m) {
        List<String> found = found(allowOnEveryResource(m.actions()));
        assertTrue(found.contains(m.issueCode()) || impliedBySmallerMethod(m, found), m.issueCode());
    }

    /** A method holding every action of a smaller method that was found is that path, not a second one. */
    private static boolean impliedBySmallerMethod(EscalationMethod m, List<String> found) {
        return EscalationCatalogue.METHODS.stream()
                .anyMatch(other -> found.contains(other.issueCode())
                        && other.actions().size() < m.actions().size()
                        && m.actions().containsAll(other.actions()));
    }

    /** One escalation, one path: RunTask with a role override needs no RegisterTaskDefinition beside it. */
    @Test
    void aMethodThatHoldsAnotherWhollyIsNotASecondPath() {
        List<String> withRegister = found("""
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Resource": "*",
                  "Action": ["iam:PassRole", "ecs:RegisterTaskDefinition", "ecs:RunTask"]}]}
                """);
        List<String> withoutRegister = found("""
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Resource": "*",
                  "Action": ["iam:PassRole", "ecs:RunTask"]}]}
                """);
        assertEquals(1, withoutRegister.size(), withoutRegister.toString());
        assertEquals(withoutRegister, withRegister);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("methods")
    void withoutAnyOneOfItsActionsTheMethodIsNotFound(EscalationMethod m) {
        for (String dropped : m.actions()) {
            List<String> rest =
                    m.actions().stream().filter(a -> !a.equals(dropped)).toList();
            if (rest.isEmpty()) {
                assertFalse(found(allowOnEveryResource(List.of("s3:GetObject"))).contains(m.issueCode()));
                continue;
            }
            assertFalse(
                    found(allowOnEveryResource(rest)).contains(m.issueCode()), m.issueCode() + " without " + dropped);
        }
    }

    static Stream<EscalationMethod> passRoleMethods() {
        return methods().filter(EscalationMethod::passesRole);
    }

    /** iam:PassedToService naming the service the method passes its role to keeps the path; another defuses it. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("passRoleMethods")
    void passedToServiceDefusesOnlyWhenItNamesAnotherService(EscalationMethod m) {
        String policy = """
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Action": [%s], "Resource": "*"},
                  {"Effect": "Allow", "Action": "iam:PassRole", "Resource": "*",
                   "Condition": {"StringEquals": {"iam:PassedToService": "%s"}}}]}
                """;
        String others = m.actions().stream()
                .filter(a -> !a.equals("iam:PassRole"))
                .map(a -> "\"" + a + "\"")
                .collect(Collectors.joining(", "));
        String elsewhere =
                m.passedToService().equals("lambda.amazonaws.com") ? "ecs-tasks.amazonaws.com" : "lambda.amazonaws.com";
        List<String> kept = found(policy.formatted(others, m.passedToService()));
        assertTrue(kept.contains(m.issueCode()) || impliedBySmallerMethod(m, kept), m.issueCode());
        assertFalse(found(policy.formatted(others, elsewhere)).contains(m.issueCode()), m.issueCode());
    }

    private static final String ECS_RUN_TASK_OVERRIDE = "IAMGATE_PRIVESC_PASS_ROLE_ECS_RUN_TASK_OVERRIDE";

    @Test
    void ecsRunTaskWithARoleOverrideNeedsNoTaskDefinitionOfItsOwn() {
        List<String> paths = found("""
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Action": ["iam:PassRole", "ecs:RunTask"], "Resource": "*"}]}
                """);
        assertTrue(paths.contains(ECS_RUN_TASK_OVERRIDE), paths.toString());
        assertFalse(paths.contains("IAMGATE_PRIVESC_PASS_ROLE_ECS_RUN_TASK"), "that one needs RegisterTaskDefinition");
    }

    @Test
    void ecsRunTaskOfOneTaskDefinitionFamilyIsNotEveryResource() {
        assertFalse(found("""
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Action": "iam:PassRole", "Resource": "*"},
                  {"Effect": "Allow", "Action": "ecs:RunTask",
                   "Resource": "arn:aws:ecs:eu-west-1:111122223333:task-definition/web:*"}]}
                """).contains(ECS_RUN_TASK_OVERRIDE));
    }

    @Test
    void glueInteractiveSessionIsDefusedByATagConditionButNotByARegion() {
        String session = """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                  "Action": ["iam:PassRole", "glue:CreateSession", "glue:RunStatement"], "Resource": "*",
                  "Condition": {"StringEquals": {"%s": "%s"}}}]}
                """;
        String code = "IAMGATE_PRIVESC_PASS_ROLE_GLUE_SESSION";
        assertTrue(found(session.formatted("aws:RequestedRegion", "eu-west-1")).contains(code));
        assertFalse(found(session.formatted("aws:ResourceTag/team", "data")).contains(code));
    }

    @Test
    void ssmSendCommandIsDefusedByAnUnconditionalDeny() {
        String allow = """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "ssm:*", "Resource": "*"}]}
                """;
        String code = "IAMGATE_PRIVESC_SSM_SEND_COMMAND";
        assertTrue(found(allow).contains(code));
        assertFalse(found(allow, """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Action": "ssm:SendCommand", "Resource": "*"}]}
                """).contains(code));
    }

    @Test
    void batchSubmitJobToOneQueueIsNotEveryResource() {
        String code = "IAMGATE_PRIVESC_BATCH_SUBMIT_JOB";
        assertTrue(found("""
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "batch:SubmitJob", "Resource": "*"}]}
                """).contains(code));
        assertFalse(found("""
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "batch:SubmitJob",
                  "Resource": ["arn:aws:batch:eu-west-1:111122223333:job-queue/nightly",
                               "arn:aws:batch:eu-west-1:111122223333:job-definition/report:*"]}]}
                """).contains(code));
    }

    /** A method without iam:PassRole, allowed on every resource, then on one resource only. */
    @ParameterizedTest(name = "{1}")
    @CsvSource({
        "IAMGATE_PRIVESC_SSM_START_SESSION, ssm:StartSession,"
                + " arn:aws:ec2:eu-west-1:111122223333:instance/i-0123456789abcdef0",
        "IAMGATE_PRIVESC_CODEBUILD_START_BUILD, codebuild:StartBuild,"
                + " arn:aws:codebuild:eu-west-1:111122223333:project/unit-tests",
        "IAMGATE_PRIVESC_APP_RUNNER_UPDATE_SERVICE, apprunner:UpdateService,"
                + " arn:aws:apprunner:eu-west-1:111122223333:service/web/0123456789abcdef",
        "IAMGATE_PRIVESC_BEDROCK_AGENT_RUNTIME_COMMAND, bedrock-agentcore:InvokeAgentRuntimeCommand,"
                + " arn:aws:bedrock-agentcore:eu-west-1:111122223333:runtime/support-agent",
        "IAMGATE_PRIVESC_CLOUDFORMATION_UPDATE_STACK, cloudformation:UpdateStack,"
                + " arn:aws:cloudformation:eu-west-1:111122223333:stack/web/*",
    })
    void onOneResourceThePathIsNotOnEveryResource(String code, String action, String arn) {
        String policy = """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "%s", "Resource": "%s"}]}
                """;
        assertTrue(found(policy.formatted(action, "*")).contains(code), code);
        assertFalse(found(policy.formatted(action, arn)).contains(code), code + " on " + arn);
    }

    @Test
    void cloudFormationUpdateStackIsDefusedByAPrincipalTagCondition() {
        String update = """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "cloudformation:UpdateStack",
                  "Resource": "*"%s}]}
                """;
        String code = "IAMGATE_PRIVESC_CLOUDFORMATION_UPDATE_STACK";
        assertTrue(found(update.formatted("")).contains(code));
        assertFalse(found(update.formatted(
                        ", \"Condition\": {\"StringEquals\": {\"aws:PrincipalTag/role\": \"deployer\"}}"))
                .contains(code));
    }

    @Test
    void ec2PathsOfTheRegoTableAreInTheCatalogueToo() {
        List<String> paths = found("""
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                  "Action": ["iam:PassRole", "ec2:RunInstances"], "Resource": "*"}]}
                """);
        assertTrue(paths.contains("IAMGATE_PRIVESC_PASS_ROLE_EC2_RUN_INSTANCES"), paths.toString());
    }

    @Test
    void aReadOnlyPolicyHasNoPath() {
        assertTrue(found("""
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                  "Action": ["ecs:Describe*", "ecs:List*", "ssm:GetParameter", "batch:Describe*"], "Resource": "*"}]}
                """).isEmpty());
    }
}
