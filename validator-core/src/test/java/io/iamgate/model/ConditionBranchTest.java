package io.iamgate.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConditionBranchTest {

    @Test
    void anOriginWrittenForABranchReadsBackAsThatBranch() {
        String origin = ConditionBranch.origin("Resources.P.Properties.PolicyDocument", "IsDev, IsProd", false);

        assertEquals("Resources.P.Properties.PolicyDocument [if IsDev, IsProd = false]", origin);
        assertEquals(
                Optional.of(new ConditionBranch("Resources.P.Properties.PolicyDocument", false)),
                ConditionBranch.of(origin));
    }

    @Test
    void anOriginThatNamesNoBranchHasNone() {
        assertEquals(Optional.empty(), ConditionBranch.of("Resources.P.Properties.PolicyDocument"));
        assertEquals(Optional.empty(), ConditionBranch.of("aws_iam_policy.p[\"[if a = false]\"]"));
    }
}
