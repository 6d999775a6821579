package io.iamgate.analyze.local.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class EmptySidValueCheckTest {

    @Test
    void emptySid() {
        CheckTester.of(new EmptySidValueCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Sid": «""»,
                              "Effect": "Allow",
                              "Action": "s3:GetObject",
                              "Resource": "*"
                            }
                          ]
                        }""").expectFindings();
    }

    @Test
    void namedSid() {
        CheckTester.of(new EmptySidValueCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Sid": " ",
                              "Effect": "Allow",
                              "Action": "s3:GetObject",
                              "Resource": "*"
                            }
                          ]
                        }""").expectNoFindings();
    }

    /** Access Analyzer's answer for the AWS CLI example (access-analyzer.md §4, worked example A). */
    @Test
    void reproducesTheWorkedExample() {
        var findings = CheckTester.of(new EmptySidValueCheck())
                .policy(
                        "{\n    \"Version\": \"2012-10-17\",\n    \"Statement\": [\n        {\n            \"Sid\": «\"\"»,\n"
                                + "            \"Effect\": \"Allow\"\n        }\n    ]\n}")
                .expectFindings();
        var span = findings.get(0).locations().get(0).span();
        assertEquals(
                "Statement[0].Sid 5,19,79",
                findings.get(0).primaryPath() + " " + span.start().line() + ","
                        + span.start().column() + "," + span.start().offset());
    }
}
