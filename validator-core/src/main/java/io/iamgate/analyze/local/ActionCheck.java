package io.iamgate.analyze.local;

import io.iamgate.model.ElementEntry;
import io.iamgate.model.Statement;

/** A check that looks at: Each string entry of Action or NotAction. */
public interface ActionCheck {

    void checkAction(CheckContext ctx, Statement statement, ElementEntry action, FindingSink out);
}
