package io.iamgate.analyze.local.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.iamgate.analyze.local.CheckTester;
import io.iamgate.model.PathElement;
import org.junit.jupiter.api.Test;

class InvalidPolicyElementCheckTest {

    @Test
    void pointsAtTheMisspeltKeyItself() {
        var findings =
                CheckTester.of(new InvalidPolicyElementCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {"Effect": "Allow", "Action": "s3:GetObject", «"Resources"»: "*"}
                          ]
                        }""").expectFindings();
        assertEquals(
                PathElement.key("Resources"),
                findings.get(0).primaryPath().elements().get(2));
    }

    @Test
    void acceptsEveryDocumentedElement() {
        CheckTester.of(new InvalidPolicyElementCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Id": "x",
                          "Statement": [
                            {
                              "Sid": "A",
                              "Effect": "Allow",
                              "NotPrincipal": {"AWS": "arn:aws:iam::111122223333:root"},
                              "NotAction": "s3:*",
                              "NotResource": "*",
                              "Condition": {}
                            }
                          ]
                        }""").expectNoFindings();
    }
}
