package io.iamgate.analyze.rego;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iamgate.model.ElementPath;
import io.iamgate.model.PolicyType;
import io.iamgate.reference.IamReference;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What PackFacts hands the pack for one policy: per grant entry, the asked actions (in the pack's spelling) it grants
 * everywhere.
 */
class PackFactsTest {

    private static final PackFacts FACTS = new PackFacts(
            IamReference.bundled(),
            List.of(
                    "X iam:PassRole",
                    "X ec2:RunInstances",
                    "X s3:GetObject",
                    "X kms:Decrypt",
                    "X iam:CreateAccessKey"));

    private static ObjectNode facts(String policy) {
        return FACTS.of(RegoUnits.identity(policy));
    }

    /** "path -> granted actions" per grant entry, e.g. "Statement[0].Action[1] -> [s3:GetObject]". */
    private static List<String> grants(String policy) {
        List<String> out = new ArrayList<>();
        for (JsonNode g : facts(policy).get("grants")) {
            List<String> names = new ArrayList<>();
            g.get("hits").get("X").forEach(n -> names.add(n.asText()));
            out.add(RegoUnits.pathText(g.get("path")) + " -> " + names);
        }
        return out;
    }

    @Test
    void eachEntryNamesTheAskedActionsItGrantsOnEveryResource() {
        assertEquals(
                List.of("Statement[0].Action[0] -> [s3:GetObject]", "Statement[0].Action[1] -> [kms:Decrypt]"),
                grants("""
                        {"Version": "2012-10-17", "Statement": [
                          {"Effect": "Allow", "Action": ["s3:Get*", "kms:*", "logs:PutLogEvents"], "Resource": "*"}]}"""));
    }

    @Test
    void coverageIsJudgedPerAction() {
        assertEquals(List.of("Statement.Action[1] -> [iam:PassRole]"), grants("""
                {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": ["s3:GetObject", "iam:PassRole"],
                  "Resource": ["arn:aws:s3:::reports/*", "arn:aws:iam::*:role/*"]}}"""));
    }

    @Test
    void passedToServiceTakesTheOtherActionsAway() {
        assertEquals(List.of("Statement.Action[0] -> [iam:PassRole]"), grants("""
                {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": ["iam:PassRole", "ec2:RunInstances"],
                  "Resource": "*", "Condition": {"StringEquals": {"iam:PassedToService": "EC2.amazonaws.com"}}}}"""));
    }

    @Test
    void aNotActionElementIsOneEntry() {
        assertEquals(List.of("Statement.NotAction -> [ec2:RunInstances, s3:GetObject, kms:Decrypt]"), grants("""
                {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "NotAction": "iam:*", "Resource": "*"}}"""));
    }

    @Test
    void anUnconditionalDenyTakesAnActionAwayAndAConditionalOneDoesNot() {
        assertEquals(List.of("Statement[1].Action -> [iam:PassRole]"), grants("""
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Action": "iam:*Key", "Resource": "*"},
                  {"Effect": "Allow", "Action": "iam:PassRole", "Resource": "*"},
                  {"Effect": "Deny", "Action": "iam:CreateAccessKey", "Resource": "*"},
                  {"Effect": "Deny", "Action": "iam:PassRole", "Resource": "*",
                   "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "false"}}}]}"""));
    }

    @Test
    void administratorEntriesAreMarkedWhereTheStatementCoversAllOfIam() {
        ObjectNode admin = facts("""
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["iam:*", "s3:*"], "Resource": "*"}]}""");
        assertEquals(1, admin.get("admin").size());
        assertEquals("iam:*", admin.get("admin").get(0).get("value").asText());
        // The administrator entry is IAMGATE_ADMIN_WILDCARD's alone: the grant facts list only the other one.
        assertEquals(1, admin.get("grants").size());
        assertEquals(
                PackFacts.path(ElementPath.ROOT
                        .value("Statement")
                        .index(0)
                        .value("Action")
                        .index(1)),
                admin.get("grants").get(0).get("path"));
        ObjectNode ownUser = facts("""
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:*",
                  "Resource": "arn:aws:iam::111122223333:user/${aws:username}"}]}""");
        assertEquals(0, ownUser.get("admin").size());
    }

    @Test
    void aScopedPolicyHasNoFactsAndNeedNotBeEvaluated() {
        assertTrue(PackFacts.isEmpty(facts("""
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Action": ["s3:GetObject", "s3:ListBucket"], "Resource": ["arn:aws:s3:::b", "arn:aws:s3:::b/*"]}]}""")));
    }

    @Test
    void negatedStatementsAreListedForEveryPolicyType() {
        ObjectNode facts = FACTS.of(RegoUnits.unit("q.json", "", PolicyType.RESOURCE_POLICY, "AWS::SQS::Queue", """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"},
                  "NotAction": "sqs:DeleteQueue", "Resource": "*"}]}"""));
        assertEquals(1, facts.get("statements").size());
        assertTrue(facts.get("statements").get(0).get("notAction").asBoolean());
        assertEquals(0, facts.get("grants").size(), "a resource policy's grants are not the identity rules' business");
    }
}
