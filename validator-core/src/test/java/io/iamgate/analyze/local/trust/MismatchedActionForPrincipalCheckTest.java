package io.iamgate.analyze.local.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.iamgate.analyze.local.CheckTester;
import io.iamgate.model.Finding;
import io.iamgate.model.Location;
import io.iamgate.model.PolicyType;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MismatchedActionForPrincipalCheckTest {

    @Test
    void assumeRoleWithCognito() {
        CheckTester.of(new MismatchedActionForPrincipalCheck())
                .policyType(PolicyType.RESOURCE_POLICY)
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": [«"sts:AssumeRole"», "sts:TagSession"],
                              "Principal": {"Federated": «"cognito-identity.amazonaws.com"»}
                            }
                          ]
                        }""")
                .expectFindings();
    }

    @Test
    void webIdentityWithSamlProvider() {
        CheckTester.of(new MismatchedActionForPrincipalCheck())
                .policyType(PolicyType.TRUST_POLICY)
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": «"sts:AssumeRoleWithWebIdentity"»,
                              "Principal": {
                                "Federated": «"arn:aws:iam::111122223333:saml-provider/P"»
                              }
                            }
                          ]
                        }""")
                .expectFindings();
    }

    @Test
    void matchingActions() {
        CheckTester.of(new MismatchedActionForPrincipalCheck())
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
                              "Action": ["sts:AssumeRoleWithSAML", "sts:TagSession"]
                            },
                            {
                              "Effect": "Allow",
                              "Principal": {"AWS": "arn:aws:iam::111122223333:root"},
                              "Action": "sts:AssumeRole"
                            }
                          ]
                        }""")
                .expectNoFindings();
    }

    /** Access Analyzer's answer for the AWS CLI example (access-analyzer.md §4, worked example A), offsets and order. */
    @Test
    void reproducesTheWorkedExampleActionFirstThenPrincipal() {
        String policy = """
                {
                    "Version": "2012-10-17",
                    "Statement": [
                        {
                            "Sid": "",
                            "Effect": "Allow",
                            "Principal": {
                                "Federated": "cognito-identity.amazonaws.com"
                            },
                            "Action": [
                                "sts:AssumeRole",
                                "sts:TagSession"
                            ],
                            "Condition": {
                                "StringEquals": {
                                    "cognito-identity.amazonaws.com:aud": "us-west-2_EXAMPLE"
                                }
                            }
                        }
                    ]
                }""";
        List<Finding> findings = CheckTester.of(new MismatchedActionForPrincipalCheck())
                .policyType(PolicyType.RESOURCE_POLICY)
                .policy(policy)
                .run();
        assertEquals(1, findings.size());
        List<String> locations = findings.get(0).locations().stream()
                .map(MismatchedActionForPrincipalCheckTest::describe)
                .collect(Collectors.toList());
        assertEquals(
                List.of(
                        "Statement[0].Action[0] 11,16,258-11,32,274",
                        "Statement[0].Principal.Federated 8,29,170-8,61,202"),
                locations);
    }

    private static String describe(Location l) {
        var s = l.span().start();
        var e = l.span().end();
        return l.path() + " " + s.line() + "," + s.column() + "," + s.offset() + "-" + e.line() + "," + e.column() + ","
                + e.offset();
    }
}
