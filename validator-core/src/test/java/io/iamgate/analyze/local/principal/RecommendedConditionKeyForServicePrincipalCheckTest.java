package io.iamgate.analyze.local.principal;

import io.iamgate.analyze.local.CheckTester;
import io.iamgate.model.PolicyType;
import org.junit.jupiter.api.Test;

class RecommendedConditionKeyForServicePrincipalCheckTest {

    @Test
    void refererScopesAServicePrincipal() {
        CheckTester.of(new RecommendedConditionKeyForServicePrincipalCheck())
                .policyType(PolicyType.RESOURCE_POLICY)
                .resourceType("AWS::S3::Bucket")
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Principal": {"Service": "cloudfront.amazonaws.com"},
                              "Action": "s3:GetObject",
                              "Resource": "arn:aws:s3:::b/*",
                              "Condition": {
                                "StringLike": {«"aws:Referer"»: "https://example.com/*"}
                              }
                            }
                          ]
                        }""")
                .expectFindings();
    }

    @Test
    void sourceArnPresent() {
        CheckTester.of(new RecommendedConditionKeyForServicePrincipalCheck())
                .policyType(PolicyType.RESOURCE_POLICY)
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Principal": {"Service": "cloudfront.amazonaws.com"},
                              "Action": "s3:GetObject",
                              "Resource": "arn:aws:s3:::b/*",
                              "Condition": {
                                "StringLike": {"aws:Referer": "https://example.com/*"},
                                "ArnLike": {
                                  "AWS:SourceArn": "arn:aws:cloudfront::111122223333:distribution/*"
                                }
                              }
                            }
                          ]
                        }""")
                .expectNoFindings();
    }
}
