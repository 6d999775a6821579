package io.iamgate.analyze.local.statement;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class EmptyArrayResourceCheckTest {

    @Test
    void emptyResourceArray() {
        CheckTester.of(new EmptyArrayResourceCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {"Effect": "Allow", "Action": "s3:GetObject", "Resource": «[]»}
                          ]
                        }""").expectFindings();
    }

    @Test
    void emptyString() {
        CheckTester.of(new EmptyArrayResourceCheck()).policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [{"Effect": "Allow", "Action": [], "Resource": ""}]
                        }""").expectNoFindings();
    }
}
