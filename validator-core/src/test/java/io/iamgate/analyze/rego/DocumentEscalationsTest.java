package io.iamgate.analyze.rego;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.iamgate.access.EscalationCatalogue;
import io.iamgate.access.EscalationMethod;
import io.iamgate.reference.IamReference;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which escalation methods one identity policy holds by itself (facts.escalations, DocumentEscalations through
 * PackFacts), each with its safe near miss.
 */
class DocumentEscalationsTest {

    private static final PackFacts FACTS =
            new PackFacts(IamReference.bundled(), List.of("IAMGATE_DATA_EXFILTRATION s3:GetObject", "X iam:PassRole"));

    /** "CODE at path" per method found, in catalogue order. */
    private static List<String> found(String policy) {
        List<String> out = new ArrayList<>();
        for (JsonNode e : FACTS.of(RegoUnits.identity(policy)).get("escalations")) {
            out.add(e.get("method").get("issueCode").asText() + " at " + RegoUnits.pathText(e.get("path")));
        }
        return out;
    }

    static Stream<EscalationMethod> methods() {
        return EscalationCatalogue.METHODS.stream();
    }

    /**
     * Every catalogue method (68, not only the 46 the Rego table had) is found at document level from exactly its
     * actions, or else a smaller method that its actions include is (one escalation, one finding).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("methods")
    void everyMethodIsFoundFromExactlyItsActions(EscalationMethod m) {
        String actions = m.actions().stream().map(a -> "\"" + a + "\"").collect(Collectors.joining(", "));
        List<String> codes = found("""
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": [%s], "Resource": "*"}]}""".formatted(actions)).stream()
                .map(s -> s.substring(0, s.indexOf(' ')))
                .toList();
        boolean implied =
                EscalationCatalogue.METHODS.stream().anyMatch(o -> m.includes(o) && codes.contains(o.issueCode()));
        assertTrue(codes.contains(m.issueCode()) || implied, m.issueCode() + ": " + codes);
        // Near miss: without its last action the method is not held.
        String fewer = m.actions().subList(0, m.actions().size() - 1).stream()
                .map(a -> "\"" + a + "\"")
                .collect(Collectors.joining(", "));
        if (!fewer.isEmpty()) {
            List<String> without = found("""
                    {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": [%s], "Resource": "*"}]}""".formatted(fewer));
            assertTrue(without.stream().noneMatch(s -> s.startsWith(m.issueCode() + " ")), m.issueCode());
        }
    }

    @Test
    void aPathInOneStatementPointsAtItsFirstAction() {
        assertEquals(List.of("IAMGATE_PRIVESC_PASS_ROLE_EC2_RUN_INSTANCES at Statement[0].Action[1]"), found("""
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Action": ["s3:ListBucket", "iam:PassRole", "ec2:RunInstances"], "Resource": "*"}]}"""));
    }

    @Test
    void aPathAcrossTwoStatements() {
        assertEquals(List.of("IAMGATE_PRIVESC_PASS_ROLE_LAMBDA_INVOKE at Statement[1].Action"), found("""
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Action": ["lambda:CreateFunction", "lambda:InvokeFunction"], "Resource": "*"},
                  {"Effect": "Allow", "Action": "iam:PassRole", "Resource": "*"}]}"""));
    }

    /** Near miss: one action only on some resources. */
    @Test
    void anActionOnSomeResourcesOnlyMakesNoPath() {
        assertEquals(List.of(), found("""
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Action": ["lambda:CreateFunction", "lambda:InvokeFunction"], "Resource": "*"},
                  {"Effect": "Allow", "Action": "iam:PassRole", "Resource": "arn:aws:iam::111122223333:role/app-*"}]}"""));
    }

    /** iam:PassedToService naming the very service the path launches does not stop it. */
    @Test
    void passRoleToThePathsOwnServiceStillEscalates() {
        assertEquals(List.of("IAMGATE_PRIVESC_PASS_ROLE_LAMBDA_INVOKE at Statement[1].Action"), found("""
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Action": ["lambda:CreateFunction", "lambda:InvokeFunction"], "Resource": "*"},
                  {"Effect": "Allow", "Action": "iam:PassRole", "Resource": "*",
                   "Condition": {"StringEquals": {"iam:PassedToService": "lambda.amazonaws.com"}}}]}"""));
    }

