package io.iamgate.analyze.local.trust;

import io.iamgate.analyze.local.CheckTester;
import io.iamgate.model.PolicyType;
import org.junit.jupiter.api.Test;

class MissingActionForRolesAnywhereTrustPolicyCheckTest {

    @Test
    void onlyAssumeRole() {
        CheckTester.of(new MissingActionForRolesAnywhereTrustPolicyCheck())
                .policyType(PolicyType.TRUST_POLICY)
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Principal": {"Service": "rolesanywhere.amazonaws.com"},
                              "Action": «"sts:AssumeRole"»
                            }
                          ]
                        }""")
                .expectFindings();
    }

    @Test
    void allThree() {
        CheckTester.of(new MissingActionForRolesAnywhereTrustPolicyCheck())
                .policyType(PolicyType.TRUST_POLICY)
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Principal": {"Service": "rolesanywhere.amazonaws.com"},
                              "Action": [
                                "sts:AssumeRole",
                                "sts:SetSourceIdentity",
                                "sts:TagSession"
                              ]
                            }
                          ]
                        }""")
                .expectNoFindings();
    }

    @Test
    void otherService() {
        CheckTester.of(new MissingActionForRolesAnywhereTrustPolicyCheck())
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
