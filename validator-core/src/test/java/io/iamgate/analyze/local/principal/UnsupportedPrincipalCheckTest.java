package io.iamgate.analyze.local.principal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.iamgate.analyze.local.CheckTester;
import io.iamgate.model.PathElement;
import io.iamgate.model.PolicyType;
import org.junit.jupiter.api.Test;

class UnsupportedPrincipalCheckTest {

    @Test
    void principalInIdentityPolicy() {
        CheckTester.of(new UnsupportedPrincipalCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              «"Principal"»: "*",
                              "Action": "s3:GetObject",
                              "Resource": "*"
                            }
                          ]
                        }""").expectFindings();
    }

    @Test
    void notPrincipalInIdentityPolicy() {
        CheckTester.of(new UnsupportedPrincipalCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Deny",
                              «"NotPrincipal"»: {"AWS": "arn:aws:iam::111122223333:root"},
                              "Action": "s3:GetObject",
                              "Resource": "*"
                            }
                          ]
                        }""").expectFindings();
    }

    @Test
    void principalInResourcePolicy() {
        CheckTester.of(new UnsupportedPrincipalCheck())
                .policyType(PolicyType.RESOURCE_POLICY)
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Principal": "*",
                              "Action": "s3:GetObject",
                              "Resource": "arn:aws:s3:::b/*"
                            }
                          ]
                        }""")
                .expectNoFindings();
    }

    @Test
    void pointsAtTheElementNameAsAKey() {
        var findings =
                CheckTester.of(new UnsupportedPrincipalCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": {
                            "Effect": "Allow",
                            «"Principal"»: "*",
                            "Action": "s3:GetObject",
                            "Resource": "*"
                          }
                        }""").expectFindings();
        assertEquals("Statement.<key:Principal>", findings.get(0).primaryPath().toString());
        assertEquals(
                PathElement.key("Principal"),
                findings.get(0).primaryPath().elements().get(1));
    }
}
