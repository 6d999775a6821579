package io.iamgate.analyze.local.statement;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class EmptyArrayActionCheckTest {

    @Test
    void emptyActionArray() {
        CheckTester.of(new EmptyArrayActionCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [{"Effect": "Allow", "Action": «[]», "Resource": "*"}]
                        }""").expectFindings();
    }

    @Test
    void emptyNotActionArray() {
        CheckTester.of(new EmptyArrayActionCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [{"Effect": "Deny", "NotAction": «[]», "Resource": "*"}]
                        }""").expectFindings();
    }

    @Test
    void oneAction() {
        CheckTester.of(new EmptyArrayActionCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {"Effect": "Allow", "Action": ["s3:GetObject"], "Resource": []}
                          ]
                        }""").expectNoFindings();
    }
}
