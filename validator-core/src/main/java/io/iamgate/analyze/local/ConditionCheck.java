package io.iamgate.analyze.local;

import io.iamgate.model.ConditionEntry;
import io.iamgate.model.Statement;

/** A check that looks at: Each condition key under an operator, with its values. */
public interface ConditionCheck {

    void checkCondition(CheckContext ctx, Statement statement, ConditionEntry condition, FindingSink out);
}
