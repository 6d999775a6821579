package io.iamgate.analyze.local;

import io.iamgate.model.Statement;

/** A check that looks at: Each operator of a Condition element. */
public interface ConditionBlockCheck {

    void checkConditionBlock(CheckContext ctx, Statement statement, Statement.ConditionBlock block, FindingSink out);
}
