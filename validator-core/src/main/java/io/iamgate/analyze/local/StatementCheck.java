package io.iamgate.analyze.local;

import io.iamgate.model.Statement;

/** A check that looks at: Each statement object. */
public interface StatementCheck {

    void checkStatement(CheckContext ctx, Statement statement, FindingSink out);
}
