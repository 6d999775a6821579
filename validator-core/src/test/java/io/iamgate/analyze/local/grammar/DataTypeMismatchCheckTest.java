package io.iamgate.analyze.local.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class DataTypeMismatchCheckTest {

    @Test
    void reportsANumericEffectAndAnObjectActionOnTheirValues() {
        var findings = CheckTester.of(new DataTypeMismatchCheck()).policy("""
                        {
                            "Version": "2012-10-17",
                            "Statement": [
                                {"Effect": «1», "Action": «{"s3": "GetObject"}», "Resource": "*"}
                            ]
                        }
                        """).expectFindings();
        assertEquals(
                "The text does not match the expected JSON data type string: found number.",
                findings.get(0).findingDetails());
    }

    @Test
    void reportsAStatementThatIsAString() {
        CheckTester.of(new DataTypeMismatchCheck()).policy("""
                        {
                            "Version": "2012-10-17",
                            "Statement": «"Allow s3:GetObject"»
                        }
                        """).expectFindings();
    }

    @Test
    void reportsAnArrayInsideAConditionValueList() {
        CheckTester.of(new DataTypeMismatchCheck()).policy("""
                        {
                            "Version": "2012-10-17",
                            "Statement": [{
                                "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*",
                                "Condition": {"StringEquals": {"aws:PrincipalTag/team": ["a", «["b"]»]}}
                            }]
                        }
                        """).expectFindings();
    }

    @Test
    void numbersAndBooleansAreValidConditionValues() {
        // Condition values are the one place IAM takes numbers and booleans beside strings.
        CheckTester.of(new DataTypeMismatchCheck()).policy("""
                        {
                            "Version": "2012-10-17",
                            "Statement": {
                                "Effect": "Allow",
                                "Action": ["s3:GetObject", "s3:PutObject"],
                                "Resource": "*",
                                "Principal": {"AWS": ["arn:aws:iam::111122223333:root"]},
                                "Condition": {
                                    "Bool": {"aws:SecureTransport": true},
                                    "NumericLessThan": {"s3:max-keys": [10, "20"]}
                                }
                            }
                        }
                        """).expectNoFindings();
    }
}
