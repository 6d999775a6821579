package io.iamgate.analyze.local.trust;

import io.iamgate.analyze.local.CheckTester;
import io.iamgate.model.PolicyType;
import org.junit.jupiter.api.Test;

class RoleTrustPolicySyntaxErrorResourceCheckTest {

    @Test
    void resourceInTrustPolicy() {
        CheckTester.of(new RoleTrustPolicySyntaxErrorResourceCheck())
                .policyType(PolicyType.TRUST_POLICY)
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Principal": {"Service": "ec2.amazonaws.com"},
                              "Action": "sts:AssumeRole",
                              «"Resource"»: "*"
                            }
                          ]
                        }""")
                .expectFindings();
    }

    @Test
    void assumeRolePolicyDocumentResourceTypeIsATrustPolicy() {
        CheckTester.of(new RoleTrustPolicySyntaxErrorResourceCheck())
                .policyType(PolicyType.RESOURCE_POLICY)
                .resourceType("AWS::IAM::AssumeRolePolicyDocument")
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Principal": {"Service": "ec2.amazonaws.com"},
                              "Action": "sts:AssumeRole",
                              «"NotResource"»: "*"
                            }
                          ]
                        }""")
                .expectFindings();
    }

    @Test
    void noResource() {
        CheckTester.of(new RoleTrustPolicySyntaxErrorResourceCheck())
                .policyType(PolicyType.TRUST_POLICY)
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Principal": {"Service": "ec2.amazonaws.com"},
                              "Action": "sts:AssumeRole"
                            }
                          ]
                        }""")
                .expectNoFindings();
    }
}
