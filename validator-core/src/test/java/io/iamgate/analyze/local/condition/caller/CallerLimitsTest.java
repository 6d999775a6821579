package io.iamgate.analyze.local.condition.caller;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.iamgate.analyze.local.CheckTester;
import io.iamgate.analyze.local.custom.NoPublicAccessCheck;
import io.iamgate.analyze.local.principal.RestrictAccessToServicePrincipalCheck;
import io.iamgate.model.PolicyType;
import org.junit.jupiter.api.Test;

/**
 * Conditions judged by what they admit: a bucket policy that lets {@code "*"} in is public unless a condition
 * really limits the caller. Each attack (a condition that names an identity key but admits everyone) sits
 * beside its safe twin (the same key with a value that does limit).
 */
class CallerLimitsTest {

    @Test
    void wholeInternetInTwoHalvesIsNotALimit() {
        assertPublic("""
                {"IpAddress": {"aws:SourceIp": ["0.0.0.0/1", "128.0.0.0/1"]}}""");
        assertPublic("""
                {"IpAddress": {"aws:SourceIp": ["::/1", "8000::/1"]}}""");
        // Overlapping, out of order, with host bits: still every IPv4 address.
        assertPublic("""
                {"IpAddress": {"aws:SourceIp": ["192.0.0.0/2", "0.0.0.0/2", "64.1.2.3/2", "128.0.0.0/2", "10.0.0.0/8"]}}""");
        assertPublic("""
                {"IpAddress": {"aws:SourceIp": "0.0.0.0/0"}}""");
    }

    @Test
    void aRealSlash16RangeLimits() {
        assertLimited("""
                {"IpAddress": {"aws:SourceIp": "203.0.0.0/16"}}""");
        // Three quarters of the internet is a (poor) limit, and so is all of IPv4 but one address.
        assertLimited("""
                {"IpAddress": {"aws:SourceIp": ["0.0.0.0/1", "128.0.0.0/2", "192.0.0.0/3"]}}""");
        assertLimited("""
                {"IpAddress": {"aws:SourceIp": ["0.0.0.0/1", "128.0.0.0/2", "192.0.0.0/3", "224.0.0.0/4",
                  "240.0.0.0/5", "248.0.0.0/6", "252.0.0.0/7", "254.0.0.0/8", "255.0.0.0/9", "255.128.0.0/10",
                  "255.192.0.0/11", "255.224.0.0/12", "255.240.0.0/13", "255.248.0.0/14", "255.252.0.0/15",
                  "255.254.0.0/16", "255.255.0.0/17", "255.255.128.0/18", "255.255.192.0/19", "255.255.224.0/20",
                  "255.255.240.0/21", "255.255.248.0/22", "255.255.252.0/23", "255.255.254.0/24",
                  "255.255.255.0/25", "255.255.255.128/26", "255.255.255.192/27", "255.255.255.224/28",
                  "255.255.255.240/29", "255.255.255.248/30", "255.255.255.252/31", "255.255.255.254/32"]}}""");
    }

    @Test
    void invalidCidrIsNotALimit() {
        assertPublic("""
                {"IpAddress": {"aws:SourceIp": "0.0.0.0/00"}}""");
        assertPublic("""
                {"IpAddress": {"aws:SourceIp": ["203.0.113.0/24", "not-an-address"]}}""");
    }

    @Test
    void notIpAddressIsNotALimit() {
        assertPublic("""
                {"NotIpAddress": {"aws:SourceIp": "203.0.113.0/24"}}""");
    }

    @Test
    void wildcardOrgIdIsNotALimit() {
        assertPublic("""
                {"StringLike": {"aws:PrincipalOrgID": "o-*"}}""");
        assertPublic("""
                {"StringLike": {"aws:PrincipalOrgID": "o?*"}}""");
        assertPublic("""
                {"ForAnyValue:StringLike": {"aws:PrincipalOrgPaths": "o-*"}}""");
    }

    @Test
    void aRealOrgIdLimits() {
        assertLimited("""
                {"StringEquals": {"aws:PrincipalOrgID": "o-abc123"}}""");
        assertLimited("""
                {"StringLike": {"aws:PrincipalOrgPaths": "o-abc123def4/r-ab12/ou-ab12-11111111/*"}}""");
        // Under StringEquals "o-*" is a literal: it admits no one, so it is no public grant either.
        assertLimited("""
                {"StringEquals": {"aws:PrincipalOrgID": "o-*"}}""");
    }

    @Test
    void wildcardPrincipalArnIsNotALimit() {
        assertPublic("""
                {"ArnLike": {"aws:PrincipalArn": "arn:aws:iam::*:*"}}""");
        assertPublic("""
                {"StringLike": {"aws:PrincipalArn": "arn:*"}}""");
        assertPublic("""
                {"ArnEquals": {"aws:SourceArn": "arn:aws:sns:*:*:*"}}""");
    }

