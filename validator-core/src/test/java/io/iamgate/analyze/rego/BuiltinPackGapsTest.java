package io.iamgate.analyze.rego;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.analyze.local.LocalAnalyzer;
import io.iamgate.analyze.local.LocalChecks;
import io.iamgate.model.Finding;
import io.iamgate.model.PolicyType;
import io.iamgate.model.PolicyUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The gaps of issue #20, each with its safe near miss, through the real pipeline: the document, its facts from
 * PackFacts, and the built-in pack in wasm.
 */
class BuiltinPackGapsTest {

    private static final BuiltinRegoAnalyzer PACK = BuiltinRules.start(1).analyzer();

    private static Set<String> codes(String policy) throws Exception {
        return PACK.analyze(RegoUnits.identity(policy)).stream()
                .map(Finding::issueCode)
                .collect(Collectors.toSet());
    }

    // --- a wildcard ARN of one service covers nothing of another -------------------------------------------

    @Test
    void aLogsWildcardBesideBucketArnsDoesNotOpenEveryObject() throws Exception {
        assertEquals(Set.of(), codes("""
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                  "Action": ["s3:GetObject", "logs:PutLogEvents"],
                  "Resource": ["arn:aws:logs:*:*:*", "arn:aws:s3:::reports/*"]}]}"""));
    }

    @Test
    void anS3WildcardBesideItDoes() throws Exception {
        assertEquals(Set.of("IAMGATE_DATA_EXFILTRATION"), codes("""
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                  "Action": ["s3:GetObject", "logs:PutLogEvents"],
                  "Resource": ["arn:aws:logs:*:*:*", "arn:aws:s3:::*"]}]}"""));
    }

    @Test
    void everyActionOnAnS3WildcardIsNotAdministrator() throws Exception {
        Set<String> codes = codes("""
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "arn:aws:s3:::*"}]}""");
        assertFalse(codes.contains("IAMGATE_ADMIN_WILDCARD"), codes.toString());
        assertTrue(codes.contains("IAMGATE_DATA_EXFILTRATION"), codes.toString());
        assertTrue(codes.contains("IAMGATE_RESOURCE_EXPOSURE"), codes.toString());
    }

    // --- an ARN that covers every resource of a type ------------------------------------------------------------

    @Test
    void passRoleOnEveryRoleOfEveryAccountIsPassRoleOnAll() throws Exception {
        assertEquals(Set.of("IAMGATE_PRIVESC_PASS_ROLE_EC2_RUN_INSTANCES"), codes("""
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Action": "ec2:RunInstances", "Resource": "*"},
                  {"Effect": "Allow", "Action": "iam:PassRole", "Resource": "arn:aws:iam::*:role/*"}]}"""));
    }

    @Test
    void passRoleOnTheAppsRolesIsNot() throws Exception {
        assertEquals(Set.of(), codes("""
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Action": "ec2:RunInstances", "Resource": "*"},
                  {"Effect": "Allow", "Action": "iam:PassRole", "Resource": "arn:aws:iam::*:role/app-*"}]}"""));
    }

    @Test
    void everyObjectOfEveryBucketIsAllObjects() throws Exception {
        assertEquals(Set.of("IAMGATE_DATA_EXFILTRATION"), codes("""
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::*/*"}]}"""));
        assertEquals(Set.of(), codes("""
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::app-*/*"}]}"""));
    }

    // --- conditions that do not limit an escalation --------------------------------------------------------------

    @Test
    void regionAndMfaConditionsDoNotStopAnEscalation() throws Exception {
        assertEquals(Set.of("IAMGATE_PRIVESC_CREATE_ACCESS_KEY", "IAMGATE_CREDENTIALS_EXPOSURE"), codes("""
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:CreateAccessKey", "Resource": "*",
                  "Condition": {"StringEquals": {"aws:RequestedRegion": "eu-west-1"},
                                "Bool": {"aws:MultiFactorAuthPresent": "true"}}}]}"""));
    }

