package io.iamgate.analyze.local.condition.key;

import static io.iamgate.analyze.local.condition.Policies.allow;
import static io.iamgate.analyze.local.condition.Policies.deny;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class S3PrefixInNegativeContextCheckTest {

    @Test
    void reportsDenyWithPositiveAndAllowWithNegatedOperators() {
        CheckTester.of(new S3PrefixInNegativeContextCheck())
                .policy(deny("'StringLike':{«'s3:prefix'»:'private/*'}"))
                .expectFindings();
        CheckTester.of(new S3PrefixInNegativeContextCheck())
                .policy(allow("'StringNotEquals':{«'s3:prefix'»:'private/'}"))
                .expectFindings();
    }

    @Test
    void acceptsTheRecommendedForms() {
        CheckTester.of(new S3PrefixInNegativeContextCheck())
                .policy(allow("'StringLike':{'s3:prefix':'home/*'}"))
                .expectNoFindings();
        CheckTester.of(new S3PrefixInNegativeContextCheck())
                .policy(deny("'StringNotLike':{'s3:prefix':'home/*'}"))
                .expectNoFindings();
    }
}
