package io.iamgate.analyze.local.action;

import io.iamgate.analyze.local.CheckTester;
import io.iamgate.model.PolicyType;
import org.junit.jupiter.api.Test;

class RcpSyntaxErrorActionCheckTest {

    @Test
    void reportsServicesRcpsDoNotCover() {
        CheckTester.of(new RcpSyntaxErrorActionCheck())
                .policyType(PolicyType.RESOURCE_CONTROL_POLICY)
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Deny",
                              "Principal": "*",
                              "Action": [«"ec2:*"», "s3:GetObject"],
                              "Resource": "*"
                            }
                          ]
                        }""")
                .expectFindings();
    }

    @Test
    void rcpServicesAndStarPass() {
        CheckTester.of(new RcpSyntaxErrorActionCheck())
                .policyType(PolicyType.RESOURCE_CONTROL_POLICY)
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Deny",
                              "Principal": "*",
                              "Action": ["*", "s3:*", "kms:Decrypt", "sts:AssumeRole"],
                              "Resource": "*"
                            }
                          ]
                        }""")
                .expectNoFindings();
    }

    @Test
    void otherPolicyTypesAreNotJudged() {
        CheckTester.of(new RcpSyntaxErrorActionCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [{"Effect": "Allow", "Action": "ec2:*", "Resource": "*"}]
                        }""").expectNoFindings();
    }
}