    @Test
    void aPrincipalTagConditionDoes() throws Exception {
        assertEquals(Set.of(), codes("""
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:CreateAccessKey", "Resource": "*",
                  "Condition": {"StringEquals": {"aws:PrincipalTag/team": "platform"}}}]}"""));
    }

    @Test
    void passedToServiceNamingThePathsOwnServiceDoesNotStopIt() throws Exception {
        assertEquals(Set.of("IAMGATE_PRIVESC_PASS_ROLE_LAMBDA_INVOKE"), codes("""
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Action": ["lambda:CreateFunction", "lambda:InvokeFunction"], "Resource": "*"},
                  {"Effect": "Allow", "Action": "iam:PassRole", "Resource": "*",
                   "Condition": {"StringEquals": {"iam:PassedToService": "lambda.amazonaws.com"}}}]}"""));
    }

    @Test
    void passedToServiceNamingAnotherServiceDoes() throws Exception {
        assertEquals(Set.of(), codes("""
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Action": ["lambda:CreateFunction", "lambda:InvokeFunction"], "Resource": "*"},
                  {"Effect": "Allow", "Action": "iam:PassRole", "Resource": "*",
                   "Condition": {"StringEquals": {"iam:PassedToService": "ec2.amazonaws.com"}}}]}"""));
    }

    @Test
    void passedToServiceBindsPassRoleOnlyNotTheOtherActionsOfItsStatement() throws Exception {
        // For lambda:CreateFunction the key is absent, so the StringEquals fails: the statement grants only PassRole.
        assertEquals(Set.of(), codes("""
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Action": ["iam:PassRole", "lambda:CreateFunction", "lambda:InvokeFunction"],
                   "Resource": "*", "Condition": {"StringEquals": {"iam:PassedToService": "lambda.amazonaws.com"}}}]}"""));
    }

    // --- Deny with NotResource ------------------------------------------------------------------------------------

    @Test
    void aDenyOfEverythingButOneBucketLeavesNoReadOfEveryObject() throws Exception {
        assertEquals(Set.of(), codes("""
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"},
                  {"Effect": "Deny", "Action": "s3:*", "NotResource": ["arn:aws:s3:::reports", "arn:aws:s3:::reports/*"]}]}"""));
    }

    @Test
    void aDenyOfOneBucketLeavesEveryOtherObjectReadable() throws Exception {
        assertEquals(Set.of("IAMGATE_DATA_EXFILTRATION"), codes("""
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"},
                  {"Effect": "Deny", "Action": "s3:*", "Resource": ["arn:aws:s3:::secrets", "arn:aws:s3:::secrets/*"]}]}"""));
    }

    @Test
    void aConditionalDenyTakesNothingAway() throws Exception {
        assertEquals(Set.of("IAMGATE_PRIVESC_UPDATE_LAMBDA_CODE"), codes("""
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Action": "lambda:UpdateFunctionCode", "Resource": "*"},
                  {"Effect": "Deny", "Action": "lambda:UpdateFunctionCode", "Resource": "*",
                   "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "false"}}}]}"""));
    }

    // --- one problem, one finding -------------------------------------------------------------------------------

    @Test
    void aServicePrincipalWithoutSourceIsOneFinding() throws Exception {
        PolicyUnit unit = RegoUnits.unit("topic.json", "", PolicyType.RESOURCE_POLICY, "AWS::SNS::Topic", """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                  "Principal": {"Service": "s3.amazonaws.com"},
                  "Action": "sns:Publish", "Resource": "arn:aws:sns:eu-west-1:111122223333:uploads"}]}""");
        List<Finding> all = new ArrayList<>(new LocalAnalyzer(LocalChecks.all()).analyze(unit));
        all.addAll(PACK.analyze(unit));
        List<String> onThePrincipal = all.stream()
                .filter(f -> f.locations().get(0).path().toString().contains("Principal"))
                .map(Finding::issueCode)
                .toList();
        assertEquals(List.of("RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL"), onThePrincipal);
    }
}
