package io.iamgate.analyze.local.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.analyze.local.CheckTester;
import io.iamgate.model.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidActionCheckTest {

    @Test
    void reportsAnUnknownActionOfAKnownService() {
        CheckTester.of(new InvalidActionCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": ["s3:GetObject", «"s3:ListBuckets"»],
                              "NotAction": «"connect:BatchCreateNothing*"»,
                              "Resource": "*"
                            }
                          ]
                        }""").expectFindings();
    }

    @Test
    void knownActionsAndMatchingWildcards() {
        CheckTester.of(new InvalidActionCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": ["s3:getobject", "ec2:Describe*", "iam:Get?ole", "*"],
                              "Resource": "*"
                            }
                          ]
                        }""").expectNoFindings();
    }

    @Test
    void unknownServicesAreAnotherCheck() {
        CheckTester.of(new InvalidActionCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": "nosuchservice:GetObject",
                              "Resource": "*"
                            }
                          ]
                        }""").expectNoFindings();
    }

    @Test
    void suggestsTheClosestActionOfTheService() {
        var findings = CheckTester.of(new InvalidActionCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {"Effect": "Allow", "Action": «"s3:GetObjekt"», "Resource": "*"}
                          ]
                        }""").expectFindings();
        assertTrue(
                findings.get(0)
                        .findingDetails()
                        .startsWith("The action s3:GetObjekt does not exist. Did you mean s3:GetObject?"),
                findings.get(0).findingDetails());
    }

    @Test
    void malformedActionsGetAccessAnalyzerCodes() {
        List<Finding> findings =
                CheckTester.of(new InvalidActionCheck()).policy("""
                        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                          "Action": [«"s3"», «"s3:Get:Object"», «""», «"s3::x"», «"s3:"», «":GetObject"»],
                          "Resource": "*"}]}""").expectFindings();
        findings.forEach(f -> assertEquals("INVALID_ACTION", f.issueCode()));
        assertTrue(
                findings.get(2).findingDetails().startsWith("The action \"\" does not exist."),
                findings.get(2).findingDetails());
    }

    @Test
    void validActionIsSilent() {
        CheckTester.of(new InvalidActionCheck()).policy("""
                        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                          "Action": ["s3:GetObject", "s3:Get*", "*:*", "*"], "Resource": "*"}]}""").expectNoFindings();
    }
}
