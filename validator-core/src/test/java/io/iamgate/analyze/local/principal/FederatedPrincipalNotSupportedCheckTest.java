package io.iamgate.analyze.local.principal;

import io.iamgate.analyze.local.CheckTester;
import io.iamgate.model.PolicyType;
import org.junit.jupiter.api.Test;

class FederatedPrincipalNotSupportedCheckTest {

    @Test
    void federatedInBucketPolicy() {
        CheckTester.of(new FederatedPrincipalNotSupportedCheck())
                .policyType(PolicyType.RESOURCE_POLICY)
                .resourceType("AWS::S3::Bucket")
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Principal": {
                                "Federated": «"arn:aws:iam::111122223333:saml-provider/P"»
                              },
                              "Action": "s3:GetObject",
                              "Resource": "arn:aws:s3:::b/*"
                            }
                          ]
                        }""")
                .expectFindings();
    }

    @Test
    void federatedInTrustPolicy() {
        CheckTester.of(new FederatedPrincipalNotSupportedCheck())
                .policyType(PolicyType.TRUST_POLICY)
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Principal": {
                                "Federated": "arn:aws:iam::111122223333:saml-provider/P"
                              },
                              "Action": "sts:AssumeRoleWithSAML"
                            }
                          ]
                        }""")
                .expectNoFindings();
    }
}