    /** Near miss: the role may be passed only to another service than the one the path launches. */
    @Test
    void passRoleToAnotherServiceDoesNotEscalate() {
        assertEquals(List.of(), found("""
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Action": ["lambda:CreateFunction", "lambda:InvokeFunction"], "Resource": "*"},
                  {"Effect": "Allow", "Action": "iam:PassRole", "Resource": "*",
                   "Condition": {"StringEquals": {"iam:PassedToService": "ec2.amazonaws.com"}}}]}"""));
    }

    /** ECS takes its task role through ecs-tasks.amazonaws.com; the smaller RunTask override path is the one. */
    @Test
    void ecsTasksTakeTheRoleAndTheSmallerMethodIsReported() {
        assertEquals(List.of("IAMGATE_PRIVESC_PASS_ROLE_ECS_RUN_TASK_OVERRIDE at Statement[1].Action"), found("""
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Action": ["ecs:RegisterTaskDefinition", "ecs:RunTask"], "Resource": "*"},
                  {"Effect": "Allow", "Action": "iam:PassRole", "Resource": "*",
                   "Condition": {"StringLike": {"iam:PassedToService": "ecs-tasks.amazonaws.com"}}}]}"""));
    }

    /** A Region condition says where, not who: it does not defuse. A principal-limiting key does. */
    @Test
    void aRegionConditionDoesNotDefuseButAPrincipalTagDoes() {
        assertEquals(List.of("IAMGATE_PRIVESC_CREATE_ACCESS_KEY at Statement.Action"), found("""
                {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "iam:CreateAccessKey", "Resource": "*",
                   "Condition": {"StringEquals": {"aws:RequestedRegion": "eu-west-1"}}}}"""));
        assertEquals(List.of(), found("""
                {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "iam:CreateAccessKey", "Resource": "*",
                   "Condition": {"StringEquals": {"aws:ResourceTag/team": "${aws:PrincipalTag/team}"}}}}"""));
    }

    /** An unconditional Deny takes the path away; a conditional one does not. */
    @Test
    void aDenyRemovesThePath() {
        assertEquals(List.of(), found("""
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Action": ["iam:PassRole", "ec2:RunInstances"], "Resource": "*"},
                  {"Effect": "Deny", "Action": "iam:PassRole", "Resource": "*"}]}"""));
        assertEquals(List.of("IAMGATE_PRIVESC_PASS_ROLE_EC2_RUN_INSTANCES at Statement[0].Action[0]"), found("""
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Action": ["iam:PassRole", "ec2:RunInstances"], "Resource": "*"},
                  {"Effect": "Deny", "Action": "iam:PassRole", "Resource": "*",
                   "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "false"}}}]}"""));
    }

    /** Admin wildcards are IAMGATE_ADMIN_WILDCARD's; a specific grant completing a path with them is reported. */
    @Test
    void aPathHeldOnlyThroughAnAdminWildcardIsLeftToTheAdminRule() {
        assertEquals(List.of(), found("""
                {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}}"""));
        List<String> withSpecific = found("""
                {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": ["iam:*", "ec2:RunInstances"], "Resource": "*"}}""");
        assertTrue(
                withSpecific.contains("IAMGATE_PRIVESC_PASS_ROLE_EC2_RUN_INSTANCES at Statement.Action[1]"),
                withSpecific.toString());
        assertTrue(withSpecific.stream().noneMatch(s -> s.startsWith("IAMGATE_PRIVESC_CREATE_ACCESS_KEY")));
    }

    /** A method the Rego table never had (pathfinding.cloud's newer paths), now found per document too. */
    @Test
    void newerCatalogueMethodsAreFoundPerDocument() {
        assertEquals(List.of("IAMGATE_PRIVESC_SSM_SEND_COMMAND at Statement.Action"), found("""
                {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "ssm:SendCommand", "Resource": "*"}}"""));
    }

    /** The grant facts hand the pack only the actions it asks about, not the catalogue's. */
    @Test
    void theGrantFactsListOnlyThePacksActions() {
        JsonNode facts = FACTS.of(RegoUnits.identity("""
                {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": ["ssm:SendCommand", "s3:GetObject"], "Resource": "*"}}"""));
        assertEquals(1, facts.get("grants").size());
        assertEquals(
                "{\"IAMGATE_DATA_EXFILTRATION\":[\"s3:GetObject\"]}",
                facts.get("grants").get(0).get("hits").toString());
    }
}
