package io.iamgate.analyze.local.servicekey;

import io.iamgate.analyze.local.CheckTester;
import io.iamgate.model.PolicyType;
import org.junit.jupiter.api.Test;

class ForAllValuesWithSingleValuedKeyCheckTest {

    @Test
    void reportsForAllValuesOnASingleValuedKey() {
        CheckTester.of(new ForAllValuesWithSingleValuedKeyCheck())
                .policy("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":{\"ForAllValues:StringEquals\":{«\"aws:PrincipalOrgID\"»:\"o-abc\",\"aws:TagKeys\":[\"a\"]}}}]}")
                .expectFindings();
    }

    @Test
    void forAnyValueAndMultivaluedPass() {
        CheckTester.of(new ForAllValuesWithSingleValuedKeyCheck())
                .policy("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":{\"ForAnyValue:StringEquals\":{\"aws:PrincipalOrgID\":\"o-abc\"},\"ForAllValues:StringLike\":{\"aws:TagKeys\":\"a*\"}}}]}")
                .expectNoFindings();
    }
}