    @Test
    void aPrincipalArnInOneAccountLimits() {
        assertLimited("""
                {"ArnLike": {"aws:PrincipalArn": "arn:aws:iam::111122223333:*"}}""");
        assertLimited("""
                {"ArnLike": {"aws:SourceArn": "arn:aws:s3:::my-bucket"}}""");
    }

    @Test
    void wildcardAccountVpcAndEndpointAreNotALimit() {
        assertPublic("""
                {"StringLike": {"aws:PrincipalAccount": "*"}}""");
        assertPublic("""
                {"StringLike": {"aws:SourceAccount": "????????????"}}""");
        assertPublic("""
                {"StringLike": {"aws:SourceVpc": "vpc-*"}}""");
        assertPublic("""
                {"StringLike": {"aws:SourceVpce": "vpce-*"}}""");
        assertPublic("""
                {"StringLike": {"aws:SourceOrgID": "o-*"}}""");
    }

    @Test
    void aRealAccountVpcAndEndpointLimit() {
        assertLimited("""
                {"StringEquals": {"aws:PrincipalAccount": "111122223333"}}""");
        assertLimited("""
                {"StringLike": {"aws:SourceAccount": "1111222233??"}}""");
        assertLimited("""
                {"StringEquals": {"aws:SourceVpc": "vpc-1a2b3c4d"}}""");
        assertLimited("""
                {"StringEquals": {"aws:SourceVpce": "vpce-1a2b3c4d"}}""");
    }

    @Test
    void aVariableTheCallerSuppliesIsNotALimit() {
        assertPublic("""
                {"StringEquals": {"aws:PrincipalAccount": "${aws:PrincipalAccount}"}}""");
        assertPublic("""
                {"ArnLike": {"aws:PrincipalArn": "arn:aws:iam::${aws:PrincipalAccount}:*"}}""");
    }

    @Test
    void aVariableTheResourceOwnerFixesLimits() {
        assertLimited("""
                {"StringEquals": {"aws:PrincipalOrgID": "${aws:ResourceOrgID}"}}""");
    }

    @Test
    void ifExistsForAllValuesAndNegatedOperatorsAreNotALimit() {
        assertPublic("""
                {"StringEqualsIfExists": {"aws:PrincipalOrgID": "o-abc123"}}""");
        assertPublic("""
                {"ForAllValues:StringEquals": {"aws:PrincipalOrgID": "o-abc123"}}""");
        assertPublic("""
                {"StringNotEquals": {"aws:PrincipalOrgID": "o-abc123"}}""");
    }

    @Test
    void aUserNameAnyAccountCanCreateIsNotALimit() {
        assertPublic("""
                {"StringEquals": {"aws:username": "bob"}}""");
    }

    @Test
    void oneLimitingKeyAmongOthersLimits() {
        assertLimited("""
                {"StringLike": {"aws:PrincipalOrgID": "o-*"}, "IpAddress": {"aws:SourceIp": "203.0.113.0/24"}}""");
    }

    @Test
    void aServicePrincipalScopedByAWildcardSourceArnIsNotScoped() {
        CheckTester.of(new RestrictAccessToServicePrincipalCheck())
                .policyType(PolicyType.RESOURCE_POLICY)
                .policy("""
                        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                          "Principal": {"Service": «"sns.amazonaws.com"»}, "Action": "sqs:SendMessage",
                          "Resource": "arn:aws:sqs:us-east-1:111122223333:q",
                          "Condition": {"ArnLike": {"aws:SourceArn": "arn:aws:sns:*:*:*"}}}]}""")
                .expectFindings();
        CheckTester.of(new RestrictAccessToServicePrincipalCheck())
                .policyType(PolicyType.RESOURCE_POLICY)
                .policy("""
                        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                          "Principal": {"Service": "sns.amazonaws.com"}, "Action": "sqs:SendMessage",
                          "Resource": "arn:aws:sqs:us-east-1:111122223333:q",
                          "Condition": {"ArnLike": {"aws:SourceArn": "arn:aws:sns:us-east-1:111122223333:topic"}}}]}""")
                .expectNoFindings();
    }

    private static void assertPublic(String condition) {
        assertEquals(1, publicFindings(condition), "expected public (no limit): " + condition);
    }

    private static void assertLimited(String condition) {
        assertEquals(0, publicFindings(condition), "expected a limit: " + condition);
    }

    private static int publicFindings(String condition) {
        return CheckTester.of(new NoPublicAccessCheck())
                .policyType(PolicyType.RESOURCE_POLICY)
                .resourceType("AWS::S3::Bucket")
                .policy("""
                        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*",
                          "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*", "Condition": %s}]}""".formatted(condition))
                .run()
                .size();
    }
}
